"""Attach-context stage: qualifier, direction, year and subject of every claim."""
from __future__ import annotations

import functools
from typing import Sequence

import regex

from .. import timex
from ..lexicon import Lexicon
from ..match import GAP, Match
from ..segment import Layout
from .direction import directions
from .qualifier import qualifiers
from .subject import subjects
from .year import REPORTING_REACH, years


def attach(text: str, layout: Layout, matches: Sequence[Match], lex: Lexicon) -> None:
    """Fill qualifier, direction, year, since and subject of ``matches`` (in text order)."""
    q, d = qualifiers(lex), directions(lex)
    for m in matches:
        d.attach(text, m)
        q.attach(text, m)
    pairs = _coordinated(text, matches, lex)
    for a, b in pairs:
        a.direction = a.direction or b.direction
    times = timex.time_finder(lex).index(text, layout.doc_date, _time_spans(layout, matches))
    years(lex).attach(text, layout, matches, times)
    subjects(lex).attach(text, layout, matches, times)
    for a, b in pairs:
        if b.subject and (not a.subject or b.subject in text[b.end:b.end + 200].lower()):
            a.subject = b.subject  # the noun after the second figure is what both count
    for a, b in zip(matches, matches[1:]):
        if a.unit == b.unit and _RESTATED.fullmatch(text, a.end, b.start) and text.startswith(")", b.end):
            b.direction, b.subject = b.direction or a.direction, a.subject  # "went up by a fifth (19%)"


_RESTATED = regex.compile(r"[ \t\u00a0]*\(")  # a figure in brackets right after another restates it


def _coordinated(text: str, matches: Sequence[Match], lex: Lexicon) -> list[tuple[Match, Match]]:
    """Figures of one unit joined by "and"/"or" alone, the second of which may carry what both
    share: "1 percent and 1.7 percent increases in investment"."""
    joiners = _joiners(lex)
    return [(a, b) for a, b in zip(matches, matches[1:])
            if a.unit == b.unit and not a.level and joiners.fullmatch(text, a.end, b.start)]


@functools.lru_cache(maxsize=None)
def _joiners(lex: Lexicon) -> regex.Pattern:
    return regex.compile(rf"{GAP}*,?{GAP}+(?:{lex.pattern('words', 'coordinators')}){GAP}+", regex.IGNORECASE)


def _time_spans(layout: Layout, matches: Sequence[Match]) -> list[tuple[int, int]]:
    """Where time expressions matter: the paragraphs with claims and the ones before them, and the
    head of the document, where it says what period it reviews."""
    indexes = set()
    for m in matches:
        i = layout.paragraph_index(m.num_start)
        indexes.update((i - 1, i) if i else (i,))
    head_end = min(len(layout.text), REPORTING_REACH)
    spans = [(0, head_end)]
    for i in sorted(indexes):
        start, end = layout.paragraphs[i]
        start = max(start, spans[-1][1])
        if end > start:
            spans.append((start, end))
    return spans
