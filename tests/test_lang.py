"""The per-language word lists (statx/lang/*.toml) are well formed and have the same shape."""
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from statx import lang as lexicon

LANG_DIR = Path(lexicon.__file__).parent
FILES = sorted(LANG_DIR.glob("*.toml"))
REFERENCE = tomllib.loads((LANG_DIR / "en.toml").read_text(encoding="utf-8"))
CASED = {("currencies", "codes"), ("currencies", "not_symbols"), ("currencies", "glued_symbols"), ("currencies", "symbols"), ("currencies", "letter_signs"), ("currencies", "aliases"),
         ("currencies", "home_countries"), ("currencies", "bare_forms"), ("units", "cased_forms"),
         ("not_claims", "capitalised_designators"), ("currencies", "weighing_places")}   # keyed by ISO code or a cased form, or the case is the rule


def entries(data):
    for section, table in data.items():
        if isinstance(table, dict):
            for key, value in table.items():
                yield section, key, value


def test_every_language_has_a_file():
    assert {f.stem for f in FILES} == set(lexicon.LANGUAGES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_same_sections_and_keys_as_english(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["code"] == path.stem
    want = {(s, k, type(v).__name__) for s, k, v in entries(REFERENCE)}
    have = {(s, k, type(v).__name__) for s, k, v in entries(data)}
    assert want - have == set(), "missing or of another type"
    assert have - want == set(), "not in en.toml"


def keys_without_comment(text: str) -> list[str]:
    """The keys of a TOML text whose line is not directly under a comment."""
    missing, depth, previous = [], 0, ""
    for line in text.splitlines():
        stripped = line.strip()
        if depth == 0 and "=" in stripped and not stripped.startswith(("#", "[")):
            key = stripped.split("=", 1)[0].strip()
            if not previous.startswith("#"):
                missing.append(key)
        depth += stripped.count("[") - stripped.count("]") if not stripped.startswith(("#", "[")) or depth else 0
        previous = stripped
    return missing


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_key_has_its_comment_right_above_it(path):
    assert keys_without_comment(path.read_text(encoding="utf-8")) == []

@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_word_lists_are_clean(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for section, key, value in entries(data):
        words = list(value) if isinstance(value, (list, dict)) else []
        words = [w for w in words if isinstance(w, str)]
        assert len(words) == len(set(words)), f"[{section}] {key} has duplicates"
        for w in words:
            assert w == w.strip() and w, f"[{section}] {key}: {w!r} has blanks"
            if (section, key) not in CASED:
                assert w == w.lower(), f"[{section}] {key}: {w!r} should be lower case"


@pytest.mark.parametrize("code", lexicon.LANGUAGES)
def test_numbers_and_scales_are_numbers(code):
    lex = lexicon.load(code)
    for table in (lex.number_words, lex.multiplying_words, lex.scale_values):
        assert table and all(isinstance(v, Decimal) and v >= 0 for v in table.values())
    for value in lex.table("fractions", "denominators").values():
        assert isinstance(value, int) and value >= 2


@pytest.mark.parametrize("code", lexicon.LANGUAGES)
def test_units_name_real_pint_units(code):
    from statx.numbers import units

    lex = lexicon.load(code)
    for form, (name, power) in {**lex.table("units", "forms"), **lex.table("units", "weights")}.items():
        value, unit = units.normalise(Decimal(1), name, power)
        assert value > 0 and unit, form


@pytest.mark.parametrize("code", lexicon.LANGUAGES)
def test_currency_codes_are_iso_shaped(code):
    lex = lexicon.load(code)
    cur = lex.data["currencies"]
    for c in list(cur["symbols"].values()) + list(cur["words"].values()) + list(cur["minor"].values()) \
            + list(cur["dollar_prefixes"].values()) + cur["codes"]:
        assert len(c) == 3 and c.isupper() and c.isalpha(), c
