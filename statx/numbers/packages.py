"""The size of the package a count is counted in, which is no claim: the "60kg" of "6.9 million (60kg) bags",
"a 12.5 kg cylinder", "в 50-литровых бочках" aside (no unit is read there). A rule of ``not_claims``' tables."""
from __future__ import annotations

import functools
from typing import Protocol

import regex

from ..lang import Lexicon, unrequired
from .mention import Mention, UnitKind


class WithLexicon(Protocol):
    """What this rule reads of the not-a-claim patterns it is given (not_claims.NotClaimPatterns)."""

    lex: Lexicon


def package_size(p: WithLexicon, text: str, m: Mention) -> bool:
    """"4.5 million (60kg) bags", "a 12.5 kg cylinder of gas": a physical quantity right before the noun of a
    package (word lists' packages), maybe in brackets or joined by a hyphen, is the package's size."""
    after = _package_after(p.lex)
    return after is not None and m.unit.kind is UnitKind.PHYSICAL and m.value_to is None and bool(after.match(text, m.end))


@functools.lru_cache(maxsize=None)
def _package_after(lex: Lexicon) -> regex.Pattern | None:
    """A closing bracket or a hyphen, maybe, then a package's noun (None where the word lists name none)."""
    nouns = lex.words("units", "packages")
    if not nouns:
        return None
    return lex.compile(r"[)\]]?[ \t\u00a0]{0,3}-?[ \t\u00a0]{0,3}" + unrequired(lex.alternation(nouns)) + r"(?![\p{L}])", regex.IGNORECASE)
