"""Match stage: find number expressions (digits, number words, fractions, multipliers) together
with the scale, unit, currency and range words around them. Spans only index the original text."""
from __future__ import annotations

import dataclasses
import functools
from decimal import Decimal
from typing import Iterator

import regex

from . import parse
from ..lang import GAP, Lexicon, alternation

HALF = Decimal("0.5")
SIGNED_CHANGES = frozenset({"percent", "pp", "count"})  # units whose "+5"/"-5" is the size of a change


@dataclasses.dataclass(slots=True)
class Match:
    """One number expression found in the text, filled in by the later stages."""

    start: int                    # the mention: currency sign, number, scale and unit
    end: int
    num_start: int                # the number itself
    num_end: int
    value: Decimal
    unit: str                     # percent, pp, times, count, an ISO 4217 code or a physical unit
    kind: str                     # digits, words, fraction, every, multiplier
    value_to: Decimal | None = None
    unit_start: int = -1          # the unit word, when there is one
    unit_end: int = -1
    sign: int = 1                 # -1 for "minus 5"
    scale_text: str = ""
    range_word: str = ""          # "-", "to", "and" between the two ends of a range
    qualifier: str = "exact"
    direction: str | None = None
    level: bool = False           # "to N" after a change: the level reached
    year: int | None = None
    since: int | None = None
    subject: str | None = None


def digits_pattern(lex: Lexicon) -> str:
    """Digits as the language writes them. Grouped thousands come first so "14,500" is one number;
    a mark that is also the decimal mark groups only when repeated ("6,174,777" but "119,6")."""
    d = lex.data["numbers"]["digits"]

    def chars(seps: list[str]) -> str:
        return "[" + "".join(f"\\u{ord(c):04x}" for c in seps) + "]"

    dec = chars(d["decimal"])
    single = [c for c in d["group"] if c not in d["decimal"]]
    double = [c for c in d["group"] if c in d["decimal"]]
    alternatives = []
    if double:
        alternatives.append(rf"\d{{1,3}}(?:{chars(double)}\d{{3}}){{2,}}(?!{dec}?\d)")
    if single:
        alternatives.append(rf"\d{{1,3}}(?:{chars(single)}\d{{3}})+(?:{dec}\d+)?")
    alternatives.append(rf"\d+(?:{dec}\d+)?")
    return "(?:" + "|".join(alternatives) + ")"


