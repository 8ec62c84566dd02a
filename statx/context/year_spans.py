"""The years of a change that its sentence gives as a span of two times: "between the first quarter of this year and
the fourth quarter of last year, the rate decreased" before it, or the years of the pair after it ("decreased almost
twice (14.3 thousand in 2014 vs. 7.5 thousand in 2018)")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..numbers.mention import Form
from ..text import timex
from .figure import Figure

if TYPE_CHECKING:
    from .year import YearPatterns


def pair_span(text: str, m: Figure, refs: list[timex.TimeRef]) -> tuple[int, int] | None:
    """(year, since) of a change whose sentence gives only the years of the pair after it: "decreased
    almost twice (14.3 thousand in 2014 vs. 7.5 thousand in 2018)" is 2018 since 2014; not when the
    first year is the figure's own ("increases of 14.9 per cent seen in 2007 and 19.0 per cent in 2008")."""
    if not (m.direction or m.form is Form.MULTIPLIER):
        return None
    strong = [r for r in refs if r.kind in timex.STRONG]
    years = sorted({r.year for r in strong if r.kind == timex.YEAR and r.year is not None})
    if len(years) >= 2 and all(r.start >= m.end and r.kind == timex.YEAR for r in strong) \
            and _digit(text, m.end, min(r.start for r in strong)):
        return years[-1], years[0]
    return None


def compared_span(p: YearPatterns, text: str, m: Figure, refs: list[timex.TimeRef]) -> tuple[int, int] | None:
    """(year, since) of a change after two times its sentence compares ("between the first quarter of this year and
    the fourth quarter of last year, the rate for men decreased by 1.5 points"): the later, since the earlier. Not
    the span of a figure before it, with figures between ("a 30% increase from 2015 to 2016 (from 74 to 96) and a 12%
    increase"); but "Between 2009 and 2023, ... went from 7,000 to 4,844, a 30% decline" is the decline's."""
    if not m.direction:
        return None
    before = [r for r in refs if r.end <= m.start and r.year is not None]
    for a, b in zip(before, before[1:]):
        if a.year != b.year and p.span_open.search(text, max(0, a.start - 30), a.start) and p.span_join.fullmatch(text, a.end, b.start) \
                and not (_digit(text, max(a.start - 30, text.rfind("\n", 0, a.start)), a.start) and _digit(text, b.end, m.start)):
            return max(a.year, b.year), min(a.year, b.year)
    return None


def _digit(text: str, start: int, end: int) -> bool:
    """Is there a digit between ``start`` and ``end``?"""
    return any(ch.isdigit() for ch in text[max(0, start):end])
