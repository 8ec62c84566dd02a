"""Which figure of a sentence each time expression belongs to: the nearer one with no clause break between,
the one before it on a tie ("from 35 thousand in 2014 to 26 thousand in 2018")."""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Sequence

from ..lang import unrequired
from ..lang.cache import compiled
from ..text import timex
from ..text.view import breaks_between
from .figure import Figure

if TYPE_CHECKING:
    from .year import YearPatterns

# "(6.8 percent of the GDP)" right after a figure, or after the noun it counts ("208,123 visitors (-4.7%)")
_ASIDE_AFTER = compiled(r"[ \t\u00a0]*(?P<noun>(?:\p{L}[\p{L}-]*[ \t\u00a0]+){1,2})?" + unrequired(r"\([^()\n]{1,120}\)"))


def breaks(text: str, r: timex.TimeRef, f: Figure, soft: bool = True) -> bool:
    """Does a clause break stand between the time ``r`` and the figure ``f``?"""
    return breaks_between(text, min(r.end, f.end), max(r.start, f.start), soft)


def closest_to(p: YearPatterns, text: str, refs: list[timex.TimeRef], m: Figure, others: list[Figure],
               baseline: Figure | None = None, starts: Sequence[int] = ()) -> tuple[list[timex.TimeRef], bool]:
    """(refs, owned): the refs that belong to ``m`` rather than to the figures before and after it
    in the sentence (owned), or when none does, those in its clause but its baseline figure's. A ref belongs
    to the figure it is nearer to, with no comma or bracket between them; a tie goes to the figure it
    follows: "from 35 thousand in 2014 to 26 thousand in 2018", "In 2010, 42 thousand, and in
    2020 – 22.7 thousand", "12 percent, up from 9 percent in 2020". ``starts``: where every figure
    of the sentence starts."""
    figures = [m, *others]
    owners = [min(figures, key=lambda f: _owner_key(p, text, r, f, starts)) for r in refs]
    mine = [r for r, owner in zip(refs, owners) if owner is m]
    if mine:
        return mine, True
    # another figure's time is shared only within the clause: "fell by 5% and thefts by 7% in 2023",
    # not "a 26% rise ..., which includes the 96 cases of 1989"
    return [r for r, owner in zip(refs, owners)
            if (baseline is None or owner is not baseline) and not _owner_key(p, text, r, m, starts)[0]], False


def _owner_key(p: YearPatterns, text: str, r: timex.TimeRef, f: Figure, starts: Sequence[int]) -> tuple[bool, int, bool]:
    """Nearer first: no hard clause break between (a dash binds: "in 2020 – 22.7 thousand", and so
    does a colon right after the time: "2010: 101.6%"), and no "and" between a figure and the time
    after it with no figure of ``starts`` between ("Y rubles and for 2027 Z rubles"); fewer
    characters between (none when only a time phrase's words stand between a figure and the year
    after it: "18.8 per cent in the third quarter of 2017"); the figure before the ref."""
    # "Rs7.2 trillion (6.8 percent of the GDP) in 2023", "208,123 visitors (-4.7%) in October 2024": an aside in brackets
    # after the figure, or after its noun, is passed over
    aside = _ASIDE_AFTER.match(text, f.end, r.start) if r.start >= f.end else None
    if aside and aside.group("noun") and breaks_between(text, aside.end(), r.start, True):
        aside = None   # "умерло 1811 человек (на 121 человека меньше), в том числе ... за январь 2022": the time is another clause's
    end = aside.end() if aside else f.end
    near = 0 if r.start >= end and p.time_phrase.fullmatch(text, end, r.start) else distance(r, f) - (end - f.end)
    label = p.label_colon.match(text, r.end) if r.end <= f.start else None
    broken = breaks_between(text, label.end(), f.start, False) if label else \
        breaks_between(text, end, r.start, False) if aside else breaks(text, r, f, soft=False)
    opens_next = r.start >= f.end and p.and_word.search(text, f.end, r.start) is not None \
        and not _starts_between(starts, f.end, r.start)   # not "14,500 deaths and 166,500 injuries in 2023"
    # "from 182,310 in 2022 to 167,450 in 2023", "2,168 cases in 2019 and 1,699 cases in 2020", "98 ... reported in 2024
    # compared to 43 recorded in 2023", "... in 2016 while 82,657 ...": a time before "to", "and", "while" or "compared to"
    # and the next figure is the first one's
    closes_last = r.end <= f.start and _starts_between(starts, 0, r.start) and _links_next(p, text, r.end, f.start)
    return broken or opens_next or closes_last, near, r.start < f.start


def _links_next(p: YearPatterns, text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` only "to", "and", "while" or "compared to" (after a comma) before the next figure?"""
    if (p.to_only.fullmatch(text, start, end) or p.and_only.fullmatch(text, start, end)
            or p.contrast_only.fullmatch(text, start, end)) is not None:
        return True
    compared = p.baseline_figure.search(text, start, end)
    return compared is not None and not text[start:compared.start()].strip(" ,\t\u00a0")


def _starts_between(starts: Sequence[int], lo: int, hi: int) -> bool:
    """Does a figure of ``starts`` (in text order) start at ``lo`` or after, and before ``hi``?"""
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def distance(r: timex.TimeRef, m: Figure) -> int:
    """The characters between the time and the figure, 0 when they overlap."""
    return max(m.start - r.end, r.start - m.end, 0)
