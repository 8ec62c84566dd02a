"""statx series: every measure's figures ordered by year, conflicting figures side by side.

Claims without a subject are left out (nothing says what they measure); figures without a
year come last in their series."""
from __future__ import annotations

import dataclasses
from collections import Counter
from decimal import Decimal
from typing import Callable, Iterable, Iterator

from ..claim import Claim
from ..io.export import plain
from .figures import CHANGE, Figure, Measure, figures
from .keys import Subjects

# The columns of a series table, in order; a terminal table shows the last five, under a title
# that names the subject, kind and unit. "values" is a number, or text when a year's sources
# disagree (every value, side by side) or give a range.
SERIES_COLUMNS: tuple[str, ...] = ("subject", "kind", "unit", "year", "values", "qualifiers", "subjects", "sources")
SERIES_TABLE_COLUMNS = SERIES_COLUMNS[3:]
# Between the figures of one year, in the values, qualifiers and sources cells.
SEPARATOR = " | "


@dataclasses.dataclass(frozen=True)
class Series:
    """One measure's figures, by year; ``name`` is the subject as its claims word it most often."""

    measure: Measure
    name: str
    figures: tuple[Figure, ...]

    @property
    def title(self) -> str:
        """"cyber crimes, count" or "cyber crimes, percent change"."""
        return f"{self.name}, {self.measure.unit}" + (" change" if self.measure.kind == CHANGE else "")

    def years(self) -> list[tuple[int | None, list[Figure]]]:
        """The figures of each year, in year order, the year None last."""
        by_year: dict[int | None, list[Figure]] = {}
        for f in self.figures:
            by_year.setdefault(f.year, []).append(f)
        return sorted(by_year.items(), key=lambda item: (item[0] is None, item[0] or 0))

    def rows(self) -> Iterator[dict]:
        """One row of SERIES_COLUMNS per year."""
        for year, found in self.years():
            yield {
                "subject": self.name, "kind": self.measure.kind, "unit": self.measure.unit, "year": year,
                "values": _values(found),
                "qualifiers": SEPARATOR.join("/".join(f.qualifiers) for f in found),
                "subjects": "; ".join(dict.fromkeys(c.subject for f in found for c in f.claims)),
                "sources": SEPARATOR.join(", ".join(f.docs) for f in found),
            }


def _values(found: list[Figure]) -> Decimal | str:
    """The year's value as a number, or every value side by side as text when they disagree
    (or a range)."""
    if len(found) == 1 and found[0].value_to is None:
        return found[0].value
    return SEPARATOR.join(value_text(f) for f in found)


def value_text(figure: Figure, number: Callable[[Decimal], str] = plain) -> str:
    """"680000", or "200 to 250" for a range; ``number`` writes each number."""
    return number(figure.value) + ("" if figure.value_to is None else f" to {number(figure.value_to)}")


def series(claims: Iterable[Claim], subjects: Subjects, subject: str | None = None,
           unit: str | None = None) -> list[Series]:
    """The series of the claims, in order of first appearance; only those of ``subject`` (compared
    by key, so synonyms match) and ``unit`` (any case) when given."""
    wanted = subjects.key(subject) if subject is not None else None
    grouped: dict[Measure, list[Figure]] = {}
    for f in figures(claims, subjects):
        m = f.measure
        if m.subject and wanted in (None, m.subject) and (unit is None or m.unit.casefold() == unit.casefold()):
            grouped.setdefault(m, []).append(f)
    return [Series(m, _name(found), tuple(found)) for m, found in grouped.items()]


def _name(found: list[Figure]) -> str:
    """The subject as the claims word it most often (the first of equals)."""
    words = Counter(c.subject for f in found for c in f.claims)
    return words.most_common(1)[0][0]

