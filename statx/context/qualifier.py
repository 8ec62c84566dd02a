"""The qualifier of a claim: about / at least / at most / exact / range, from the words around it."""
from __future__ import annotations

import functools

import regex

from ..lang import GAP, Lexicon
from ..numbers.scan import Match


class Qualifiers:
    """Qualifier words of one language, before and after a number."""

    def __init__(self, lex: Lexicon):
        q = "qualifiers"
        bridge = lex.pattern("direction", "by")
        self.comparatives = frozenset(lex.table("direction", "after"))
        self.level_words = frozenset(lex.words("direction", "level_after_change"))
        self.multiplier_verbs = frozenset(w.lower() for w in lex.words("multipliers", "verbs"))
        # A qualifier right before the number, maybe with change words between ("almost", "practically by another").
        self.before = regex.compile(rf"""
            (?:(?<![\p{{L}}])|(?<=[~≈<>≤≥]))
            (?P<q>
                (?P<approx>{lex.pattern(q, "approx")})
              | (?P<at_least>{lex.pattern(q, "at_least")})
              | (?P<at_most>{lex.pattern(q, "at_most")})
            )
            {GAP}*
            (?P<bridge>(?:(?:{bridge}){GAP}+)*)
            \Z
        """, regex.VERBOSE | regex.IGNORECASE)
        self.after = regex.compile(rf"""
            {GAP}*
            (?P<q>
                (?P<approx>{lex.pattern(q, "after_approx")})
              | (?P<at_least>{lex.pattern(q, "after_at_least")})
              | (?P<at_most>{lex.pattern(q, "after_at_most")})
            )
            (?![\p{{L}}])
        """, regex.VERBOSE | regex.IGNORECASE)

    def attach(self, text: str, m: Match) -> None:
        """Set ``m.qualifier``; a qualifier right before the number joins the mention."""
        if m.value_to is not None:
            m.qualifier = "range"
            return
        before = self.before.search(text, max(0, m.start - 40), m.start)
        if before and before.group("bridge") and before.group("q").lower() in self.comparatives:
            before = None  # "меньше на 15%": fewer by 15%, a change, not a bound
        if before and m.kind == "multiplier" and before.group("q").lower() in self.multiplier_verbs:
            before = None  # "exceeded the norm five times": the verb of a comparison, not a bound
        if before and m.level and before.group("q").lower().split()[-1] in self.level_words:
            before = None  # "вырос на 16%, до 119,6 млрд", "grew by 3% – up to 133 trillion": the level reached
        if before:
            m.qualifier = _which(before)
            m.start = before.start()  # the qualifier belongs to the mention ("почти на 12%")
            return
        after = self.after.match(text, m.end)
        if after:
            m.qualifier = _which(after)
            m.end = after.end()


def _which(found: regex.Match) -> str:
    for name in ("approx", "at_least", "at_most"):
        if found.group(name):
            return name
    return "exact"


@functools.lru_cache(maxsize=None)
def qualifiers(lex: Lexicon) -> Qualifiers:
    return Qualifiers(lex)
