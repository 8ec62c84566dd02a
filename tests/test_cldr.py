"""The shipped currency data (statx/lang/currencies.json) is CLDR's, as Babel builds it, and the word
lists' [currencies] keep only what CLDR lacks."""
import subprocess
import sys

import pytest

from statx import lang
from statx.lang import cldr

DATA = cldr.load()


def test_shipped_file_is_what_babel_builds():
    import babel  # the test extra: the version the file was built with

    assert f"Babel {babel.__version__};" in DATA["source"], "rebuild with python -m statx.lang.cldr"
    assert cldr.DATA.read_text(encoding="utf-8") == cldr.dump(cldr.build())


def test_every_code_in_use_is_there():
    codes = set(DATA["codes"])
    assert {"USD", "EUR", "RUB", "INR", "THB", "KZT", "KGS", "ALL", "TOP", "XOF"} <= codes
    assert not codes & {"XAU", "XDR", "XXX", "DEM", "SUR"}   # metals, funds, no currency, gone ones
    assert all(len(c) == 3 and c.isalpha() and c.isupper() for c in codes)


@pytest.mark.parametrize("code", lang.LANGUAGES)
def test_names_and_symbols_name_codes_in_use(code):
    codes = set(DATA["codes"])
    names = DATA["names"][code]
    assert names and set(names.values()) <= codes and set(DATA["symbols"].values()) <= codes
    assert all(name == name.lower() and name == " ".join(name.split()) for name in names)
    assert not {"$", "£", "¥", "kr", "R", "CHF"} & set(DATA["symbols"])   # ambiguous, a lone letter, a code


@pytest.mark.parametrize("code", lang.LANGUAGES)
def test_word_lists_keep_only_what_cldr_lacks(code):
    lex = lang.load(code)
    cur = lex.data["currencies"]
    assert not set(lex.table("currencies", "words")) & set(DATA["names"][code])
    assert not set(cur["symbols"]) & set(DATA["symbols"])
    assert set(cur["not_symbols"]) <= set(DATA["symbols"])
    assert set(cur["glued_symbols"]) <= set(DATA["symbols"]) - set(cur["not_symbols"])
    assert not set(cur["codes"]) & set(DATA["codes"])


@pytest.mark.parametrize("code", lang.LANGUAGES)
def test_lists_of_codes_name_codes(code):
    lex = lang.load(code)
    codes = {c.lower() for c in DATA["codes"] + lex.data["currencies"]["codes"]}
    for key in ("codes_lowercase", "codes_also_words", "codes_as_names"):
        assert set(lex.words("currencies", key)) <= codes, key
    # a code spelled like a unit ("kgs") is never one in lower case
    assert not set(lex.words("currencies", "codes_lowercase")) & set(lex.table("units", "forms"))


def test_babel_is_not_imported_at_run_time():
    script = "import sys, statx; statx.extract_text('It cost 1,720 Thai baht, or Rs 4.88 lakh.'); print('babel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
