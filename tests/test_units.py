"""statx/numbers/units.tsv: pint's answers, computed ahead of time. pint (a test dependency) is
the source of truth: the shipped table must be what pint computes now, from statx/numbers/units.txt
and from pint's own full registry, and a run must not import pint."""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

from conftest import check_rows, only
from statx.numbers import units

pytest.importorskip("pint")

NAMED = sorted(units.named_units())
VALUES = [Decimal(v) for v in ("2.5", "1", "0", "123456.789", "0.3", "7", "999999999999999", "0.001", "1.23456789012345")]


@pytest.fixture(scope="module")
def ours():
    return units.registry()


@pytest.fixture(scope="module")
def full():
    return units.registry(None)


def test_the_shipped_table_is_what_pint_computes(ours):
    assert units.table() == units.build(ours), "run: python -m statx.numbers.units --build"


def test_the_shipped_file_is_written_as_the_build_writes_it(ours):
    assert units.TABLE.read_text(encoding="utf-8") == units.format_table(units.build(ours))


@pytest.mark.parametrize("name,power", NAMED)
def test_every_value_converts_as_pint_converts_it(name, power, ours, full):
    for value in VALUES:
        got = units.normalise(value, name, power)
        assert got == units.convert(value, name, power, ours)
        assert got == units.convert(value, name, power, full)  # pint's own default_en definitions


# (value, pint unit, power) -> (value, unit), worked out by hand
CONVERSIONS = [
    ("2.5", "metric_ton", 1, "2500", "kg"),
    ("180", "pound", 1, "81.6466266", "kg"),
    ("12", "ounce", 1, "0.3401942775", "kg"),
    ("350", "milligram", 1, "0.00035", "kg"),
    ("45", "kilometer", 2, "45000000", "m2"),
    ("3200", "hectare", 1, "32000000", "m2"),
    ("120", "meter", 2, "120", "m2"),
    ("1.5", "liter", 1, "1.5", "l"),
    ("2", "meter", 3, "2", "m3"),
    ("10", "foot", 3, "0.28316846592", "m3"),
    ("1", "oil_barrel", 1, "158.987294928", "l"),
    ("10", "gallon", 1, "37.85411784", "l"),
    ("26.2", "mile", 1, "42164.8128", "m"),
    ("1200", "kilometer", 1, "1200000", "m"),
    ("500", "megawatt", 1, "500000000", "W"),
    ("3", "gigawatt", 1, "3000000000", "W"),
    ("12.5", "gigawatt_hour", 1, "45000000000000", "J"),
    ("1", "kilowatt_hour", 1, "3600000", "J"),
    ("2", "terawatt_hour", 1, "7200000000000000", "J"),
    ("10", "imperial_gallon", 1, "45.4609", "l"),
    ("3500", "acre", 1, "14164054.1345599", "m2"),   # pint's acre, of the US survey foot, to 15 digits
    ("258", "megametric_ton", 1, "258000000000", "kg"),
    ("28700000", "carat", 1, "5740", "kg"),   # a diamond mine's output: 200 mg a carat
    ("1000", "troy_ounce", 1, "31.1034768", "kg"),   # a gold mine's output: 480 grains an ounce
    ("2", "bushel", 1, "70.47814033376", "l"),   # the US bushel, 2150.42 cubic inches
    ("50", "bushel / acre", 1, "0.435386452255721", "l/m2"),   # a yield: a volume per area, not the length it reduces to
]


@pytest.mark.parametrize("value,name,power,expected,unit", CONVERSIONS)
def test_conversions(value, name, power, expected, unit, full):
    assert units.normalise(Decimal(value), name, power) == (Decimal(expected), unit)
    assert units.convert(Decimal(value), name, power, full) == (Decimal(expected), unit)


def test_a_unit_missing_from_the_table_says_how_to_build_it():
    with pytest.raises(LookupError, match="--build"):
        units.normalise(Decimal(1), "furlong", 1)


@pytest.mark.parametrize("text, expected", [
    ("Police seized 2.5 tons of heroin in 2012.", [only("2.5 tons", value="2500", unit="kg")]),
    ("The plant will have a capacity of 500 MW.", [only("500 MW", value="500000000", unit="W")]),
    ("The station produced 12.5 GWh of electricity last year.", [only("12.5 GWh", value="45000000000000", unit="J")]),
    ("Fires burned on 3,200 hectares.", [only("3,200 hectares", value="32000000", unit="m2")]),
    ("The reserve covers 45 square kilometres.", [only("45 square kilometres", value="45000000", unit="m2")]),
    ("Площадь пожаров составила 12 тыс. гектаров.", [only("12 тыс. гектаров", value="120000000", unit="m2")]),
    # the hectare in every case; a yield "на гектар" as "с гектара"
    ("Зерновые обмолочены на 271 тыс. гектарах.", [only("271 тыс. гектарах", value="2710000000", unit="m2")]),
    ("Средняя урожайность составила 36,3 центнера на гектар.", [only("36,3 центнера на гектар", value="0.363", unit="kg/m2")]),
    # the crop may stand between the centner and the hectare
    ("Яровой ячмень дал по 42 центнера зерна с гектара.", [only("42 центнера зерна с гектара", value="0.42", unit="kg/m2")]),
    ("Урожай составил 2,5 млн тонн.", [only("2,5 млн тонн", value="2500000000", unit="kg")]),
    ("Аграрии собрали 41,2 тыс. тн картофеля.", [only("41,2 тыс. тн", value="41200000", unit="kg")]),
    # a yield in pounds an acre, not an amount in pounds sterling
    ("Growers averaged 2,000 pounds per acre.", [only("2,000 pounds per acre", value="0.224169334558863", unit="kg/m2")]),
    # ounces of a precious metal, named in the amount's sentence or before it, are troy ounces; other ounces are not
    ("Mine output reached 1,000 ounces of gold.", [only("1,000 ounces", value="31.1034768", unit="kg")]),
    ("Gold Output Rises\n\nThe Klondike gave 2,000 ounces.", [only("2,000 ounces", value="62.2069536", unit="kg")]),
    ("The mint sold 2 million troy ounces.", [only("2 million troy ounces", value="62206.9536", unit="kg")]),
    ("Police seized 12 ounces of cannabis.", [only("12 ounces", value="0.3401942775", unit="kg")]),
    ("Добыча составила 1 млн унций.", [only("1 млн унций", value="31103.4768", unit="kg")]),
    # grain in bushels (a volume) and yields in bushels an acre (a volume per area), as US crop reports give them
    ("Farmers in the county harvested 12 million bushels of oats.", [only("12 million bushels", value="422868842.00256", unit="l")]),
    ("Barley yield is forecast at 62 BU/AC.", [only("62 BU/AC", value="0.539879200797094", unit="l/m2")]),
    ("Oat yields averaged 70 bushels an acre.", [only("70 bushels an acre", value="0.609541033158009", unit="l/m2")]),
    ("Урожайность сои в США составила 50 бушелей с акра.", [only("50 бушелей с акра", value="0.435386452255721", unit="l/m2")]),
])
def test_rows_of_physical_quantities(text, expected):
    check_rows(text, expected)


def test_a_run_does_not_import_pint():
    code = ("import sys, statx; c = statx.extract_text('Police seized 2.5 tons of heroin and 500 MW.'); "
            "assert [x.unit for x in c] == ['kg', 'W'], c; assert 'pint' not in sys.modules; print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout == "ok\n", done.stderr
