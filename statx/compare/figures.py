"""What a claim measures, and the figures of a set of claims: repeats of one value collapsed.

A change is measured apart from a level ("rose by 30%" is not a share of 30%), and its value
carries the direction's sign: "fell by 5%" is -5, so rises and falls of one measure compare."""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Iterable

from ..claim import Claim, Direction
from .keys import Subjects

LEVEL, CHANGE = "level", "change"

# What comparing reads from a claim table beyond value, unit and subject, and what follows when a
# table has no such column: the reason to refuse the table, with the commands that do (every one
# when none is named); else, for each command that goes on without it, a warning.
_REFUSED = {
    "direction": ("rises and falls cannot be told from levels", ()),
    "year": ("a series orders figures by year", ("series",)),
}
_WARNED = {
    "year": {"diff": "figures are paired without their years"},
    "value_to": {"diff": "ranges are compared by their lower ends", "series": "ranges show their lower ends"},
    "sentence": {"diff": "its claims without a subject are left out"},
}


def missing_columns(columns: frozenset[str], command: str) -> tuple[list[str], list[str]]:
    """Why ``command`` ("diff" or "series") refuses a claim table with these columns (empty: it
    does not), and the warnings for what it reads without."""
    refused = {name: f"no {name} column, so {why}" for name, (why, only) in _REFUSED.items()
               if name not in columns and (not only or command in only)}
    warned = [f"no {name} column: {what[command]}" for name, what in _WARNED.items()
              if name not in columns and name not in refused and command in what]
    return list(refused.values()), warned


@dataclasses.dataclass(frozen=True)
class Measure:
    """What a claim measures: its subject's key, level or change, and unit. A claim without a
    subject is known only by its sentence, so it matches only a copy of that sentence."""

    subject: str
    kind: str
    unit: str
    sentence: str = ""


@dataclasses.dataclass(frozen=True)
class Figure:
    """One value of a measure in one year, with every claim that states it (a document and its
    copy, a headline and its body). ``position`` is the first claim's place among its document's claims."""

    measure: Measure
    value: Decimal
    value_to: Decimal | None
    year: int | None
    claims: tuple[Claim, ...]
    position: int

    @property
    def subject(self) -> str:
        """The subject as the first claim words it."""
        return self.claims[0].subject or ""

    @property
    def docs(self) -> list[str]:
        """The documents that state the figure, each once, in order."""
        return list(dict.fromkeys(c.doc for c in self.claims))

    @property
    def qualifiers(self) -> list[str]:
        """The qualifiers of its claims, each once, in order."""
        return list(dict.fromkeys(c.qualifier for c in self.claims))


def measure(claim: Claim, subjects: Subjects) -> Measure:
    """What the claim measures."""
    key = subjects.key(claim.subject)
    kind = CHANGE if claim.direction else LEVEL
    return Measure(key, kind, claim.unit, "" if key else claim.sentence.casefold())


def signed(claim: Claim) -> tuple[Decimal, Decimal | None]:
    """The claim's value and upper end, negative for a fall."""
    if claim.direction == Direction.DOWN:
        return -claim.value, None if claim.value_to is None else -claim.value_to
    return claim.value, claim.value_to


def figures(claims: Iterable[Claim], subjects: Subjects) -> list[Figure]:
    """The claims' figures in order of first appearance: claims of the same measure, value, upper
    end and year make one figure."""
    found: dict[tuple, tuple[int, list[Claim]]] = {}
    seen_in_doc: dict[str, int] = {}
    for c in claims:
        place = seen_in_doc.get(c.doc, 0)
        seen_in_doc[c.doc] = place + 1
        found.setdefault((measure(c, subjects), *signed(c), c.year), (place, []))[1].append(c)
    return [Figure(m, value, value_to, year, tuple(cs), place)
            for (m, value, value_to, year), (place, cs) in found.items()]
