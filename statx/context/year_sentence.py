"""The year a figure's own sentence gives: the nearest strong time in it ("in 2012 ..., a year earlier": a time
relative to the one named before it), else a present-tense marker in the figure's clause."""
from __future__ import annotations

import bisect
import dataclasses
import itertools

import regex

from ..lang import GAP, Lexicon
from ..text import timex
from .figure import Figure
from .owner import breaks, distance
from .timeline import strong_time


class SentencePatterns:
    """The words of one language that move a relative time back a year (a period before a year's first one), and that make
    a present-tense verb restate the clause before it."""

    def __init__(self, lex: Lexicon):
        self.previous = frozenset(" ".join(w.lower().split()) for w in lex.words("time", "previous_periods"))
        self.restating = lex.compile(rf",{GAP}*(?:{lex.pattern('time', 'restating_before')}){GAP}+\Z", regex.IGNORECASE)   # ", что составляет"
        self.first_before = lex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{lex.pattern('time', 'first_periods')}){GAP}*\Z", regex.IGNORECASE)


def _first_period(p: SentencePatterns, text: str, r: timex.TimeRef, anchor: timex.TimeRef) -> int:
    """1 when ``r`` is the quarter or month before (``previous_periods``) a year's first one, named right before the year of
    ``anchor`` ("the first quarter of 2024 ..., compared to 3.0 per cent in the previous quarter"), else 0."""
    year_at = anchor.end - 4 if text[anchor.end - 4:anchor.end].isdigit() else anchor.start   # ("January 2024": in the time)
    return int(" ".join(text[r.start:r.end].lower().split()) in p.previous
               and p.first_before.search(text, max(0, year_at - 30), year_at) is not None)


def sentence_year(p: SentencePatterns, text: str, m: Figure, refs: list[timex.TimeRef], paragraph: list[timex.TimeRef],
                  start: int, earlier: list[timex.TimeRef] = ()) -> tuple[bool, int | None]:
    """(found, year) from the time expressions of the figure's sentence (which starts at ``start``):
    the nearest strong one, else a present-tense marker in the figure's own clause ("the current
    growth rate is ..."). A relative time in an undated document is found but has no year. A time relative to the
    one named before ("in the same period") with none before it in its ``paragraph`` leans on the ``earlier`` one's."""
    refs = [t for t in (_the_year(r, paragraph, start) for r in refs) if t is not None]
    strong = [r for r in refs if strong_time(r)]
    if strong:
        # the nearest in the figure's own clause, else the nearest in the sentence; a full date after the figure comes
        # last ("составил 13,3% 20.02.2026, Sputnik": a dateline glued to a headline that names its period before)
        nearest = min(strong, key=lambda r: (breaks(text, r, m), r.kind == timex.DATE and r.start > m.start, distance(r, m), r.start > m.start))
        if nearest.kind == timex.CONTEXT:   # the year named right after it ("the same period in 2023"), else the one before
            anchor = timex.period_of(text, nearest, refs) or next((r for r in itertools.chain(reversed(paragraph), reversed(earlier))
                                                                   if r.end <= nearest.start
                                                                   and r.kind in (timex.YEAR, timex.RELATIVE, timex.MONTH, timex.DATE)), None)
            if anchor is not None and anchor.year is not None:
                back = _first_period(p, text, nearest, anchor)   # "in the first quarter of 2024 ..., in the previous quarter"
                return True, anchor.year + nearest.offset - back  # "in 2012 ..., a year earlier"
        return True, nearest.year
    for r in refs:
        if r.kind == timex.PRESENT and r.year is not None and not breaks(text, r, m) and not p.restating.search(text, max(0, r.start - 12), r.start):
            return True, r.year   # (in an undated text, "составляет" says nothing: the text around it does; nor ", что составляет")
    return False, None


def _the_year(r: timex.TimeRef, paragraph: list[timex.TimeRef], start: int) -> timex.TimeRef | None:
    """"Since the start of the year" is the year its sentence (from ``start``) named before it ("in
    December 2021 ..., since the start of the year"), else the document's; in an undated document
    with no year named before it, it says nothing (the text around it does). Other refs as they are."""
    if r.kind != timex.THE_YEAR:
        return r
    k = bisect.bisect_left(paragraph, r.start, key=lambda n: n.start)
    before = (paragraph[i] for i in range(k - 1, -1, -1))   # nearest first, back to the sentence's start
    named = next((n for n in itertools.takewhile(lambda n: n.start >= start, before) if n.end <= r.start
                  and n.year is not None and n.kind in (timex.YEAR, timex.MONTH, timex.DATE)), None)
    if named is not None:
        return dataclasses.replace(r, kind=timex.YEAR, year=named.year)
    return r if r.year is not None else None
