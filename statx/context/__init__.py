"""Attach-context stage: qualifier, direction, year and subject of every claim."""
from __future__ import annotations

from typing import Sequence

from ..text import timex
from ..lang import Lexicon
from ..numbers.scan import Match
from ..text.segment import Layout
from .direction import directions
from .pairs import Pairs
from .qualifier import qualifiers
from .subject import subjects
from .year import REPORTING_REACH, years


def attach(text: str, layout: Layout, matches: Sequence[Match], lex: Lexicon) -> None:
    """Fill qualifier, direction, year, since and subject of ``matches`` (in text order)."""
    q, d = qualifiers(lex), directions(lex)
    for m in matches:
        d.attach(text, m)
        q.attach(text, m)
    pairs = Pairs(text, matches, lex)
    pairs.share_directions()
    times = timex.time_finder(lex).index(text, layout.doc_date, _time_spans(layout, matches))
    pairs.one_time(lambda figures: years(lex).attach(text, layout, figures, times))
    subjects(lex).attach(text, layout, matches, times)
    pairs.share_subjects()
    pairs.share_out()


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
