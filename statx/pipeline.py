"""The pipeline: read -> text (layout, date, time expressions) -> numbers (scan, what is not a
claim) -> context (qualifier, direction, year, subject) -> claims."""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import os
import traceback
from typing import Callable, Iterable, Iterator, Mapping, NamedTuple, Sequence

from . import context, lang as lexicon, parallel
from .claim import Claim, claim_id, document_key
from .context.table import measure_list_row
from .io import sources
from .io.corpus import Columns
from .io.dates import Dates
from .io.read import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, Document, ReadError, path_list
from .io.sources import Item, Reading
from .lang.cache import compiled, save_compiled
from .numbers import units
from .numbers.mention import Mention, UnitKind
from .numbers.durations import duration_patterns, earlier_level, implied_years, measured_duration
from .numbers.furniture import label_digits, labelled_elsewhere
from .numbers.not_claims import not_claim_patterns, why_not
from .numbers.parse import tidy
from .numbers.patterns import number_patterns
from .numbers.scan import scan
from .text.dateline import name_year
from .text.language import language_runs
from .text.prefilter import Utf8
from .text.segment import Layout, Lines
from .text.timex import time_finder
from .text.view import DocumentView


class TooManyClaims(ValueError):
    """A document holds more numbers that may be claims than the limit (``max_claims``) allows."""

    def __init__(self, limit: int):
        super().__init__(f"more than {limit} numbers that may be claims (--max-claims)")
        self.limit = limit


class Dropped(NamedTuple):
    """A number that is not a claim, and the name of the rule that says so."""

    start: int
    end: int
    text: str
    rule: str


def extract_text(text: str, doc: str = "-", doc_date: dt.date | str | None = None, lang: str = "auto",
                 turns: Iterable[tuple[int, str]] | None = None, max_claims: int | None = None) -> list[Claim]:
    """The claims of one text. ``doc_date`` overrides the date found in the text; ``lang`` is
    "en", "ru" or "auto" (detected from the text); ``turns`` are (offset, speaker) pairs that
    open speaker turns the text does not mark itself (a subtitle's voice tags). Raises
    TooManyClaims when the text holds more than ``max_claims`` numbers that may be claims."""
    return [claim for claim, _ in read_text(text, doc, doc_date, lang, turns, max_claims)[0]]


