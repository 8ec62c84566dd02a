"""Resolve stage: drop the number expressions that are not claims (years, dates, times, labels,
durations, ordinals, rate denominators, pronouns) and keep the rest."""
from __future__ import annotations

import functools
from typing import Iterable, Iterator

import regex

from ..lang import GAP, Lexicon, alternation
from .scan import Match

_LETTER_AFTER = regex.compile(r"\p{L}")
# A phone number around a digit: "+7 (495) 606-36-02", "8-800-555-35-35", "(202) 555-0143".
_PHONE = regex.compile(r"""
    (?<![\p{N}])
    (?: \+?\d{1,3} [\s\-.]? )?
    (?: \(\d{2,5}\) | \d{3,5} ) [\s\-.]?
    \d{2,4} [\s\-.] \d{2,4} (?: [\s\-.] \d{2,4} )?
    (?![\p{N}])
""", regex.VERBOSE)
_URLISH = ("://", "www.", "@", ".ru/", ".com/", ".org/", "/")
_CLOCK = regex.compile(r"(\d{1,2})[.:](\d{2})")


class Resolver:
    """The rules of one language that tell a claim from a number that is not one."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        ci = regex.IGNORECASE
        nc = lex.data["not_claims"]
        self.designator = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(w.lower() for w in nc['designators'])}){GAP}*\Z", ci)
        self.time_zone = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('not_claims', 'time_zones')}){GAP}*[+−-]{GAP}*\Z", ci)
        self.rate = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('not_claims', 'rate_before')}){GAP}+\Z", ci)
        # "in 38 of the 44 forces": the second figure is the whole, not a claim of its own
        self.denominator = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}.,])\d(?:[\d,.]*\d)?{GAP}+(?:{lex.pattern('not_claims', 'denominator_before')}){GAP}+\Z", ci) \
            if lex.words("not_claims", "denominator_before") else None
        time_units = lex.pattern("not_claims", "time_units")
        self.time_after = regex.compile(rf"(?:{GAP}+|-|{GAP}*-{GAP}*)(?:{time_units})(?![\p{{L}}])", ci)
        self.time_before = regex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern('not_claims', 'time_before')}){GAP}+(?:{lex.pattern('direction', 'by_alone')}|{lex.pattern('qualifiers', 'approx')}){GAP}*\Z", ci)
        self.hyphen_word = regex.compile(r"-\p{L}")
        self.clock_before = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('not_claims', 'clock_before')}){GAP}+\Z", ci)
        self.street_after = regex.compile(
            rf"{GAP}+(?:\p{{Lu}}[\p{{L}}-]*{GAP}+){{1,2}}(?:{lex.pattern('not_claims', 'street_after')})(?![\p{{L}}])", ci)
        self.street_before = regex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern('not_claims', 'street_before')}){GAP}*(?:\p{{Lu}}[\p{{L}}-]*{GAP}*){{1,3}},?{GAP}*\Z", ci)
        self.rate_preposition = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('not_claims', 'rate_prepositions')}){GAP}+\Z", ci)
        scale = rf"(?:{alternation(lex.words('scales', 'abbreviations'))})\.?|{alternation(lex.scale_words)}"
        self.rate_noun = regex.compile(rf"(?:{GAP}+(?:{scale}))?{GAP}+(?:{lex.pattern('not_claims', 'rate_nouns')})(?![\p{{L}}])", ci)
        q = lex.data["qualifiers"]
        self.qualifier_after = regex.compile(
            rf"(?:{alternation(w.lower() for w in q['after_approx'] + q['after_at_least'] + q['after_at_most'])})(?![\p{{L}}])", ci)
        self.ordinal_after = regex.compile(rf"{GAP}*-?(?:{lex.pattern('not_claims', 'after')})(?![\p{{L}}])", ci)
        months = lex.pattern("time", "months")
        self.month_before = regex.compile(rf"(?<![\p{{L}}])(?P<m>{months}){GAP}*\Z", ci)
        self.month_after = regex.compile(rf"{GAP}+(?:of{GAP}+)?(?P<m>{months})(?![\p{{L}}])", ci)
        self.anaphoric = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('not_claims', 'anaphoric')}){GAP}+\Z", ci)
        self.next_word = regex.compile(rf"{GAP}*(?P<w>[\p{{L}}][\p{{L}}'’-]*)")
        self.function_words = frozenset(lex.words("words", "function"))
        self.count_modifiers = frozenset(lex.words("words", "count_modifiers"))
        self.pronoun_like = frozenset(lex.words("numbers", "pronoun_like"))
        fr = lex.data["fractions"]
        self.noun_after_fraction = not fr["bare_needs_after"]
        self.fraction_after = regex.compile(rf"{GAP}+(?:{alternation(fr['bare_needs_after'])})(?![\p{{L}}])", ci)
        self.fraction_before = regex.compile(
            rf"(?<![\p{{L}}])(?:{alternation(fr['bare_allowed_before'])}|{lex.pattern('direction', 'up')}|{lex.pattern('direction', 'down')}){GAP}+(?:(?:{lex.pattern('numbers', 'article_one')}){GAP}+)?\Z", ci)
        self.fraction_time_before = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(fr['time_before'])}){GAP}+(?:(?:{lex.pattern('numbers', 'article_one')}){GAP}+)?\Z", ci)
        self.fraction_time_after = regex.compile(
            rf"{GAP}+(?:of{GAP}+)?(?:(?:{lex.pattern('numbers', 'article_one')}|the){GAP}+)?(?:{time_units})(?![\p{{L}}])", ci)
        quals = alternation(w.lower() for w in q["approx"] + q["at_least"] + q["at_most"])
        change = rf"{lex.pattern('direction', 'up')}|{lex.pattern('direction', 'down')}|{lex.pattern('multipliers', 'verbs')}"
        self.change_in_clause = regex.compile(rf"(?<![\p{{L}}])(?:{change})(?![\p{{L}}])[^.!?;:\n]{{0,80}}\Z", ci)
        # "X has decreased almost twice (...), robberies – almost thrice": an elliptic clause (a noun and
        # a dash) shares the change of its sentence; a full stop inside "vs." or "approx." goes on.
        self.change_in_sentence = regex.compile(
            rf"(?<![\p{{L}}])(?:{change})(?![\p{{L}}])(?:[^.!?;\n]|\.(?![\s\u00a0]+\p{{Lu}})){{0,250}}\p{{L}}[\s\u00a0]*[–—][\s\u00a0]*(?:(?:{quals}){GAP}+)*\Z", ci)
        comparatives = alternation(lex.words("multipliers", "comparatives"))
        nouns = rf"{lex.pattern('direction', 'up_nouns')}|{lex.pattern('direction', 'down_nouns')}"
        self.change_after = regex.compile(rf"(?:{GAP}|-)*(?:(?:{comparatives})|(?:\p{{L}}+{GAP}+)?(?:{nouns}))(?![\p{{L}}])", ci)
        self.word_before = regex.compile(r"(?<![\p{L}\p{N}])(?P<w>\p{L}[\p{L}-]*)[ \u00a0]\Z")
        self.sentence_start = regex.compile(r"(?:^|[.!?:;\n]\s*[«\"“(]?\s*)\Z")
        self.counter_line = regex.compile(rf"\s*(?:\p{{L}}+{GAP}+)?\d+{GAP}+(?:{lex.pattern('subject', 'of')}){GAP}+\d+\s*")
        self.list_marker_after = regex.compile(r"[.)](?:\s|$)")

    def claims(self, text: str, matches: Iterable[Match]) -> Iterator[Match]:
        """The matches that are claims."""
        for m in matches:
            if self.is_claim(text, m):
                yield m

    def is_claim(self, text: str, m: Match) -> bool:
        if m.kind in ("digits", "words") and m.unit == "count":
            return self._count_is_claim(text, m)
        if m.kind == "fraction":
            return self._fraction_is_claim(text, m)
        if m.kind == "multiplier":
            return self._multiplier_is_claim(text, m)
        if m.kind == "every":
            return self._noun_follows(text, m.end)
        return not self._is_date(text, m) and not self._in_url(text, m) \
            and not self.designator.search(text, max(0, m.start - 30), m.start)   # "N 2км": a document's number

    # ------------------------------------------------------------------ counts

    def _count_is_claim(self, text: str, m: Match) -> bool:
        raw = text[m.num_start:m.num_end]
        if not m.scale_text and self._is_year(raw, m):
            return False
        if m.end < len(text) and _LETTER_AFTER.match(text, m.end):
            return False  # "5G", "21st", "1990s"
        before = text[max(0, m.start - 30):m.start]
        if self.designator.search(before) or self.rate.search(before):
            return False
        if self.time_zone.search(before):
            return False  # "UTC+3": a time zone
        if self.denominator is not None and not m.scale_text and self.denominator.search(before):
            return False
        if not m.scale_text and len(raw) == 2 and _YEAR_DASH.search(text, max(0, m.start - 5), m.start):
            return False  # "in 2012-17", "the 1994-98 average": the end of a span of years
        if self.time_after.match(text, m.end) or self.ordinal_after.match(text, m.end):
            return False
        if self.time_before.search(before):
            return False  # "минут на 40": an approximate time span
        if self.hyphen_word.match(text, m.end) and not self.qualifier_after.match(text, m.end):
            return False  # "30-летие", "a 35-member delegation": part of a word, not a count
        if self._is_date(text, m) or self._in_url(text, m) or self._is_label(text, m):
            return False
        if self._in_name(text, m) or self._is_clock(text, m, raw) or self._is_address(text, m) or self._is_rate_base(text, m):
            return False
        if m.kind == "digits" and raw.isdigit() and len(raw) >= 6 and not self._noun_follows(text, m.end):
            return False  # "125009": a postal code or an identifier, not a count
        if m.kind == "words":
            if raw.lower() in self.pronoun_like and not m.scale_text:
                return False
            if not m.scale_text and self.anaphoric.search(before):
                return False
            if not m.scale_text and not self._noun_follows(text, m.end):
                return False
        return True

    def _is_clock(self, text: str, m: Match, raw: str) -> bool:
        """"at 14.00", "в 14.00": a clock time written with a full stop."""
        clock = _CLOCK.fullmatch(raw)
        return bool(clock and int(clock.group(1)) < 24 and int(clock.group(2)) < 60
                    and self.clock_before.search(text, max(0, m.start - 20), m.start))

    def _is_address(self, text: str, m: Match) -> bool:
        """"38 Petrovka Street", "ул. Петровка, 38": a house number."""
        return bool(self.street_after.match(text, m.end) or self.street_before.search(text, max(0, m.start - 50), m.start))

    def _is_rate_base(self, text: str, m: Match) -> bool:
        """"на 100 тыс. населения": the denominator of a rate."""
        return bool(self.rate_preposition.search(text, max(0, m.start - 12), m.start) and self.rate_noun.match(text, m.end))

    def _in_name(self, text: str, m: Match) -> bool:
        """"телеканал «Россия 24»", "Windows 10": a bare number right after a capitalised word that
        counts nothing after it is part of a name."""
        if m.scale_text or self._noun_follows(text, m.end):
            return False
        word = self.word_before.search(text, max(0, m.start - 40), m.start)
        if not word or not word.group("w")[0].isupper():
            return False
        return not self.sentence_start.search(text, max(0, word.start() - 4), word.start())

    def _is_year(self, raw: str, m: Match) -> bool:
        """A bare four-digit number from 1900 to 2100 is a year ("in 2023", "the 2012 level")."""
        if m.kind != "digits" or not raw.isdigit() or len(raw) != 4 or not 1900 <= int(raw) <= 2100:
            return False
        return m.value_to is None or 1900 <= m.value_to <= 2100 or m.value_to < 100

    def _is_date(self, text: str, m: Match) -> bool:
        if m.kind != "digits" or m.scale_text or m.value != m.value.to_integral_value() or not 1 <= m.value <= 31:
            return False
        for found in (self.month_before.search(text, max(0, m.num_start - 12), m.num_start),
                      self.month_after.match(text, m.num_end)):
            if found and (found.group("m").lower() != "may" or found.group("m")[0].isupper()):
                return True
        return False

    def _in_url(self, text: str, m: Match) -> bool:
        left = text.rfind(" ", max(0, m.num_start - 200), m.num_start) + 1
        right = m.num_end
        while right < len(text) and right - m.num_end < 200 and not text[right].isspace():
            right += 1
        token = text[max(left, m.num_start - 200):right]
        return any(mark in token for mark in _URLISH) and not token.startswith(("(", "$")) or self._is_phone(text, m)

    def _is_phone(self, text: str, m: Match) -> bool:
        for p in _PHONE.finditer(text, max(0, m.num_start - 20), min(len(text), m.num_end + 20)):
            if p.start() <= m.num_start and m.num_end <= p.end() and p.group().count(" ") + p.group().count("-") >= 2:
                return True
        return False

    def _is_label(self, text: str, m: Match) -> bool:
        """List markers ("1. ", "(2)") and gallery counters ("1 of 3") are page furniture."""
        line_start = text.rfind("\n", 0, m.num_start) + 1
        line_end = text.find("\n", m.num_end)
        line_end = len(text) if line_end < 0 else line_end
        head = text[line_start:m.num_start].strip()
        if head in ("", "(") and self.list_marker_after.match(text, m.num_end):
            return True
        if self.counter_line.fullmatch(text, line_start, line_end):
            return True  # "1 of 3", "Photo 1 of 3"
        return m.value < 100 and not m.scale_text and self._is_footnote(text, m)

    def _is_footnote(self, text: str, m: Match) -> bool:
        """A note's mark: "(2)", "[1]", "< 1 >"."""
        before = text[max(0, m.num_start - 2):m.num_start].rstrip(" \u00a0")
        after = text[m.num_end:m.num_end + 2].lstrip(" \u00a0")
        return bool(before) and bool(after) and before[-1] + after[0] in ("()", "[]", "<>")

    # ------------------------------------------------------------------ fractions, multipliers

    def _fraction_is_claim(self, text: str, m: Match) -> bool:
        words = text[m.num_start:m.num_end].split()
        if len(words) > 1 or "-" in words[0] or m.range_word:
            return True  # "two-thirds", "one in five" say their share plainly
        before = text[max(0, m.start - 40):m.start]
        if self.fraction_time_before.search(before) or self.fraction_time_after.match(text, m.end):
            return False  # "the first half of 2023", "half a year"
        if self.noun_after_fraction:
            if self._noun_follows(text, m.end):
                return True  # "треть россиян"
        elif self.fraction_after.match(text, m.end):
            return True  # "half of the crimes"
        return bool(self.fraction_before.search(before))

    def _multiplier_is_claim(self, text: str, m: Match) -> bool:
        """"three times" is a claim next to a change or a comparison, not in "I said it three times"."""
        if self.change_after.match(text, m.end):
            return True
        return bool(self.change_in_clause.search(text, max(0, m.start - 100), m.start)
                    or self.change_in_sentence.search(text, max(0, m.start - 300), m.start))

    def _noun_follows(self, text: str, pos: int) -> bool:
        """Does a word that could be the counted noun follow ("six sections", "ten other entities")?"""
        w = self.next_word.match(text, pos)
        while w and w.group("w").lower() in self.count_modifiers:
            w = self.next_word.match(text, w.end())
        return bool(w) and w.group("w").lower() not in self.function_words and not self.time_after.match(text, pos)


_YEAR_DASH = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d[-–—/]\Z")


@functools.lru_cache(maxsize=None)
def resolver(lex: Lexicon) -> Resolver:
    """The (cached) resolver of a language."""
    return Resolver(lex)
