"""The compiled patterns and word tables of one language that the number stage uses."""
from __future__ import annotations

import functools

import regex

from ..lang import GAP, Lexicon, alternation


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


def _branches(lex: Lexicon) -> dict[str, str]:
    """One pattern per way of writing a number, each with a cheap first character."""
    words_alt = alternation(lex.spelled_number_words)
    codes = alternation([c.lower() for c in lex.data["currencies"]["codes"]])
    joiners = alternation(lex.words("numbers", "joiners"))
    article = alternation(lex.words("numbers", "article_one"))
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
    if lex.words("percent", "before_of"):   # no such words, no such pattern
        branches["pctof"] = rf"""                      # "percent of 10": the number named after its unit
            \b(?:{lex.pattern("percent", "before_of")})
            (?<![\p{{L}}\p{{N}}%][\s\u00a0]*(?:{lex.pattern("percent", "before_of")}))
            {GAP}+(?:{alternation(lex.words("subject", "of"))}){GAP}+
            (?=\p{{N}}|(?:{words_alt})\b)
        """
    return branches


class NumberPatterns:
    """The patterns of one language for numbers and the words around them."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        ci = regex.VERBOSE | regex.IGNORECASE
        # The scan runs on a lower-cased copy of the text (one alternation of lower-case words is
        # several times faster than the same under IGNORECASE); the earliest match wins. ``core``
        # gives the same patterns under IGNORECASE, for matching at a given place of the original text.
        self._branches = _branches(lex)
        self.scan = [(kind, regex.compile(p, regex.VERBOSE)) for kind, p in self._branches.items()]
        self._core: dict[str, regex.Pattern] = {}
        self.word_token = regex.compile(r"\p{L}+")
        self.function_words = frozenset(lex.words("words", "function"))
        self._scales(lex, ci)
        self._units(lex, ci)
        self._around(lex, ci)
        self._ranges(lex, ci)

    def core(self, kind: str) -> regex.Pattern:
        """The ``kind`` branch under IGNORECASE, compiled when first needed (compiling is most of start-up)."""
        if kind not in self._core:
            self._core[kind] = regex.compile(self._branches[kind], regex.VERBOSE | regex.IGNORECASE)
        return self._core[kind]

    def _scales(self, lex: Lexicon, ci: int) -> None:
        self.scale = regex.compile(rf"""
            (?:{GAP}|-)?
            (?P<scale>
                {alternation(lex.words("scales", "words"))}(?![\p{{L}}\p{{N}}])          # "million", "тысяч"
              | {alternation(lex.words("scales", "abbreviations"))}(?![\p{{L}}\p{{N}}])\.?   # "bn", "тыс." (an abbreviation keeps its full stop)
            )
        """, ci)
        self.money_only_scales = frozenset(lex.words("scales", "money_only"))
        self.and_a_half = regex.compile(rf"{GAP}+(?:{lex.pattern('numbers', 'and_a_half')})(?![\p{{L}}])", ci)
        self.compound_part = regex.compile(rf"{GAP}+(?P<n>\d{{1,3}})(?![\p{{N}}]|[.,/:]\p{{N}})")
        self.noun_next = regex.compile(r"[ \t\u00a0]+\p{Ll}")
        self.next_word = regex.compile(r"[ \t\u00a0]+(\p{L}+)")

    def _units(self, lex: Lexicon, ci: int) -> None:
        cur = lex.data["currencies"]
        self.symbols = dict(cur["symbols"])
        self.codes = frozenset(c.upper() for c in cur["codes"])
        self.upper_only_codes = frozenset(c.upper() for c in cur["codes_uppercase_only"])
        self.code_aliases = {k.upper(): v for k, v in cur["aliases"].items()}
        self.currency_words = lex.table("currencies", "words")
        self.minor_words = lex.table("currencies", "minor")
        self.unit_forms = lex.table("units", "forms")
        self.weights = lex.table("units", "weights")
        self.letters_need_digits = frozenset(lex.words("units", "letters_need_digits"))
        self.percent_after_digits_only = frozenset(lex.words("percent", "after_digits_only"))
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
        """, ci)
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
        """, ci)
        self.dollar_prefixes = lex.table("currencies", "dollar_prefixes")
        self.bracket_open = regex.compile(rf"{GAP}*\[")
        self.compound_minor = regex.compile(rf"{GAP}+(?:{alternation(lex.words('numbers', 'joiners'))}{GAP}+)?", ci)
        self.letter = regex.compile(r"\p{L}")

    def _around(self, lex: Lexicon, ci: int) -> None:
        self.minus = regex.compile(
            rf"(?:(?<![\p{{L}}])(?:{lex.pattern('numbers', 'minus')}){GAP}+|(?<![\p{{L}}\p{{N}}])(?P<glued>[-−]))\Z", ci)
        self.plus = regex.compile(r"(?<![\p{L}\p{N}])\+\Z")
        self.article = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(lex.words('numbers', 'article_one'))}){GAP}+\Z", ci)
        self.allocation_verbs = frozenset(lex.words("subject", "allocation_verbs"))
        self.needs_before = frozenset(lex.words("multipliers", "needs_before"))
        self.times_comparative = regex.compile(
            rf"{GAP}+(?:{alternation(lex.table('multipliers', 'comparatives'))})(?![\p{{L}}])", ci)
        self.multiplier_before = regex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('multipliers', 'before')}){GAP}+\Z", ci)
        self.out_of = regex.compile(rf"{GAP}+(?:{lex.pattern('fractions', 'out_of')}){GAP}+", ci)
        # "6.570 trillion roubles, which is 1.107 trillion more": a difference in the unit of the figure
        # before (not "2 million more tonnes": a noun of its own)
        self.comparative_after = regex.compile(
            rf"{GAP}+(?:{alternation(lex.table('direction', 'after'))})(?![\p{{L}}])"
            rf"(?!{GAP}+(?!(?:{lex.pattern('time', 'comparison')})(?![\p{{L}}]))\p{{L}})", ci)
        self.sentence_end = regex.compile(r"[.!?](?:\s|\Z)|\n")
        # "chemicals – 4.1 percent, fertilisers – 4.2": a list item that names its own noun and leaves out the unit
        self.list_item = regex.compile(rf"{GAP}*[,;]{GAP}+(?:[\p{{L}}-]+{GAP}+){{0,5}}[\p{{L}}-]+{GAP}+[–—]{GAP}+")

    def _ranges(self, lex: Lexicon, ci: int) -> None:
        r = lex.data["ranges"]
        self.dashes = frozenset(w for w in lex.words("ranges", "dashes") if not w.isalpha())
        self.change_before = regex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern('direction', 'up')}|{lex.pattern('direction', 'down')})(?![\p{{L}}])[^.;:!?]*\Z", ci)
        self.range_sep = regex.compile(
            rf"{GAP}*(?P<sep>{alternation(lex.words('ranges', 'dashes'))}|{alternation({w[1] for w in r['between']})}){GAP}*", ci)
        # "5 and 10 percent", "3,9 и даже 4%": two figures, the first written without the unit both share
        self.coordination = regex.compile(
            rf"{GAP}*,?{GAP}+(?:{lex.pattern('words', 'coordinators')})(?:{GAP}+(?:{lex.pattern('words', 'hedges')}))?{GAP}+", ci)
        self.range_open = regex.compile(rf"(?<![\p{{L}}])(?P<open>{alternation({w[0] for w in r['between']})}){GAP}+\Z", ci)
        self.range_pairs: dict[str, frozenset[str]] = {}   # the word that opens a range -> the words that join its ends
        for a, b in r["between"]:
            self.range_pairs[a.lower()] = self.range_pairs.get(a.lower(), frozenset()) | {b.lower()}
        self.range_words = frozenset(w for ws in self.range_pairs.values() for w in ws)
        self.range_alone = frozenset(lex.words("ranges", "joins_alone"))
        self.change_openers = frozenset(lex.words("ranges", "change_openers"))


@functools.lru_cache(maxsize=None)
def number_patterns(lex: Lexicon) -> NumberPatterns:
    """The (cached) number patterns of a language."""
    return NumberPatterns(lex)
