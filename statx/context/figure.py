"""A figure: a mention as the year and subject rules see it, after its direction and qualifier."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

from ..claim import Direction
from ..numbers.mention import Form, Mention, Unit


@dataclasses.dataclass(frozen=True, slots=True)
class Figure:
    """A mention with its span widened by its qualifier, its direction, whether it is the level a change
    reached, and whether it is a bound ("more than", "below"). ``start``/``end`` are the widened span."""

    mention: Mention
    start: int
    end: int
    direction: Direction | None
    level: bool
    bound: bool = False
    num_start: int = dataclasses.field(init=False)   # the mention's, at hand for the rules
    unit: Unit = dataclasses.field(init=False)
    form: Form = dataclasses.field(init=False)
    value_to: Decimal | None = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        m = self.mention
        for name in ("num_start", "unit", "form", "value_to"):
            object.__setattr__(self, name, getattr(m, name))

    @property
    def is_money(self) -> bool:
        return self.mention.is_money