def read_text(text: str, doc: str = "-", doc_date: dt.date | str | None = None, lang: str = "auto",
              turns: Iterable[tuple[int, str]] | None = None,
              max_claims: int | None = None) -> tuple[list[tuple[Claim, tuple[str, ...]]], list[Dropped]]:
    """The claims of one text, each with the rules that decided its direction, year and subject,
    and the numbers that are not claims, each with the rule that says why; ``turns`` and
    ``max_claims`` as in ``extract_text``. With ``lang`` "auto", each sentence is read in its own language."""
    if isinstance(doc_date, str):
        doc_date = dt.date.fromisoformat(doc_date)
    runs = language_runs(text) if lang == "auto" else [(0, len(text), lang)]
    codes = sorted({code for _, _, code in runs}, key=lambda c: -sum(e - s for s, e, code in runs if code == c))
    if len(codes) == 1:
        return _read(text, doc, doc_date, codes[0], turns, max_claims=max_claims)
    # a text of two languages: each language's runs are read as a text of their own, the rest blanked
    # out (same length and line breaks, so offsets hold), with the document's own date and speakers
    layout = Layout(text, lexicon.load(codes[0]), doc_date)
    given = [(pos, name) for pos, name in layout.turns if name] + list(turns or ())
    claims, dropped = [], []
    for code in codes:
        found, skipped = _read(_blanked(text, [(s, e) for s, e, c in runs if c == code]), doc, layout.doc_date, code,
                               given, key=document_key(text), max_claims=max_claims)
        claims += found
        dropped += skipped
    claims.sort(key=lambda found: found[0].start)
    dropped.sort(key=lambda d: d.start)
    return claims, dropped


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with everything outside ``spans`` turned into spaces, line breaks kept."""
    pieces, last = [], 0
    for start, end in spans:
        pieces.append(_BLANK.sub(" ", text[last:start]))
        pieces.append(text[start:end])
        last = end
    pieces.append(_BLANK.sub(" ", text[last:]))
    return "".join(pieces)


_BLANK = compiled(r"[^\r\n]")


def _read(text: str, doc: str, doc_date: dt.date | None, code: str, turns: Iterable[tuple[int, str]] | None,
          key: bytes | None = None, max_claims: int | None = None) -> tuple[list[tuple[Claim, tuple[str, ...]]], list[Dropped]]:
    """``read_text`` of a text in one language; ``key`` is the document's, when the text is a part of it;
    ``max_claims`` counts the numbers of this language."""
    lex = lexicon.load(code)
    original = text
    layout = Layout(original, lex, doc_date)
    if turns:
        layout.add_turns(turns, lex)
    text = layout.text   # line breaks inside paragraphs read as spaces; the same offsets
    low = text.lower()
    mentions, dropped = [], []
    nc = not_claim_patterns(lex)
    original_lines = Lines(original)
    lowered = Utf8(low) if len(low) == len(text) else None   # the bytes the fast scans read (text/prefilter.py)
    labels = set()   # the digits of the labels' numbers ("No. 12314"): the same digits elsewhere name the same thing
    numbered = set()   # where the numbers of phones and addresses start: no years ("1800 737 732")
    measures: dict[int, str | None] = {}   # the lists of names and counts read so far, and the measure each one's title names
    for m in scan(number_patterns(lex), text, low, lowered=lowered, doc_date=layout.doc_date, original=original):
        if mentions and mentions[-1].unit.kind is UnitKind.DURATION and m.start < mentions[-1].end:
            continue   # "2 hours and 54 minutes": a part of the measured duration before it
        why = why_not(nc, text, m, original, original_lines)
        if why == "in_name" and measure_list_row(original, original_lines, lex, m, measures) is not None:
            why = None   # "Population Estimates by Community" over "Aklavik 667": a list of a measure's counts, no names
        measured = measured_duration(duration_patterns(lex), text, m) if why == "duration_or_ordinal" else None
        if measured is not None and mentions:   # "from 72.3 to 76 years": the earlier level in the same unit
            mentions[-1] = earlier_level(duration_patterns(lex), text, mentions[-1], measured) or mentions[-1]
        if why is None or measured is not None:
            # "life expectancy of 72.8 years": a duration that is what is measured; "life expectancy ... from 79.9 to 81"
            mentions.append(measured or why is None and implied_years(duration_patterns(lex), text, m) or m)
        else:
            dropped.append(Dropped(m.start, m.end, original[m.start:m.end], why))
            if why == "designator":
                labels.add(label_digits(text, m))
            elif why == "address_or_phone":
                numbered.add(m.num_start)
    labels.discard(None)
    if labels:
        names, kept = frozenset(labels), []
        for m in mentions:
            if labelled_elsewhere(text, m, names):
                dropped.append(Dropped(m.start, m.end, original[m.start:m.end], "labelled_elsewhere"))
            else:
                kept.append(m)
        mentions = kept
    if max_claims is not None and len(mentions) > max_claims:
        raise TooManyClaims(max_claims)
    not_years = frozenset(m.num_start for m in mentions) | numbered
    times = time_finder(lex).index(text, layout.doc_date, _time_spans(layout, mentions), low, lowered, not_years)
    view = DocumentView(text, low, lex, layout, times, original, lowered, name_year(doc))
    contexts = context.read(view, mentions)
    key = key or document_key(original)
    sentences: dict[tuple[int, int], str] = {}
    claims = []
    for m, c in zip(mentions, contexts):
        if c.drop:
            dropped.append(Dropped(m.start, m.end, original[m.start:m.end], c.drop))
        else:
            claims.append((_claim(original, doc, layout, m, c, key, lex, sentences), c.why))
    dropped.sort(key=lambda d: d.start)
    lex.patterns.save()  # once patterns were compiled: the next process loads them (statx/lang/cache.py)
    save_compiled()
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


def extract_document(document: Document, doc_date: dt.date | str | None = None, lang: str = "auto",
                     max_claims: int | None = None) -> list[Claim]:
    """The claims of a document; ``doc_date`` wins over the date its source gives; ``max_claims``
    as in ``extract_text``."""
    return extract_text(document.text, document.name, doc_date or document.date, lang, turns=document.turns,
                        max_claims=max_claims)


def extract_paths(
    paths: Iterable[str | os.PathLike],
    *,
    globs: Iterable[str] = DEFAULT_GLOBS,
    doc_date: dt.date | str | None = None,
    dates: Dates | Mapping[str, dt.date | None] | None = None,
    lang: str = "auto",
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str = "auto",
    columns: Columns | None = None,
    on_error: Callable[[ReadError], None] | None = None,
    jobs: int = 1,
    on_document: Callable[[str], None] | None = None,
    max_claims: int | None = None,
) -> Iterator[Claim]:
    """Claims of every document under ``paths`` (a list of files, folders and ``-`` for stdin, as
    str or pathlib.Path), document by document: texts, web pages, subtitles, and the rows of corpus files (``columns`` says which
    of their columns to read; ``input_format`` may say what every file is). A document's date is
    ``doc_date``, else the one ``dates`` gives its name (a path, file name or corpus id), else
    the one its source gives (a date column, a page's metadata), else the one in its text.
    A path or row that cannot be read goes to ``on_error`` (raised when it is None). ``jobs``
    processes read and extract the documents; claims and errors still come in the order of the
    documents. ``on_document(path)`` is called as each document is done with (a corpus row's
    path is its file's). A document with more than ``max_claims`` numbers that may be claims is
    skipped, as one that cannot be read. Raises TypeError at once for one bare path (not in a list)."""
    claims = _extract(path_list(paths), globs=globs, doc_date=doc_date, dates=dates, lang=lang, encoding=encoding,
                      max_bytes=max_bytes, input_format=input_format, columns=columns,
                      on_error=on_error, jobs=jobs, on_document=on_document, max_claims=max_claims)
    return (claim for claim, _ in claims)


def extract_rows(paths: Iterable[str], **options) -> Iterator[dict]:
    """``extract_paths`` with each claim as a row: a dict of the spec's columns, then the
    columns ``options["columns"].keep`` names (a corpus file's columns, ``cue_start`` for
    subtitles), None where a document has no such column."""
    for claim, extra in _extract(path_list(paths), **options):
        row = claim.as_dict()
        if extra:
            row.update(extra)
        yield row


def _extract(paths: Iterable[str], *, globs: Iterable[str] = DEFAULT_GLOBS, doc_date=None, dates=None,
             lang: str = "auto", encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
             input_format: str = "auto", columns: Columns | None = None,
             on_error: Callable[[ReadError], None] | None = None, jobs: int = 1,
             on_document: Callable[[str], None] | None = None,
             max_claims: int | None = None) -> Iterator[tuple[Claim, dict | None]]:
    if isinstance(doc_date, str):
        doc_date = dt.date.fromisoformat(doc_date)
    reading = Reading(input_format, encoding, max_bytes, columns or Columns())
    work = functools.partial(_extract_item, lang=lang, reading=reading, max_claims=max_claims)
    units = sources.items(paths, globs, reading, doc_date, dates)
    for source, name, result, extras in parallel.imap(work, units, jobs):
        if isinstance(result, str):
            err = ReadError(source, result if name == source else f"{name}: {result}")
            if on_error is None:
                raise err
            on_error(err)
        else:
            yield from zip(result, extras or itertools.repeat(None))
        if on_document is not None:
            on_document(source)


class Explained(NamedTuple):
    """One document's claims, each with the rules that decided it, the numbers that are not
    claims, and the extra columns of each claim (as ``extract_rows`` gives them)."""

    doc: str
    claims: list[tuple[Claim, tuple[str, ...]]]
    dropped: list[Dropped]
    extra: list[dict] | None = None


def explain_paths(
    paths: Iterable[str],
    *,
    globs: Iterable[str] = DEFAULT_GLOBS,
    doc_date: dt.date | str | None = None,
    dates: Dates | Mapping[str, dt.date | None] | None = None,
    lang: str = "auto",
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str = "auto",
    columns: Columns | None = None,
    on_error: Callable[[ReadError], None] | None = None,
    max_claims: int | None = None,
) -> Iterator[Explained]:
    """As ``extract_paths`` in one process, with why: for every document, its claims and the rules
    that decided them, and the numbers it holds that are not claims."""
    if isinstance(doc_date, str):
        doc_date = dt.date.fromisoformat(doc_date)
    reading = Reading(input_format, encoding, max_bytes, columns or Columns())
    for item in sources.items(path_list(paths), globs, reading, doc_date, dates):
        try:
            if item.problem is not None:
                raise ReadError(item.source, item.problem)
            document = item.document or sources.load(item.source, reading)
            claims, dropped = read_text(document.text, document.name, item.date or document.date, lang, document.turns,
                                        max_claims)
        except TooManyClaims as err:
            err = ReadError(item.source if item.document is None else document.name, str(err))
            if on_error is None:
                raise err from None
            on_error(err)
            continue
        except ReadError as err:
            if on_error is None:
                raise
            on_error(err)
            continue
        yield Explained(document.name, claims, dropped, _extra(document, [c for c, _ in claims], reading.columns.keep))


def _extract_item(item: Item, lang: str, reading: Reading,
                  max_claims: int | None = None) -> tuple[str, str, list[Claim] | str, list | None]:
    """(source, name, claims, extra columns of each claim) for one unit of work, or (source,
    name, reason, None) when it cannot be read. Plain values, so that they pass between processes."""
    if item.problem is not None:
        return item.source, item.source, item.problem, None
    name = item.source if item.document is None else item.document.name
    try:
        document = item.document or sources.load(item.source, reading)
        claims = extract_document(document, item.date, lang, max_claims)
    except ReadError as err:
        return item.source, err.path, err.reason, None
    except TooManyClaims as err:
        return item.source, name, str(err), None
    except Exception as exc:  # a bug met in one document must not cost the other documents' rows
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return item.source, name, f"internal error: {type(exc).__name__} at {os.path.basename(where.filename)}:{where.lineno} (please report it)", None
    return item.source, document.name, claims, _extra(document, claims, reading.columns.keep)


def _extra(document: Document, claims: list[Claim], keep: tuple[str, ...]) -> list[dict] | None:
    """The kept columns of each claim: the document's own, and its subtitle cue's start time."""
    if not keep or not claims:
        return None
    given = dict(document.extra)
    common = {k: given.get(k) for k in keep}
    if "cue_start" not in keep or not document.cues:
        return [common] * len(claims)
    starts = [pos for pos, _ in document.cues]
    return [{**common, "cue_start": document.cues[max(0, bisect.bisect_right(starts, c.start) - 1)][1]}
            for c in claims]


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
    given = c.unit or m.unit   # the unit the context gave a bare number, else its own
    value, value_to, unit = m.value * m.sign * c.sign * c.scale, m.value_to and m.value_to * c.scale, given.code
    if given.kind is UnitKind.PHYSICAL:
        name, power = lex.table("units", "forms").get(unit) or lex.table("units", "weights")[unit]
        value, unit = units.normalise(value, name, power)
        if value_to is not None:
            value_to, _ = units.normalise(value_to, name, power)
    span = layout.sentence_at(m.num_start)
    if span not in sentences:
        sentences[span] = _sentence_text(text, *span)
    return Claim(
        id=claim_id(key, doc, c.start, c.end),
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
