"""What statx is measured against on the same bytes: a bare regex scan (the floor any scan pays),
quantulum3 and Microsoft Recognizers-Text (installed by `pip install -e '.[bench]'`; skipped when
missing). Each returns a dict of figures, or None."""
from __future__ import annotations

import re
import time
import warnings
from pathlib import Path

from corpora import MB


def statx_in_process(texts: list[str]) -> dict:
    """statx.extract_text over ``texts``, in this process, after one call has built the patterns."""
    from statx import extract_text

    extract_text(texts[0])
    size = sum(len(t.encode()) for t in texts)
    start, cpu = time.perf_counter(), time.process_time()
    claims = sum(len(extract_text(t)) for t in texts)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"mb": size / MB, "docs": len(texts), "claims": claims, "seconds": seconds, "cpu_s": cpu,
            "mb_s": size / MB / seconds, "docs_s": len(texts) / seconds, "claims_per_mb": claims / (size / MB)}


def regex_scan(paths: list[Path]) -> dict:
    """A compiled digits regex over the same files, one by one (reading excluded)."""
    pattern = re.compile(r"\d+")
    size = hits = seconds = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        size += len(text.encode())
        start = time.perf_counter()
        hits += sum(1 for _ in pattern.finditer(text))
        seconds += time.perf_counter() - start
    return {"mb": size / MB, "hits": hits, "seconds": seconds, "mb_s": size / MB / seconds}


def _timed(parse, texts: list[str]) -> dict:
    size = sum(len(t.encode()) for t in texts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        found = sum(parse(t) for t in texts)
        seconds = time.perf_counter() - start
    return {"mb": size / MB, "docs": len(texts), "found": found, "seconds": seconds, "mb_s": size / MB / seconds}


def quantulum(texts: list[str]) -> dict | None:
    """quantulum3's parser (quantities with units) on the same documents."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
            parser.parse("2.5 tons")
    except ImportError:
        return None
    return _timed(lambda t: len(parser.parse(t)), texts)


def recognizers(texts: list[str]) -> dict | None:
    """Recognizers-Text's English number, percentage, currency and dimension models (statx's
    kinds of figure), each built once and run over every document."""
    try:
        from recognizers_number import NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture
    except ImportError:
        return None
    numbers, units = NumberRecognizer(Culture.English), NumberWithUnitRecognizer(Culture.English)
    models = [numbers.get_number_model(), numbers.get_percentage_model(),
              units.get_currency_model(), units.get_dimension_model()]
    for model in models:
        model.parse("2.5 tons, 5% and $3 million")
    return _timed(lambda t: sum(len(m.parse(t)) for m in models), texts)
