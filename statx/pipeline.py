"""The pipeline: read -> text (layout, date, time expressions) -> numbers (scan, what is not a
claim) -> context (qualifier, direction, year, subject) -> claims."""
from __future__ import annotations

import datetime as dt
import functools
import os
import traceback
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

from . import context, lang as lexicon, parallel
from .claim import Claim, claim_id, document_key
from .io.read import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, Document, ReadError, iter_paths, read_document
from .numbers import units
from .numbers.mention import Mention, UnitKind
from .numbers.not_claims import not_claim_patterns, why_not
from .numbers.parse import tidy
from .numbers.patterns import number_patterns
from .numbers.scan import scan
from .text.segment import Layout
from .text.timex import time_finder
from .text.view import DocumentView


class Dropped(NamedTuple):
    """A number that is not a claim, and the name of the rule that says so."""

    start: int
    end: int
    text: str
    rule: str


def extract_text(text: str, doc: str = "-", doc_date: dt.date | str | None = None, lang: str = "auto",
                 turns: Iterable[tuple[int, str]] | None = None) -> list[Claim]:
    """The claims of one text. ``doc_date`` overrides the date found in the text; ``lang`` is
    "en", "ru" or "auto" (detected from the text); ``turns`` are (offset, speaker) pairs that
    open speaker turns the text does not mark itself (a subtitle's voice tags)."""
    return [claim for claim, _ in read_text(text, doc, doc_date, lang, turns)[0]]


def read_text(text: str, doc: str = "-", doc_date: dt.date | str | None = None, lang: str = "auto",
              turns: Iterable[tuple[int, str]] | None = None) -> tuple[list[tuple[Claim, tuple[str, ...]]], list[Dropped]]:
    """The claims of one text, each with the rules that decided its direction, year and subject,
    and the numbers that are not claims, each with the rule that says why; ``turns`` as in
    ``extract_text``."""
    if isinstance(doc_date, str):
        doc_date = dt.date.fromisoformat(doc_date)
    lex = lexicon.load(lexicon.detect(text) if lang == "auto" else lang)
    low = text.lower()
    layout = Layout(text, lex, doc_date)
    if turns:
        layout.add_turns(turns, lex)
    mentions, dropped = [], []
    nc = not_claim_patterns(lex)
    for m in scan(number_patterns(lex), text, low):
        why = why_not(nc, text, m)
        if why is None:
            mentions.append(m)
        else:
            dropped.append(Dropped(m.start, m.end, text[m.start:m.end], why))
    times = time_finder(lex).index(text, layout.doc_date, _time_spans(layout, mentions), low)
    view = DocumentView(text, low, lex, layout, times)
    contexts = context.read(view, mentions)
    key = document_key(text)
    sentences: dict[tuple[int, int], str] = {}
    claims = []
    for m, c in zip(mentions, contexts):
        if c.evidence is None:
            dropped.append(Dropped(m.start, m.end, text[m.start:m.end], "no_evidence"))
        else:
            claims.append((_claim(text, doc, layout, m, c, key, lex, sentences), c.why))
    dropped.sort(key=lambda d: d.start)
    return claims, dropped


def _time_spans(layout: Layout, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Where time expressions matter: the paragraphs with claims and the ones before them, and the
    head of the document, where it says what period it reviews."""
    indexes = set()
    for m in mentions:
        i = layout.paragraph_index(m.num_start)
        indexes.update((i - 1, i) if i else (i,))
    head_end = min(len(layout.text), context.REPORTING_REACH)
    spans = [(0, head_end)]
    for i in sorted(indexes):
        start, end = layout.paragraphs[i]
        start = max(start, spans[-1][1])
        if end > start:
            spans.append((start, end))
    return spans


def extract_document(document: Document, doc_date: dt.date | str | None = None, lang: str = "auto") -> list[Claim]:
    return extract_text(document.text, document.name, doc_date, lang)


def extract_paths(
    paths: Iterable[str],
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
    """Claims of every document under ``paths`` (files, folders, ``-`` for stdin), document by
    document. A path that cannot be read goes to ``on_error`` (raised when it is None).
    ``jobs`` processes read and extract the documents; claims and errors still come in the order
    of the documents. ``on_document(path)`` is called as each document is done with."""
    if isinstance(doc_date, str):
        doc_date = dt.date.fromisoformat(doc_date)
    work = functools.partial(_extract_item, doc_date=doc_date, lang=lang, encoding=encoding, max_bytes=max_bytes)
    items = (_item(path, encoding, max_bytes) for path in iter_paths(paths, globs))
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


class Explained(NamedTuple):
    """One document's claims, each with the rules that decided it, and the numbers that are not claims."""

    doc: str
    claims: list[tuple[Claim, tuple[str, ...]]]
    dropped: list[Dropped]


def explain_paths(
    paths: Iterable[str],
    *,
    globs: Iterable[str] = DEFAULT_GLOBS,
    doc_date: dt.date | str | None = None,
    lang: str = "auto",
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[ReadError], None] | None = None,
) -> Iterator[Explained]:
    """As ``extract_paths`` in one process, with why: for every document, its claims and the rules
    that decided them, and the numbers it holds that are not claims."""
    for path in iter_paths(paths, globs):
        try:
            if isinstance(path, ReadError):
                raise path
            document = read_document(path, encoding, max_bytes)
        except ReadError as err:
            if on_error is None:
                raise
            on_error(err)
            continue
        yield Explained(document.name, *read_text(document.text, document.name, doc_date, lang))


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


def _claim(text: str, doc: str, layout: Layout, m: Mention, c: context.Context, key: bytes, lex: lexicon.Lexicon,
           sentences: dict[tuple[int, int], str]) -> Claim:
    value, value_to, unit = m.value * m.sign, m.value_to, m.unit.code
    if m.unit.kind is UnitKind.PHYSICAL:
        name, power = lex.table("units", "forms").get(unit) or lex.table("units", "weights")[unit]
        value, unit = units.normalise(value, name, power)
        if value_to is not None:
            value_to, _ = units.normalise(value_to, name, power)
    span = layout.sentence_at(m.num_start)
    if span not in sentences:
        sentences[span] = _sentence_text(text, *span)
    return Claim(
        id=claim_id(key, c.start, c.end),
        doc=doc,
        doc_date=layout.doc_date,
        speaker=layout.speaker_at(c.start),
        start=c.start,
        end=c.end,
        mention=text[c.start:c.end],
        value=tidy(value),
        value_to=tidy(value_to) if value_to is not None else None,
        unit=unit,
        qualifier=c.qualifier.value,
        direction=c.direction.value if c.direction else None,
        year=c.year,
        since=c.since,
        subject=c.subject,
        sentence=_sentence_text(text, *span, (c.start, c.end)) if span[1] - span[0] > MAX_SENTENCE else sentences[span],
    )
