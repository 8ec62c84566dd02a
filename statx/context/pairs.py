"""Figures next to each other that share what only one of them says: "rose by 5 and 10 percent",
"1 percent and 1.7 percent increases in investment", "went up by a fifth (19%)"."""
from __future__ import annotations

import functools
from typing import Sequence

import regex

from ..lang import GAP, Lexicon
from ..numbers.scan import Match, is_money

_RESTATED = regex.compile(r"[ \t\u00a0]*\(")  # a figure in brackets right after another restates it


class Pairs:
    """The pairs of figures of one text."""

    def __init__(self, text: str, matches: Sequence[Match], lex: Lexicon):
        self.text = text
        self.lex = lex
        self.matches = matches
        patterns = _patterns(lex)
        self._share_of = patterns[1]
        self._listed, self._respectively, self._and = patterns[2:]
        # joined by "and"/"or", one unit: either may carry what both share
        self.coordinated = [(a, b) for a, b in zip(matches, matches[1:])
                            if a.unit == b.unit and not a.level and patterns[0].fullmatch(text, a.end, b.start)]
        # ... or by the comma of a list ("fell by 3%, 7% and 5%"): a change word, not a noun
        self.listed = [(a, b) for a, b in zip(matches, matches[1:])
                       if a.unit == b.unit and not a.level
                       and (patterns[0].fullmatch(text, a.end, b.start) or patterns[2].fullmatch(text, a.end, b.start))]
        # the second in brackets right after the first: it says the same in another form or currency
        # ("35.065 trillion rubles ($393 bln)")
        self.restated = [(a, b) for a, b in zip(matches, matches[1:])
                         if (a.unit == b.unit or is_money(a.unit) and is_money(b.unit))
                         and _RESTATED.fullmatch(text, a.end, b.start) and text.startswith(")", b.end)]

    def share_directions(self) -> None:
        """A change word next to one figure of a pair is the other's too."""
        for a, b in self.listed:
            a.direction = a.direction or b.direction
            if not b.direction and not self._share_of.match(self.text, b.end):
                b.direction = a.direction  # "rose by 5 and 10 percent", not "fell by 5% and 7% of thefts were solved"

    def share_out(self) -> None:
        """"Robberies and thefts fell by 7.6% and 5.3% respectively": the nouns of a shared subject go
        to the figures of the list in their order."""
        ms, i = self.matches, 0
        while i < len(ms):
            j = i
            while j + 1 < len(ms) and ms[j + 1].subject == ms[i].subject and self._listed.fullmatch(self.text, ms[j].end, ms[j + 1].start):
                j += 1
            if j > i and ms[i].subject and self._respectively.match(self.text, ms[j].end):
                nouns = [n.strip() for n in self._and.split(ms[i].subject) if n.strip()]
                if len(nouns) == j - i + 1:
                    for m, noun in zip(ms[i:j + 1], nouns):
                        m.subject = noun
            i = j + 1

    def one_time(self, attach_years) -> None:
        """Date a figure and its restatement in brackets as one: the time after the brackets is the
        first figure's ("35.065 trillion rubles ($393 bln) in 2024"). ``attach_years`` dates a list of
        figures; the first figure of each pair stands, for it, as far as the closing bracket."""
        ends = [(a, a.end) for a, _ in self.restated]
        for a, b in self.restated:
            a.end = b.end + 1
        try:
            attach_years([m for m in self.matches if all(m is not b for _, b in self.restated)])
        finally:
            for a, end in ends:
                a.end = end
        for a, b in self.restated:
            b.year, b.since = a.year, a.since

    def share_subjects(self) -> None:
        """The noun after a pair counts both; a restatement measures what the figure before it does."""
        for a, b in self.coordinated:
            if self._share_of.match(self.text, b.end):
                continue  # "fell by 5% and 7% of thefts were solved": the second is a share of its own
            if b.subject and (not a.subject or b.subject in self.text[b.end:b.end + 200].lower()):
                a.subject = b.subject  # the noun after the second figure is what both count
        for a, b in self.restated:
            b.direction, b.subject = b.direction or a.direction, a.subject


@functools.lru_cache(maxsize=None)
def _patterns(lex: Lexicon) -> tuple[regex.Pattern, ...]:
    joiner = regex.compile(
        rf"{GAP}*,?{GAP}+(?:{lex.pattern('words', 'coordinators')})(?:{GAP}+(?:{lex.pattern('words', 'hedges')}))?{GAP}+",
        regex.IGNORECASE)
    share_of = regex.compile(rf"{GAP}+(?:{lex.pattern('subject', 'of')})(?![\p{{L}}])", regex.IGNORECASE)  # "7% of thefts"
    coordinators = lex.pattern('words', 'coordinators')
    listed = regex.compile(rf"{GAP}*(?:,{GAP}*(?:(?:{coordinators}){GAP}+)?|{GAP}(?:{coordinators}){GAP}+)", regex.IGNORECASE)
    respectively = regex.compile(rf"{GAP}*,?{GAP}*(?:{lex.pattern('words', 'respectively')})(?![\p{{L}}])", regex.IGNORECASE)
    nouns_and = regex.compile(rf",|{GAP}(?:{lex.pattern('subject', 'np_and')}){GAP}", regex.IGNORECASE)  # "robberies and thefts"
    return joiner, share_of, listed, respectively, nouns_and
