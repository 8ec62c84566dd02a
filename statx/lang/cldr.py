"""Currencies from the Unicode CLDR, as Babel ships it: every ISO 4217 code in use, the names of each
currency in every language of statx and the symbols CLDR gives it, in ``currencies.json``.

statx reads the shipped file (:func:`load`); Babel is needed only to build it, with
``python -m statx.lang.cldr``, and by the test that rebuilds it and compares. What CLDR lacks
(abbreviations such as "Rs" or "руб.", bare nouns such as "baht", case forms of Russian names)
is in the ``[currencies]`` word lists of ``<language>.toml``.
"""
from __future__ import annotations

import functools
import json
import unicodedata
from pathlib import Path
from typing import Any

from . import LANGUAGES

DATA = Path(__file__).with_name("currencies.json")
# One number of each plural category of English and Russian (one, few, many, other; 1.5 is "other").
PLURAL_SAMPLES = (1, 2, 5, 1.5)


@functools.lru_cache(maxsize=1)
def load() -> dict[str, Any]:
    """The shipped currency data: ``codes`` (ISO 4217, in use), ``symbols`` (symbol -> code) and
    ``names`` (language -> lower-case name -> code)."""
    return json.loads(DATA.read_text(encoding="utf-8"))


def _clean(text: str) -> str:
    """Format characters (bidi marks, zero-width spaces) dropped, any space made one plain space."""
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split())


def codes_in_use() -> dict[str, list[str]]:
    """Each ISO 4217 code that some territory has as legal tender with no end date, and those territories."""
    from babel.core import get_global

    found: dict[str, list[str]] = {}
    for territory, spans in get_global("territory_currencies").items():
        for code, _start, end, tender in spans:
            if end is None and tender:
                found.setdefault(code, []).append(territory)
    return {code: sorted(found[code]) for code in sorted(found)}


def names(codes: list[str], language: str) -> dict[str, str]:
    """Every name CLDR gives each currency in ``language`` (display name and each plural form),
    lower case. A name CLDR gives to two currencies is left out, and so is one with brackets."""
    from babel.numbers import get_currency_name

    seen: dict[str, set[str]] = {}
    for code in codes:
        forms = {get_currency_name(code, locale=language)}
        forms |= {get_currency_name(code, n, locale=language) for n in PLURAL_SAMPLES}
        for form in forms:
            name = _clean(form).lower()
            if name and name != code.lower() and not any(c in name for c in "()[]"):
                seen.setdefault(name, set()).add(code)
    return {name: next(iter(c)) for name, c in sorted(seen.items()) if len(c) == 1}


def symbols(codes: dict[str, list[str]], languages: tuple[str, ...]) -> dict[str, str]:
    """The symbols of each currency in ``languages`` and in the main locale of each territory that
    uses it. Left out: a symbol CLDR gives to several currencies ("$", "kr", "£": the word lists
    decide), a symbol that is a code's letters ("CHF"), and a lone letter ("R", "K", "L": far more
    often a unit, a scale or an initial)."""
    from babel import Locale, UnknownLocaleError

    seen: dict[str, set[str]] = {}
    locales = [Locale.parse(language) for language in languages]
    for code, territories in codes.items():
        found = [locale.currency_symbols.get(code, code) for locale in locales]
        for territory in territories:
            try:
                found.append(Locale.parse(f"und_{territory}").currency_symbols.get(code, code))
            except (UnknownLocaleError, ValueError):
                continue   # a territory without a language of its own in CLDR ("EU", "AC")
        for symbol in map(_clean, found):
            letters = symbol.rstrip(".")
            if symbol and symbol.upper() not in codes and not (len(letters) == 1 and letters.isalpha()):
                seen.setdefault(symbol, set()).add(code)
    return {symbol: next(iter(c)) for symbol, c in sorted(seen.items()) if len(c) == 1}


def build() -> dict[str, Any]:
    """The currency data, from the CLDR of the installed Babel."""
    import babel

    in_use = codes_in_use()
    return {
        "source": f"CLDR {babel.core.get_cldr_version()} via Babel {babel.__version__}; "
                  "rebuild with python -m statx.lang.cldr",
        "codes": list(in_use),
        "symbols": symbols(in_use, LANGUAGES),
        "names": {language: names(list(in_use), language) for language in LANGUAGES},
    }


def dump(data: dict[str, Any]) -> str:
    """The text of ``currencies.json`` for ``data``."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    DATA.write_text(dump(build()), encoding="utf-8")
    print(f"wrote {DATA}")
