"""statx/units.txt: every unit the word lists name is there, and converts as in pint's full registry."""
from __future__ import annotations

from decimal import Decimal

import pint
import pytest

from statx import lang as lexicon
from statx.numbers import units

NAMED = sorted({tuple(v) for code in lexicon.LANGUAGES for key in ("forms", "weights")
                for v in lexicon.load(code).table("units", key).values()})


@pytest.fixture(scope="module")
def full_registry():
    return pint.UnitRegistry(non_int_type=Decimal)


@pytest.mark.parametrize("name,power", NAMED)
def test_unit_converts_as_in_pints_own_registry(name, power, full_registry, monkeypatch):
    for value in (Decimal("2.5"), Decimal("1"), Decimal("123456.789"), Decimal("0.3")):
        ours = units.normalise(value, name, power)
        monkeypatch.setattr(units, "registry", lambda: full_registry)
        assert units.normalise(value, name, power) == ours
        monkeypatch.undo()
