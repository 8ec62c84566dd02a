"""Yields: a crop's mass per area written without its area ("Средняя урожайность - 40 центнеров", "Average yield is a
record 173 bushels"), where its sentence says it is one."""
from __future__ import annotations

from .draft import Draft
from .mention import Unit, UnitKind
from ..lang.cache import compiled
from .patterns import NumberPatterns

SENTENCE_REACH = 300   # characters before an amount within which its sentence's start is looked for
YIELD_MOST = 1000   # a yield is fewer than this many of its unit per area; more, or a scale word, is a total harvested
_SENTENCE_START = compiled(r"(?:[.!?][ \t\u00a0]+|\n)(?=[^.!?\n]*\Z)")   # the last sentence end before a place


def per_area(p: NumberPatterns, text: str, drafts: list[Draft]) -> None:
    """An amount in a yield's unit alone (the word list units.per_area), small and with no scale word, is per area where its
    sentence names a yield or the area before it ("с гектара получают 125 центнеров"), or the amount before it in the
    sentence was per area ("58 центнеров с гектара, яровая - около 51 центнера", "49 bushels per acre, up 6 bushels")."""
    earlier: Draft | None = None
    for d in drafts:
        form = d.unit.code if d.unit.kind is UnitKind.PHYSICAL else None
        if form in p.per_area and not d.scale and d.value < YIELD_MOST:
            found = _SENTENCE_START.search(text, max(0, d.start - SENTENCE_REACH), d.start)
            start = found.end() if found else max(0, d.start - SENTENCE_REACH)
            carried = earlier is not None and earlier.start >= start and earlier.unit.code in p.per_area_forms
            if carried or p.per_area_before.search(text, start, d.start) or p.yield_noun.search(text, start, d.start):
                d.unit = Unit.physical(p.per_area[form])
        earlier = d
