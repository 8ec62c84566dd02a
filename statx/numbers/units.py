"""Physical quantities in the unit their dimension is reported in: "2.5 tons" -> 2500 kg.

pint is the source of truth, ahead of time: ``python -m statx.numbers.units --build`` converts
every unit the word lists name (statx/lang/*.toml, ``[units]``) with pint, from the definitions in
statx/numbers/units.txt, and writes the factor and target of each to statx/numbers/units.tsv. A run
reads that table and multiplies Decimals, without importing pint; tests/test_units.py builds the
table again with pint and checks it is the one shipped. Units are looked up by canonical name
(never from the raw text): a pint unit, or a pint expression where pint has no name ("100 * kilogram"
for the centner, "metric_ton / hectare" for a yield).
"""
from __future__ import annotations

import functools
import sys
from decimal import Context, Decimal
from pathlib import Path

from .parse import tidy

DEFINITIONS = Path(__file__).with_name("units.txt")  # the units the word lists name, in pint's format
TABLE = Path(__file__).with_name("units.tsv")
HEADER = ("# Written by `python -m statx.numbers.units --build` from units.txt with pint; do not edit.\n"
          "# name, power, factor, unit: a value in name**power, times factor, is a value in unit.\n")

# The unit each kind of quantity is reported in: (pint unit, power, column value), tried in order.
TARGETS = (
    ("kilogram", 1, "kg"),
    ("meter", 1, "m"),
    ("meter", 2, "m2"),
    ("liter", 1, "l"),
    ("watt", 1, "W"),
    ("joule", 1, "J"),
    ("kilometer_per_hour", 1, "km/h"),   # speeds as traffic statistics give them ("300 km/h", "70 mph")
    ("kilogram / meter ** 2", 1, "kg/m2"),   # crop yields ("24,5 ц/га", "3.2 tonnes per hectare")
)

# A cube of a length is reported as one ("67 трлн м3" of gas, "25,000 cu ft" in m3); litres, gallons and barrels in l.
CUBES = (("meter", 3, "m3"),)
# A volume per area is a yield ("45 bushels per acre") in l/m2, not the length its dimension reduces to.
YIELDS = (("liter / meter ** 2", 1, "l/m2"),)

Table = dict[tuple[str, int], tuple[Decimal, str]]
SIGNIFICANT = 15   # digits a converted value keeps ("3,500 acres" is 14164054.1345599 m2, not 28 digits of a survey foot)
FACTOR_DIGITS = 25   # digits a factor of the table keeps, so that a value times it rounds as pint's own answer does


@functools.lru_cache(maxsize=1)
def table() -> Table:
    """The shipped table: (pint unit, power) -> (factor, unit reported)."""
    return parse_table(TABLE.read_text(encoding="utf-8"))


def normalise(value: Decimal, unit: str, power: int = 1) -> tuple[Decimal, str]:
    """``value`` of pint unit ``unit`` (raised to ``power``) in the unit its dimension is reported in."""
    try:
        factor, label = table()[(unit, power)]
    except KeyError:
        raise LookupError(f"unit {unit}**{power} is not in {TABLE.name}: run python -m statx.numbers.units --build") from None
    return _rounded(value * factor), label


def _rounded(value: Decimal, significant: int = SIGNIFICANT) -> Decimal:
    """``value`` to ``significant`` digits."""
    return tidy(value.normalize(Context(prec=significant)))


def parse_table(text: str) -> Table:
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {(name, int(power)): (Decimal(factor), label) for name, power, factor, label in rows}


def format_table(rows: Table) -> str:
    return HEADER + "".join(f"{name}\t{power}\t{factor}\t{label}\n"
                            for (name, power), (factor, label) in sorted(rows.items()))


# ------------------------------------------------------------------ ahead of time, with pint

def registry(path: Path | None = DEFINITIONS):
    """A pint registry of the definitions in ``path`` (None: pint's own full registry)."""
    import pint

    return pint.UnitRegistry(str(path) if path else "", non_int_type=Decimal)  # "": pint's default_en.txt


def convert(value: Decimal, unit: str, power: int, ureg, significant: int = SIGNIFICANT) -> tuple[Decimal, str]:
    """What pint makes of ``value`` ``unit`` ** ``power``: the value in the target of its dimension
    (in SI base units when no target has that dimension), to ``significant`` digits."""
    quantity = value * ureg.parse_expression(unit) ** power   # a unit's name, or an expression of pint's ("100 * kilogram / hectare")
    for name, tpower, label in (CUBES if power == 3 else ()) + (YIELDS if " / " in unit else ()) + TARGETS:
        target = ureg.parse_expression(name).units ** tpower
        if quantity.dimensionality == target.dimensionality:
            return _rounded(Decimal(quantity.to(target).magnitude), significant), label
    base = quantity.to_base_units()
    return _rounded(Decimal(base.magnitude), significant), f"{base.units:~}".replace(" ", "")


def named_units() -> set[tuple[str, int]]:
    """Every (pint unit, power) the word lists name."""
    from .. import lang

    return {(name, power) for code in lang.LANGUAGES for key in ("forms", "weights")
            for name, power in lang.load(code).table("units", key).values()}


def build(ureg=None) -> Table:
    """The table of every named unit, computed by pint."""
    ureg = ureg or registry()
    rows = {}
    for name, power in named_units():
        factor, label = convert(Decimal(1), name, power, ureg, FACTOR_DIGITS)
        if convert(Decimal(0), name, power, ureg)[0] != 0:
            raise ValueError(f"{name} has an offset (as degrees Celsius do): a factor cannot convert it")
        rows[(name, power)] = (factor, label)
    return rows


def main(argv: list[str]) -> int:
    if argv != ["--build"]:
        print("usage: python -m statx.numbers.units --build   (writes statx/numbers/units.tsv with pint)", file=sys.stderr)
        return 2
    TABLE.write_text(format_table(build()), encoding="utf-8")
    print(f"wrote {TABLE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
