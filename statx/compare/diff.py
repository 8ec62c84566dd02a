"""statx diff: pair the figures of two sides that measure the same thing and say what changed."""
from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Iterable

from ..claim import Claim
from .figures import Figure, figures
from ..numbers.parse import percent_of, tidy
from .keys import Subjects

# The columns of a diff, in order; a terminal table shows the first ten.
DIFF_COLUMNS: tuple[str, ...] = (
    "status", "subject", "kind", "unit", "old", "old_year", "new", "new_year", "delta", "delta_pct",
    "delta_unit", "old_doc", "new_doc", "old_subject", "new_subject", "old_ids", "new_ids",
)
DIFF_TABLE_COLUMNS = DIFF_COLUMNS[:10]
UNCHANGED, REVISED, OTHER_YEAR, ONLY_OLD, ONLY_NEW = "unchanged", "revised", "other_year", "only_old", "only_new"
# Units whose differences are percentage points: 30% against 1.4% is 28.6 pp, not a 2042.86% rise.
PERCENT_UNITS = frozenset({"percent", "pp"})


@dataclasses.dataclass(frozen=True)
class Pair:
    """A figure of OLD and the figure of NEW that measures the same thing; one of them is None
    when the other side has no such figure."""

    old: Figure | None
    new: Figure | None

    @property
    def status(self) -> str:
        """unchanged (same year, same value), revised (same year, another value: a correction),
        other_year (the figure of another year), only_old or only_new. A year that neither side
        states counts as the same year."""
        if self.old is None:
            return ONLY_NEW
        if self.new is None:
            return ONLY_OLD
        if self.old.year != self.new.year:
            return OTHER_YEAR
        same = (self.old.value, self.old.value_to) == (self.new.value, self.new.value_to)
        return UNCHANGED if same else REVISED

    @property
    def delta(self) -> Decimal | None:
        """NEW's value minus OLD's (the lower ends of ranges), in ``delta_unit``."""
        return None if self.old is None or self.new is None else tidy(self.new.value - self.old.value)

    @property
    def delta_unit(self) -> str | None:
        """The delta's unit: "pp" (percentage points) for a percentage, else the figures' unit."""
        if self.delta is None:
            return None
        unit = (self.new or self.old).measure.unit
        return "pp" if unit in PERCENT_UNITS else unit

    @property
    def delta_pct(self) -> Decimal | None:
        """The delta as a percentage of OLD's value, to two places; None when OLD's value is 0 or
        a percentage (the delta is then in percentage points)."""
        if self.delta is None or not self.old.value or self.old.measure.unit in PERCENT_UNITS:
            return None
        return percent_of(self.delta, abs(self.old.value))

    def row(self) -> dict:
        """The pair as a row of DIFF_COLUMNS."""
        either = self.new or self.old
        row = {"status": self.status, "subject": either.subject, "kind": either.measure.kind,
               "unit": either.measure.unit, "delta": self.delta, "delta_pct": self.delta_pct,
               "delta_unit": self.delta_unit}
        for side, f in (("old", self.old), ("new", self.new)):
            row |= {side: f and f.value, f"{side}_year": f and f.year,
                    f"{side}_doc": f and "; ".join(f.docs), f"{side}_subject": f and f.subject,
                    f"{side}_ids": f and " ".join(c.id for c in f.claims)}
        return row


def pair(old: Iterable[Claim], new: Iterable[Claim], subjects: Subjects) -> list[Pair]:
    """The figures of OLD and NEW paired by measure, each figure at most once: the pairs in NEW's
    order, then OLD's figures without a partner, then NEW's. Among the candidates for a pair, the
    same year goes first, then the same value, then the nearer year, then the nearer position."""
    olds, news = figures(old, subjects), figures(new, subjects)
    by_measure: dict = {}
    for i, f in enumerate(olds):
        by_measure.setdefault(f.measure, []).append(i)
    candidates = sorted(
        (_distance(olds[i], f), i, j)
        for j, f in enumerate(news) for i in by_measure.get(f.measure, ())
    )
    partner: dict[int, int] = {}
    taken: set[int] = set()
    for _, i, j in candidates:
        if j not in partner and i not in taken:
            partner[j] = i
            taken.add(i)
    return ([Pair(olds[partner[j]], f) for j, f in enumerate(news) if j in partner]
            + [Pair(f, None) for i, f in enumerate(olds) if i not in taken]
            + [Pair(None, f) for j, f in enumerate(news) if j not in partner])


def _distance(a: Figure, b: Figure) -> tuple:
    years = abs(a.year - b.year) if a.year is not None and b.year is not None else 10_000
    return (a.year != b.year, (a.value, a.value_to) != (b.value, b.value_to), years, abs(a.position - b.position))
