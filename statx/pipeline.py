"""The pipeline: read -> segment -> match -> parse -> resolve -> attach context -> claims."""
from __future__ import annotations

import datetime as dt
import functools
import os
import traceback
from typing import Callable, Iterable, Iterator

from . import context, lang as lexicon, parallel
from .numbers import units
from .claim import Claim, claim_id, document_key
from .numbers.scan import Match, matcher
from .numbers.parse import tidy
from .io.read import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, Document, ReadError, iter_paths, path_list, read_document
from .numbers.not_claims import resolver
from .text.segment import Layout


def extract_text(text: str, doc: str = "-", doc_date: dt.date | str | None = None, lang: str = "auto") -> list[Claim]:
    """The claims of one text. ``doc_date`` overrides the date found in the text; ``lang`` is
    "en", "ru" or "auto" (detected from the text)."""
    if isinstance(doc_date, str):
        doc_date = dt.date.fromisoformat(doc_date)
    lex = lexicon.load(lexicon.detect(text) if lang == "auto" else lang)
    layout = Layout(text, lex)
    if doc_date is not None:
        layout.doc_date = doc_date
    found = list(resolver(lex).claims(text, matcher(lex).find(text)))
    context.attach(text, layout, found, lex)
    key = document_key(text)
    sentences: dict[tuple[int, int], str] = {}
    return [_claim(text, doc, layout, m, key, lex, sentences) for m in found]


def extract_document(document: Document, doc_date: dt.date | str | None = None, lang: str = "auto") -> list[Claim]:
    return extract_text(document.text, document.name, doc_date, lang)


def extract_paths(
    paths: Iterable[str | os.PathLike],
    *,
    globs: Iterable[str] = DEFAULT_GLOBS,
    doc_date: dt.date | str | None = None,
    lang: str = "auto",
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[ReadError], None] | None = None,
    jobs: int = 1,
    on_document: Callable[[str], None] | None = None,
) -> Iterator[Claim]:
    """Claims of every document under ``paths`` (a list of files, folders and ``-`` for stdin, as
    str or pathlib.Path), document by document. A path that cannot be read goes to ``on_error``
    as a ReadError (raised when it is None). ``jobs`` processes read and extract the documents;
    claims and errors still come in the order of the documents. ``on_document(path)`` is called
    as each document is done with. Raises TypeError at once for one bare path (not in a list)."""
    if isinstance(doc_date, str):
        doc_date = dt.date.fromisoformat(doc_date)
    work = functools.partial(_extract_item, doc_date=doc_date, lang=lang, encoding=encoding, max_bytes=max_bytes)
    items = (_item(path, encoding, max_bytes) for path in iter_paths(path_list(paths), globs))
    return _claims(work, items, jobs, on_error, on_document)


def _claims(work: Callable, items: Iterable, jobs: int, on_error: Callable[[ReadError], None] | None,
            on_document: Callable[[str], None] | None) -> Iterator[Claim]:
    """The claims of each item's (path, claims or reason), in order; reasons go to ``on_error``."""
    for path, result in parallel.imap(work, items, jobs):
        if isinstance(result, str):
            err = ReadError(path, result)
            if on_error is None:
                raise err
            on_error(err)
        else:
            yield from result
        if on_document is not None:
            on_document(path)


def _item(path: str | ReadError, encoding: str | None, max_bytes: int) -> str | Document | tuple[str, str]:
    """What a worker is given for one path: the path to read; stdin, read here (workers have
    none); or (path, reason) for a path that cannot be read."""
    if isinstance(path, ReadError):
        return path.path, path.reason
    if path != "-":
        return path
    try:
        return read_document(path, encoding, max_bytes)
    except ReadError as err:
        return err.path, err.reason


def _extract_item(item: str | Document | tuple[str, str], doc_date: dt.date | None, lang: str,
                  encoding: str | None, max_bytes: int) -> tuple[str, list[Claim] | str]:
    """(path, claims) for one document, or (path, reason) when it cannot be read. Plain values,
    so that they pass between processes."""
    if isinstance(item, tuple):
        return item
    if isinstance(item, str):
        try:
            item = read_document(item, encoding, max_bytes)
        except ReadError as err:
            return err.path, err.reason
    try:
        return item.name, extract_document(item, doc_date, lang)
    except Exception as exc:  # a bug met in one document must not cost the other documents' rows
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return item.name, f"internal error: {type(exc).__name__} at {os.path.basename(where.filename)}:{where.lineno} (please report it)"


MAX_SENTENCE = 2000  # a longer "sentence" (text with no full stops) is cut to the part around the claim


def _sentence_text(text: str, start: int, end: int, around: tuple[int, int] | None = None) -> str:
    """The sentence with its white space folded; a very long one cut to MAX_SENTENCE characters."""
    if end - start > MAX_SENTENCE and around is not None:
        middle = (around[0] + around[1]) // 2
        start, end = max(start, middle - MAX_SENTENCE // 2), min(end, middle + MAX_SENTENCE // 2)
        return "… " + " ".join(text[start:end].split()) + " …"
    return " ".join(text[start:end].split())


def _claim(text: str, doc: str, layout: Layout, m: Match, key: bytes, lex: lexicon.Lexicon,
           sentences: dict[tuple[int, int], str]) -> Claim:
    value, value_to, unit = m.value * m.sign, m.value_to, m.unit
    if unit.startswith("phys:"):
        name, power = lex.table("units", "forms").get(unit[5:]) or lex.table("units", "weights")[unit[5:]]
        value, unit_to = units.normalise(value, name, power)
        if value_to is not None:
            value_to, _ = units.normalise(value_to, name, power)
        unit = unit_to
    span = layout.sentence_at(m.num_start)
    if span not in sentences:
        sentences[span] = _sentence_text(text, *span)
    return Claim(
        id=claim_id(key, doc, m.start, m.end),
        doc=doc,
        doc_date=layout.doc_date,
        speaker=layout.speaker_at(m.start),
        start=m.start,
        end=m.end,
        mention=text[m.start:m.end],
        value=tidy(value),
        value_to=tidy(value_to) if value_to is not None else None,
        unit=unit,
        qualifier=m.qualifier,
        direction=m.direction,
        year=m.year,
        since=m.since,
        subject=m.subject,
        sentence=_sentence_text(text, *span, (m.start, m.end)) if span[1] - span[0] > MAX_SENTENCE else sentences[span],
    )
