"""The direction of a claim: up or down when the number is the size of a change, empty for a level."""
from __future__ import annotations

import functools

import regex

from ..lexicon import Lexicon, alternation
from ..match import GAP, Match


class Directions:
    """Change words of one language and where they stand relative to the number."""

    def __init__(self, lex: Lexicon):
        d = "direction"
        up, down = lex.pattern(d, "up"), lex.pattern(d, "down")
        q = lex.data["qualifiers"]
        quals = alternation(w.lower() for w in q["approx"] + q["at_least"] + q["at_most"])
        between = rf"(?:(?:{lex.pattern(d, 'by')}|{quals}){GAP}+)*"
        ci = regex.VERBOSE | regex.IGNORECASE
        # "increased by almost", "down", "went down practically by another": the change word right before.
        self.before = regex.compile(rf"(?<![\p{{L}}])(?:(?P<up>{up})|(?P<down>{down})){GAP}+{between}\Z", ci)
        # "by around": the amount of a change whose word stands earlier in the clause.
        self.by = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(lex.words(d, 'by_alone'))}){GAP}+(?:(?:{quals}){GAP}+)*\Z", ci)
        self.change_word = regex.compile(rf"(?<![\p{{L}}])(?:(?P<up>{up})|(?P<down>{down}))(?![\p{{L}}])", ci)
        self.clause = regex.compile(r"[^.!?;\n]*\Z")
        # "rose to nearly 680,000", "reached": the level a change arrives at.
        self.level = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(d, 'level')}){GAP}+(?:(?:{quals}){GAP}+)*\Z", ci)
        nouns = rf"(?P<up>{lex.pattern(d, 'up_nouns')})|(?P<down>{lex.pattern(d, 'down_nouns')})"
        # "a 4.5-percent rise", "10% annual growth".
        self.noun_after = regex.compile(rf"(?:{GAP}+|-)(?:\p{{L}}+{GAP}+)?(?:{nouns})(?![\p{{L}}])", ci)
        self.comparatives = lex.table(d, "after")
        self.comparative_after = regex.compile(rf"{GAP}*(?P<c>{alternation(self.comparatives)})(?![\p{{L}}])", ci)

    def attach(self, text: str, m: Match) -> None:
        """Set ``m.direction`` (and ``m.level`` for "to N" after a change)."""
        window = text[max(0, m.start - 120):m.start]
        found = self.before.search(window)
        if found:
            m.direction = "up" if found.group("up") else "down"
            return
        if self.level.search(window):
            m.level = True
            return
        if self.by.search(window):
            clause = self.clause.search(window)
            words = list(self.change_word.finditer(window, clause.start() if clause else 0))
            if words:
                m.direction = "up" if words[-1].group("up") else "down"
                return
        after = self.noun_after.match(text, m.end) or None
        if after:
            m.direction = "up" if after.group("up") else "down"
            return
        comp = self.comparative_after.match(text, m.end)
        if comp and m.unit != "count":
            m.direction = self.comparatives[comp.group("c").lower()] or None


@functools.lru_cache(maxsize=None)
def directions(lex: Lexicon) -> Directions:
    return Directions(lex)
