"""A figure: a mention as the year and subject rules see it, after its direction and qualifier."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

from ..claim import Direction
from ..numbers.mention import Form, Mention, Unit


@dataclasses.dataclass(frozen=True, slots=True)
class Figure:
    """A mention with its span widened by its qualifier, its direction, and whether it is the level
    a change reached. ``start``/``end`` are the widened span."""

    mention: Mention
    start: int
    end: int
    direction: Direction | None
    level: bool

    @property
    def num_start(self) -> int:
        return self.mention.num_start

    @property
    def unit(self) -> Unit:
        return self.mention.unit

    @property
    def form(self) -> Form:
        return self.mention.form

    @property
    def value_to(self) -> Decimal | None:
        return self.mention.value_to

    @property
    def is_money(self) -> bool:
        return self.mention.is_money
