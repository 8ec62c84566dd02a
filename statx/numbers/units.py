"""Physical quantities normalised with pint: "2.5 tons" -> 2500 kg. The registry is built once,
the first time a physical unit is met, from statx/numbers/units.txt; units are looked up by canonical name
(never from the raw text)."""
from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path

from .parse import tidy

# The unit each kind of quantity is reported in: pint's dimensionality -> (pint unit, power, column value).
TARGETS = {
    "[mass]": ("kilogram", 1, "kg"),
    "[length]": ("meter", 1, "m"),
    "[length] ** 2": ("meter", 2, "m2"),
    "[length] ** 3": ("liter", 1, "l"),
    "[length] ** 2 * [mass] / [time] ** 3": ("watt", 1, "W"),
    "[length] ** 2 * [mass] / [time] ** 2": ("joule", 1, "J"),
}


# The units the word lists name, in pint's format: a registry of these few builds in ~15 ms.
DEFINITIONS = Path(__file__).with_name("units.txt")


@functools.lru_cache(maxsize=1)
def registry():
    import pint

    return pint.UnitRegistry(str(DEFINITIONS), non_int_type=Decimal)


def normalise(value: Decimal, unit: str, power: int = 1) -> tuple[Decimal, str]:
    """``value`` of pint unit ``unit`` (raised to ``power``) in the unit its dimension is reported in."""
    ureg = registry()
    quantity = ureg.Quantity(value, getattr(ureg, unit) ** power)
    target = TARGETS.get(str(quantity.dimensionality))
    if target is None:
        base = quantity.to_base_units()
        return tidy(Decimal(base.magnitude)), f"{base.units:~}".replace(" ", "")
    name, tpower, label = target
    return tidy(Decimal(quantity.to(getattr(ureg, name) ** tpower).magnitude)), label