class Matcher:
    """The compiled patterns of one language and the scan that uses them."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        words = lex.spelled_number_words
        codes = alternation([c.lower() for c in lex.data["currencies"]["codes"]])
        joiners = alternation(lex.words("numbers", "joiners"))
        article = alternation(lex.words("numbers", "article_one"))
        words_alt = alternation(words)
        # The scan is one pattern per kind of number, each with a cheap first character, run on a
        # lower-cased copy of the text (one alternation of lower-case words is several times faster
        # than the same under IGNORECASE); the earliest match wins. ``_core`` gives the same
        # patterns under IGNORECASE, for matching at a given place of the original text.
        branches = {
            "digits": rf"""
                (?=\d)
                (?:(?<![\p{{L}}\p{{N}}_.,/:]|\p{{L}}-)    # not glued to a word or a number ("COVID-19", "v2", "1.2.3") ...
                  |(?<=(?<![\p{{L}}])(?:{codes})))   # ... unless the word is a currency code ("USD115")
                {digits_pattern(lex)}
                (?![\p{{N}}]|[./:,]\p{{N}})     # not part of a date, a time, a version or a list ("4.03.2026", "12:30")
            """,
            "words": rf"""
                \b(?:{words_alt})                 # whole words only
                (?:(?:{GAP}+(?:{joiners}{GAP}+)?(?:{article}{GAP}+)?|-)(?:{words_alt})){{0,12}}   # a spelled number is short
                \b
            """,
            "every": rf"""
                \b(?:{lex.pattern("fractions", "every")}){GAP}+(?:{lex.pattern("fractions", "ordinals")})\b
            """,
        }
        if lex.words("percent", "before_of"):
            branches["pctof"] = rf"""                      # "percent of 10": the number named after its unit
                \b(?:{lex.pattern("percent", "before_of")})
                (?<![\p{{L}}\p{{N}}%][\s\u00a0]*(?:{lex.pattern("percent", "before_of")}))
                {GAP}+(?:{alternation(lex.words("subject", "of"))}){GAP}+
                (?=\p{{N}}|(?:{words_alt})\b)
            """
        self.scan = [(kind, regex.compile(p, regex.VERBOSE)) for kind, p in branches.items()]
        self._branches = branches
        self._core_patterns: dict[str, regex.Pattern] = {}
        self.word_token = regex.compile(r"\p{L}+")

        cur = lex.data["currencies"]
        scale_words = alternation(lex.words("scales", "words"))
        scale_abbr = alternation(lex.words("scales", "abbreviations"))
        self.scale = regex.compile(rf"""
            (?:{GAP}|-)?
            (?P<scale>
                {scale_words}(?![\p{{L}}\p{{N}}])          # "million", "тысяч"
              | {scale_abbr}(?![\p{{L}}\p{{N}}])\.?      # "bn", "тыс." (an abbreviation keeps its full stop)
            )
        """, regex.VERBOSE | regex.IGNORECASE)
        self.money_only_scales = frozenset(lex.words("scales", "money_only"))
        self.symbols = {k: v for k, v in cur["symbols"].items()}
        self.codes = frozenset(c.upper() for c in cur["codes"])
        self.upper_only_codes = frozenset(c.upper() for c in cur["codes_uppercase_only"])
        self.currency_words = lex.table("currencies", "words")
        self.minor_words = lex.table("currencies", "minor")
        self.unit_forms = lex.table("units", "forms")
        self.weights = lex.table("units", "weights")
        self.letters_need_digits = frozenset(lex.words("units", "letters_need_digits"))
        self.not_before = lex.table("currencies", "not_before")
        symbols = alternation(cur["symbols"].keys())
        codes = alternation([c.lower() for c in cur["codes"]])
        self.unit = regex.compile(rf"""
            (?P<gap>{GAP}?-?{GAP}?)
            (?:
                (?P<points>{lex.pattern("percent", "points")})(?![\p{{L}}])
              | (?P<percent>{lex.pattern("percent", "after")})(?:(?<=%)|(?![\p{{L}}]))   # "20%year-on-year": a sign ends itself
              | (?P<times>{lex.pattern("multipliers", "after")})(?![\p{{L}}])
              | (?P<minor>{alternation(self.minor_words)})(?![\p{{L}}])
              | (?P<curword>{alternation(self.currency_words)})(?![\p{{L}}])
              | (?P<mcode>{regex.escape(cur["million_prefix"])}(?:{codes}))(?![\p{{L}}])
              | (?P<code>{codes})(?![\p{{L}}])
              | (?P<symbol>{symbols})
              | (?P<phys>{alternation(self.unit_forms)})(?![\p{{L}}\p{{N}}])
            )
        """, regex.VERBOSE | regex.IGNORECASE)
        glued_only = set(lex.words("currencies", "dollar_prefixes_glued_only"))
        spaced = alternation(w for w in lex.words("currencies", "dollar_prefixes") if w not in glued_only)
        self.prefix = regex.compile(rf"""
            (?:
                (?<![\p{{L}}])(?:(?P<dp>{spaced}){GAP}?|(?P<dp>{alternation(glued_only)}))\$   # "US$", "c $"; "A$" only glued
              | (?P<symbol>{symbols})
              | (?<![\p{{L}}])(?P<mcode>{regex.escape(cur["million_prefix"])}(?:{codes}))
              | (?<![\p{{L}}])(?P<code>{codes})
            )
            {GAP}?\Z
        """, regex.VERBOSE | regex.IGNORECASE)
        self.dollar_prefixes = lex.table("currencies", "dollar_prefixes")
        self.letter = regex.compile(r"\p{L}")
        # "minus 5"; or a sign glued to the number, "-1.9%" (the number follows: no look-ahead past the window)
        self.minus = regex.compile(rf"(?:(?<![\p{{L}}])(?:{lex.pattern('numbers', 'minus')}){GAP}+|(?<![\p{{L}}\p{{N}}])(?P<glued>[-−]))\Z", regex.IGNORECASE)
        self.allocation_verbs = frozenset(w.lower() for w in lex.words("subject", "allocation_verbs"))
        self.needs_before = frozenset(w.lower() for w in lex.words("multipliers", "needs_before"))
        self.times_comparative = regex.compile(rf"{GAP}+(?:{alternation(lex.table('multipliers', 'comparatives'))})(?![\p{{L}}])", regex.IGNORECASE)
        self.multiplier_before = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('multipliers', 'before')}){GAP}+\Z", regex.IGNORECASE)
        self.plus = regex.compile(r"(?<![\p{L}\p{N}])\+\Z")
        self.article = regex.compile(rf"(?<![\p{{L}}])(?:{article}){GAP}+\Z", regex.IGNORECASE)
        self.dashes = frozenset(w for w in lex.words("ranges", "dashes") if not w.isalpha())
        self.change_before = regex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern('direction', 'up')}|{lex.pattern('direction', 'down')})(?![\p{{L}}])[^.;:!?]*\Z",
            regex.IGNORECASE)
        dashes = alternation(lex.words("ranges", "dashes"))
        self.range_sep = regex.compile(rf"{GAP}*(?P<sep>{dashes}|{alternation(w[1] for w in lex.data['ranges']['between'])}){GAP}*", regex.IGNORECASE)
        self.bracket_open = regex.compile(rf"{GAP}*\[")
        self.and_a_half = regex.compile(rf"{GAP}+(?:{lex.pattern('numbers', 'and_a_half')})(?![\p{{L}}])", regex.IGNORECASE)
        # "5 and 10 percent", "3,9 и даже 4%": two figures, the first written without the unit both share
        self.coordination = regex.compile(
            rf"{GAP}*,?{GAP}+(?:{lex.pattern('words', 'coordinators')})(?:{GAP}+(?:{lex.pattern('words', 'hedges')}))?{GAP}+", regex.IGNORECASE)
        self.range_open = regex.compile(rf"(?<![\p{{L}}])(?P<open>{alternation(w[0] for w in lex.data['ranges']['between'])}){GAP}+\Z", regex.IGNORECASE)
        self.range_pairs = {a.lower(): b.lower() for a, b in lex.data["ranges"]["between"]}
        self.change_openers = frozenset(w.lower() for w in lex.words("ranges", "change_openers"))
        self.compound_part = regex.compile(rf"{GAP}+(?P<n>\d{{1,3}})(?![\p{{N}}]|[.,/:]\p{{N}})")
        self.noun_next = regex.compile(r"[ \t\u00a0]+\p{Ll}")
        self.next_word = regex.compile(r"[ \t\u00a0]+(\p{L}+)")
        self.function_words = frozenset(lex.words("words", "function"))
        self.out_of = regex.compile(rf"{GAP}+(?:{lex.pattern('fractions', 'out_of')}){GAP}+", regex.IGNORECASE)
        self.compound_minor = regex.compile(rf"{GAP}+(?:{joiners}{GAP}+)?", regex.IGNORECASE)
        # "6.570 trillion roubles, which is 1.107 trillion more": a difference in the unit of the figure before
        # (not "2 million more tonnes": a noun of its own)
        self.comparative_after = regex.compile(
            rf"{GAP}+(?:{alternation(lex.table('direction', 'after'))})(?![\p{{L}}])"
            rf"(?!{GAP}+(?!(?:{lex.pattern('time', 'comparison')})(?![\p{{L}}]))\p{{L}})", regex.IGNORECASE)
        self.sentence_end = regex.compile(r"[.!?](?:\s|\Z)|\n")
        # "chemicals – 4.1 percent, fertilisers – 4.2": a list item that names its own noun and leaves out the unit
        self.list_item = regex.compile(rf"{GAP}*[,;]{GAP}+(?:[\p{{L}}-]+{GAP}+){{0,5}}[\p{{L}}-]+{GAP}+[–—]{GAP}+")

    # ------------------------------------------------------------------ the scan

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Every number expression in text[start:end], left to right, none overlapping."""
        end = len(text) if end is None else end
        low = text.lower()
        if len(low) == len(text):
            scan = [(kind, p, low) for kind, p in self.scan]
        else:  # lower-casing changed the length (a rare character): scan the original text
            scan = [(kind, self._core(kind), text) for kind, _ in self.scan]
        ahead: dict[str, regex.Match | None] = {}
        pos = start
        last: Match | None = None
        money: Match | None = None   # the last amount of money
        while True:
            first = None
            for kind, pattern, subject in scan:
                m = ahead.get(kind, False)
                if m is False or m is not None and m.start() < pos:
                    m = ahead[kind] = pattern.search(subject, pos, end)
                if m is not None and (first is None or m.start() < first[1].start()):
                    first = (kind, m)
            if first is None:
                return
            match, pos = self._atom(text, first[0], first[1], end)
            if match is not None:
                match = self._range(text, match, end)
                self._list_unit(text, last, match)
                self._compared_unit(text, last, match)
                self._scaled_money(text, money, match)
                pos = max(pos, match.end)
                last = match
                money = match if is_money(match.unit) else money
                yield match

    def _core(self, kind: str) -> regex.Pattern:
        """The ``kind`` branch under IGNORECASE, compiled when first needed (compiling is most of start-up)."""
        if kind not in self._core_patterns:
            self._core_patterns[kind] = regex.compile(self._branches[kind], regex.VERBOSE | regex.IGNORECASE)
        return self._core_patterns[kind]

    def _core_match(self, text: str, pos: int, end: int) -> tuple[str, regex.Match] | None:
        """A number (digits or words) starting exactly at ``pos``."""
        for kind in ("digits", "words"):
            m = self._core(kind).match(text, pos, end)
            if m:
                return kind, m
        return None

    def _atom(self, text: str, kind: str, m: regex.Match, end: int) -> tuple[Match | None, int]:
        """The expression whose number ``m`` (a match of the ``kind`` branch) starts, and where the scan goes on."""
        if kind == "every":
            value = parse.every(m.group(), self.lex)
            match = Match(m.start(), m.end(), m.start(), m.end(), value, "percent", "every") if value else None
            return match, m.end()
        if kind == "pctof":
            found = self._number_at(text, m.end(), end)
            if not found:
                return None, m.end()
            value, stop = found
            return Match(m.start(), stop, m.end(), stop, value, "percent", "digits"), stop
        if kind == "digits":
            value = parse.digits(text[m.start():m.end()], self.lex)
            if value is None:
                return None, m.end()
            match = Match(m.start(), m.end(), m.start(), m.end(), value, "count", "digits")
        else:
            tokens = list(self.word_token.finditer(text, m.start(), m.end()))
            number, used = parse.words([t.group() for t in tokens], self.lex, self._before(text, m.start()))
            if number is None:
                return None, tokens[max(used, 1) - 1].end()
            num_end = tokens[used - 1].end()
            match = Match(m.start(), num_end, m.start(), num_end, number.value, "count", "words")
            if number.kind == "fraction":
                match.unit, match.kind = "percent", "fraction"
            elif number.kind == "multiplier":
                match.unit, match.kind = "times", "multiplier"
            if number.article:
                match.start = self.article.search(text, max(0, m.start() - 6), m.start()).start()
        if match.unit == "count" and match.value == match.value.to_integral_value():
            self._out_of(text, match, end)
        self._suffix(text, match, end)
        self._prefix(text, match)
        return match, match.end

    def _number_at(self, text: str, pos: int, end: int) -> tuple[Decimal, int] | None:
        """A plain number (digits or words, no unit) starting exactly at ``pos``, and where it ends."""
        found = self._core_match(text, pos, end)
        if not found:
            return None
        kind, m = found
        if kind == "digits":
            value = parse.digits(m.group(), self.lex)
            return (value, m.end()) if value is not None else None
        tokens = list(self.word_token.finditer(text, m.start(), m.end()))
        number, used = parse.words([t.group() for t in tokens], self.lex, "")
        if number is None or number.kind != "number":
            return None
        return number.value, tokens[used - 1].end()

    def _out_of(self, text: str, match: Match, end: int) -> None:
        """"one in five", "one out of five", "9 out of 10": a share, in percent."""
        gap = self.out_of.match(text, match.num_end, end)
        found = self._number_at(text, gap.end(), end) if gap else None
        if not found:
            return
        whole, stop = found
        if not match.value < whole <= 1000 or whole != whole.to_integral_value():
            return
        match.value = parse.percent_of(match.value, whole)
        match.unit, match.kind = "percent", "fraction"
        match.num_end = match.end = stop

    def _before(self, text: str, pos: int) -> str:
        """The word right before ``pos`` (lower case), for "a quarter", "a million"."""
        art = self.article.search(text, max(0, pos - 6), pos)
        return art.group().strip().lower() if art else ""

    # ------------------------------------------------------------------ around the number

    def _suffix(self, text: str, match: Match, end: int) -> None:
        """Scale, unit and currency after the number."""
        pos = match.num_end
        if match.kind == "digits" and match.value == match.value.to_integral_value():
            h = self.and_a_half.match(text, pos, end)
            if h:  # "10 and a half thousand", "2 с половиной миллиона"
                match.value += HALF
                match.num_end = pos = h.end()
        if match.kind in ("digits", "words"):
            s = self.scale.match(text, pos, end)
            if s:
                word = _scale_word(s)
                if (word not in self.money_only_scales or self._money_follows(text, s.end(), end)
                        or self._money_before(text, match.num_start) or self._glued_before_noun(text, match, s)):
                    match.value *= self.lex.scale_values[word]
                    match.scale_text = word
                    pos = self._compound_scale(text, match, s.end(), end)
        if match.kind == "every":
            return
        u = self.unit.match(text, pos, end)
        bracketed = False
        if not u:
            # "6,1 [процента]": an editor's insertion in a transcript names the unit the speaker left out
            b = self.bracket_open.match(text, pos, end)
            u = self.unit.match(text, b.end(), end) if b else None
            bracketed = bool(u) and text.startswith("]", u.end())
            u = u if bracketed else None
        if u and match.kind in ("fraction", "multiplier") and not (u.group("curword") or u.group("code") or u.group("mcode")):
            u = None  # "half percent" is not a thing; "half a million dollars" is handled as a number
        if u:
            unit, factor = self._unit(u, match, text)
            if unit == "times" and u.group("times").lower() in self.needs_before and not self._multiplies(text, match.start, u.end()):
                unit = None  # "применялось 3100 раз": the times something happened, a count
            if unit:
                match.unit = unit
                match.value *= factor
                match.unit_start, match.unit_end = u.start() + len(u.group("gap")), u.end()
                pos = u.end() + bracketed
                if unit == "times":
                    match.kind = "multiplier"
                if len(unit) == 3 and unit.isupper() and not match.scale_text:
                    # "75 USD million"
                    s = self.scale.match(text, pos, end)
                    if s and _scale_word(s) in self.lex.scale_words:
                        match.value *= self.lex.scale_values[_scale_word(s)]
                        match.scale_text = _scale_word(s)
                        pos = s.end()
                if (u.group("curword") or u.group("code") or u.group("symbol")) and len(unit) == 3:
                    pos = self._compound_money(text, match, pos, end)
        match.end = pos

    def _glued_before_noun(self, text: str, match: Match, s: regex.Match) -> bool:
        """"1.2m arrests", "14k cases": a scale letter glued to digits and followed by a counted noun."""
        if s.start("scale") != match.num_end or match.kind != "digits":
            return False
        w = self.next_word.match(text, s.end())
        return bool(w) and w.group(1).islower() and w.group(1).lower() not in self.function_words

    def _compound_scale(self, text: str, match: Match, pos: int, end: int) -> int:
        """"2 млн 300 тыс.", "21 тыс. 88 преступлений": smaller parts written after the scale word."""
        scale = self.lex.scale_values[match.scale_text]
        while True:
            m = self.compound_part.match(text, pos, end)
            part = parse.digits(m.group("n"), self.lex) if m else None
            if part is None or part != part.to_integral_value():
                return pos
            s = self.scale.match(text, m.end("n"), end)
            if s:
                smaller = self.lex.scale_values[_scale_word(s)]
                if smaller >= scale or part * smaller >= scale or _scale_word(s) in self.money_only_scales:
                    return pos
                match.value += part * smaller
                pos, scale = s.end(), smaller
                continue
            if scale == 1000 and part < 1000 and self.noun_next.match(text, m.end("n"), end):
                match.value += part
                return m.end("n")
            return pos

    def _unit(self, u: regex.Match, match: Match, text: str) -> tuple[str | None, Decimal]:
        one = Decimal(1)
        if u.group("points"):
            return "pp", one
        if u.group("percent"):
            word = u.group("percent").lower()
            if word in ("pc",) and match.kind != "digits":
                return None, one
            return "percent", one
        if u.group("times"):
            return "times", one
        if u.group("minor"):
            return self.minor_words[u.group("minor").lower()], Decimal("0.01")
        if u.group("curword"):
            word = " ".join(u.group("curword").lower().split())
            follow = self.not_before.get(word)
            if follow and regex.match(rf"{GAP}+{regex.escape(follow)}(?!\p{{L}})", text[u.end():u.end() + 10], regex.IGNORECASE):
                return ("phys:" + word if word in self.weights else None), one  # "five pounds of heroin" is a weight
            return self.currency_words[word], one
        if u.group("mcode"):
            code = self._code(u.group("mcode")[1:].upper(), u.group("mcode")[1:])
            return code, Decimal(1000000) if code else one
        if u.group("code"):
            return self._code(u.group("code").upper(), u.group("code")), one
        if u.group("symbol"):
            return self.symbols[u.group("symbol")], one
        if u.group("phys"):
            form = " ".join(u.group("phys").lower().split())
            if form in self.letters_need_digits and (match.kind != "digits" or "-" in u.group("gap") or
                                                      not u.group("phys").islower() and form != "t"
                                                      or 1900 <= match.value <= 2100):
                return None, one  # "5G", "2023 г." (a year): a letter is a unit only after a plain amount
            return "phys:" + form, one
        return None, one

    def _code(self, code: str, written: str) -> str | None:
        if code not in self.codes:
            return None
        if code in self.upper_only_codes and not written.isupper():
            return None
        return "CNY" if code == "RMB" else code

    def _money_follows(self, text: str, pos: int, end: int) -> bool:
        u = self.unit.match(text, pos, end)
        return bool(u and (u.group("curword") or u.group("code") or u.group("symbol") or u.group("mcode")))

    def _money_before(self, text: str, pos: int) -> bool:
        return bool(self.prefix.search(text, max(0, pos - 8), pos))

    def _compound_money(self, text: str, match: Match, pos: int, end: int) -> int:
        """"3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 USD 50": cents after the unit."""
        gap = self.compound_minor.match(text, pos, end)
        found = self._number_at(text, gap.end(), end) if gap else None
        if not found or match.scale_text:
            return pos
        value, stop = found
        if value >= 100 or value != value.to_integral_value() or self.letter.match(text, stop):
            return pos
        u = self.unit.match(text, stop, end)
        if u and u.group("minor"):
            stop = u.end()
        elif u or self.scale.match(text, stop, end):
            return pos  # "10 $ 30 $", "50 dollars 40 rmb": a second amount, not cents
        match.value += value / 100
        return stop

    def _prefix(self, text: str, match: Match) -> None:
        """Currency sign or code before the number, and a minus or plus sign."""
        start = match.start
        p = self.prefix.search(text, max(0, start - 8), start)
        if p:
            unit = None
            if p.group("dp"):
                unit = self.dollar_prefixes[p.group("dp").lower()]
            elif p.group("symbol"):
                unit = self.symbols[p.group("symbol")]
            elif p.group("mcode"):
                unit = self._code(p.group("mcode")[1:].upper(), p.group("mcode")[1:])
                if unit and match.unit == "count":
                    match.value *= 1000000
            elif p.group("code"):
                unit = self._code(p.group("code").upper(), p.group("code"))
            if unit and match.unit in ("count", unit) and match.kind in ("digits", "words"):
                match.unit = unit
                match.start = p.start()
                start = p.start()
        if match.kind == "multiplier":
            before = self.multiplier_before.search(text, max(0, start - 4), start)
            if before:
                match.start = start = before.start()  # "в два раза"
        minus = self.minus.search(text, max(0, start - 8), start)
        if minus:
            match.start = minus.start()
            if minus.group("glued") and match.unit in SIGNED_CHANGES:
                match.direction = "down"  # "-1.9%", "(-147)": a change written with its sign
            else:
                match.sign = -1           # "minus 5 degrees": a value below zero
        elif self.plus.search(text, max(0, start - 1), start):
            match.start = start - 1
            if match.unit in SIGNED_CHANGES:
                match.direction = "up"

    def _range(self, text: str, first: Match, end: int) -> Match:
        """Join "10-15%", "between 50 and 90 percent", "5,000 to 6,000", "200-250 billion rubles",
        "$2-3 billion" into one match. "fell from 494,100 to 470,100" stays two: a change goes from
        one level to the other (the first then takes the second's unit: "rose from 12 to 18 tons").
        Nothing about ``first`` changes unless the two make a range (or such a pair)."""
        if first.kind not in ("digits", "words") or _year_like(text, first):
            return first
        opener = self.range_open.search(text, max(0, first.start - 12), first.start)
        opened_by = opener.group("open").lower() if opener else ""
        if not opened_by and first.unit == "count":
            self._share_unit(text, first, end)
        sep = self.range_sep.match(text, first.end, end)
        if not sep:
            return first
        word = sep.group("sep").lower()
        change = False
        if word in self.range_pairs.values() and word not in self.dashes:
            if opened_by and self.range_pairs.get(opened_by) != word:
                return first
            if not opened_by and word != "to":
                return first  # "and" joins a range only after "between"
            change = bool(opened_by and (opened_by in self.change_openers
                                         or self.change_before.search(text, max(0, opener.start() - 60), opener.start())))
        found = self._core_match(text, sep.end(), end)
        if not found:
            return first
        second, _ = self._atom(text, *found, end)
        if second is None or second.kind not in ("digits", "words") or second.start != second.num_start \
                or _year_like(text, second):
            return first
        unit, value = first.unit, first.value
        if first.unit == "count" and second.unit != "count":
            w = self.next_word.match(text, first.end, end)
            if w and w.group(1).lower() not in self.function_words:
                return first  # "5 people to 6 percent": the first counts its own noun
            unit = second.unit
        elif second.unit == "count" and first.unit != "count" and word not in self.dashes:
            return first  # "by 30 percent to 680,000": a change, then a level
        if not first.scale_text and second.scale_text:
            value *= self.lex.scale_values[second.scale_text]
        second_unit = unit if second.unit == "count" else second.unit  # "$2-3 billion": one sign for both
        if second_unit != unit:
            return first
        if change or opened_by and second.value <= value:
            # "rose from 12 to 18 tons", "cutting the deficit from 2.9 trillion to 2.4 trillion roubles": a change
            # from one level to the other, two claims; the first takes the second's unit
            first.unit, first.value = unit, value
            return first
        if second.value <= value:
            return first
        first.unit, first.value = unit, value
        first.value_to = second.value
        first.range_word = word
        first.end = second.end
        first.unit_start, first.unit_end = second.unit_start, second.unit_end
        if opened_by and self.range_pairs.get(opened_by) == word:
            first.start = opener.start()
        return first


    def _list_unit(self, text: str, last: Match | None, match: Match) -> None:
        """"химическая промышленность – 4,1 процента, производство удобрений – 4,2": a bare figure
        of a list item takes the share of the item before it."""
        if last is None or last.unit not in ("percent", "pp") or last.kind == "multiplier" \
                or match.kind != "digits" or match.unit != "count" or match.scale_text or match.value_to is not None:
            return
        if self.list_item.fullmatch(text, last.end, match.start) and not self.noun_next.match(text, match.end):
            match.unit = last.unit

    def _scaled_money(self, text: str, money: Match | None, match: Match) -> None:
        """"... получит 11,3 млрд рублей, образование – 26,5 млрд, культура – 1,8 млрд": a bare figure with
        the scale of the sentence's amount of money, and no noun of its own, is money too."""
        if money is None or match.unit != "count" or not match.scale_text or match.scale_text != money.scale_text \
                or match.value_to is not None or self.sentence_end.search(text, money.end, match.start):
            return
        w = self.next_word.match(text, match.end)
        if w is None or w.group(1).lower() in self.function_words or w.group(1).lower() in self.allocation_verbs:
            match.unit = money.unit

    def _compared_unit(self, text: str, last: Match | None, match: Match) -> None:
        """"6.570 trillion roubles, which is 1.107 trillion more": a bare figure with a scale, compared
        with what the sentence measured in money, is money too."""
        if last is None or not is_money(last.unit) or match.unit != "count" or not match.scale_text or match.value_to is not None:
            return
        if self.comparative_after.match(text, match.end) and not self.sentence_end.search(text, last.end, match.start):
            match.unit = last.unit

    def _multiplies(self, text: str, start: int, end: int) -> bool:
        """Is "N раз" at start..end a multiplier: "в" before it or a comparative after it?"""
        return bool(self.multiplier_before.search(text, max(0, start - 4), start) or self.times_comparative.match(text, end))

    def _share_unit(self, text: str, first: Match, end: int) -> None:
        """"by 5 and 10 percent", "1 or 2 million": a bare first figure takes the unit and scale of
        the one it is coordinated with (the two stay two claims)."""
        co = self.coordination.match(text, first.end, end)
        found = self._core_match(text, co.end(), end) if co else None
        if not found:
            return
        second, _ = self._atom(text, *found, end)
        if second is None or second.kind not in ("digits", "words") or _year_like(text, second):
            return
        if not first.scale_text and second.scale_text:
            first.value *= self.lex.scale_values[second.scale_text]
            first.scale_text = second.scale_text
        if second.unit != "count":
            first.unit = second.unit


def is_money(unit: str) -> bool:
    """Is ``unit`` a currency (an ISO 4217 code) rather than a count, share, multiplier or quantity?"""
    return unit not in ("count", "percent", "pp", "times") and not unit.startswith("phys:")


def _year_like(text: str, m: Match) -> bool:
    """A bare four-digit number from 1900 to 2100 with nothing after it: most likely a year."""
    raw = text[m.num_start:m.num_end]
    return m.kind == "digits" and m.unit == "count" and not m.scale_text and raw.isdigit() and len(raw) == 4 \
        and 1900 <= int(raw) <= 2100


def _scale_word(found: regex.Match) -> str:
    """The scale word of a scale match, lower case, without an abbreviation's full stop."""
    return found.group("scale").lower().rstrip(".")


@functools.lru_cache(maxsize=None)
def matcher(lex: Lexicon) -> Matcher:
    """The (cached) matcher of a language."""
    return Matcher(lex)
