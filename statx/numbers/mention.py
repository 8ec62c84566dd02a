"""What the number stage hands on: a frozen mention of a number, its value and its unit.

    >>> m = Mention(10, 20, 10, 14, Decimal("4.5"), PERCENT, Form.DIGITS)
    >>> m.unit.kind is UnitKind.PERCENT, m.is_money
    (True, False)
"""
from __future__ import annotations

import collections
import dataclasses
import enum
from decimal import Decimal
from typing import Iterable

from ..claim import Direction


class UnitKind(enum.Enum):
    """What kind of thing a number's unit is."""

    PERCENT = "percent"
    PP = "pp"            # percentage points
    TIMES = "times"      # a multiplier
    COUNT = "count"
    MONEY = "money"      # the unit's code is an ISO 4217 code
    PHYSICAL = "physical"  # the unit's code is a surface form of the word lists' [units] (converted to SI later)
    DURATION = "duration"  # a measured duration; the unit's code is the contract's ("year", "month", "day", "s")


@dataclasses.dataclass(frozen=True, slots=True)
class Unit:
    """A unit: its kind and its code ("percent", "RUB", the form "tons")."""

    kind: UnitKind
    code: str

    @staticmethod
    def money(code: str) -> "Unit":
        return Unit(UnitKind.MONEY, code)

    @staticmethod
    def physical(form: str) -> "Unit":
        return Unit(UnitKind.PHYSICAL, form)

    @staticmethod
    def most_named_currency(units: Iterable["Unit"]) -> "Unit | None":
        """The currency most of ``units`` are in (the one a text counts its money in), or None."""
        counts = collections.Counter(u for u in units if u.kind is UnitKind.MONEY)
        return counts.most_common(1)[0][0] if counts else None


PERCENT = Unit(UnitKind.PERCENT, "percent")
PP = Unit(UnitKind.PP, "pp")
TIMES = Unit(UnitKind.TIMES, "times")
COUNT = Unit(UnitKind.COUNT, "count")
SHARES = frozenset({PERCENT, PP})
SIGNED_CHANGES = frozenset({PERCENT, PP, COUNT})  # units whose "+5"/"-5" is the size of a change


class Form(enum.Enum):
    """How the number is written."""

    DIGITS = "digits"          # "14,500", "4.5"
    WORDS = "words"            # "two hundred", "пяти миллионов"
    FRACTION = "fraction"      # "a quarter", "two-thirds", "one in five" (value in percent)
    EVERY = "every"            # "every fourth" (value in percent)
    MULTIPLIER = "multiplier"  # "three times", "вдвое"


PLAIN = frozenset({Form.DIGITS, Form.WORDS})   # a number as such, not a fraction or multiplier word


@dataclasses.dataclass(frozen=True, slots=True)
class Mention:
    """One number expression in a text: offsets index the text as given."""

    start: int                     # the mention: currency sign, number, scale and unit
    end: int
    num_start: int                 # the number itself
    num_end: int
    value: Decimal                 # as written, scale applied, sign not applied
    unit: Unit
    form: Form
    value_to: Decimal | None = None
    unit_start: int = -1           # the unit word, when there is one
    unit_end: int = -1
    sign: int = 1                  # -1 for "minus 5"
    scale: str = ""                # the scale word, lower case ("million", "тыс")
    range_word: str = ""           # "-", "to", "and" between the two ends of a range
    written_sign: Direction | None = None   # "+5%", "-1.9%": a change written with its sign

    @property
    def is_money(self) -> bool:
        return self.unit.kind is UnitKind.MONEY
