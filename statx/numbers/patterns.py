"""The compiled patterns and word tables of one language that the number stage uses."""
from __future__ import annotations

import functools
from typing import Iterable, NamedTuple

import regex

from ..lang import COMMA_BLANK, COMMA_GAP, GAP, Lexicon, cldr, unrequired
from ..text.prefilter import EndAnchored, Prefilter
from .parse import VULGAR


class UnitMatch(NamedTuple):
    """A unit after a number: its kind (a group name of ``NumberPatterns.unit``, or "curword" for a
    currency name), as written, where it starts and ends, and the space or hyphen before it."""
    kind: str
    written: str
    start: int
    end: int
    gap: str


# Kinds the unit pattern tries before currency names; the others (units, codes, symbols) come after.
BEFORE_NAMES = frozenset({"bps", "points", "percent", "times", "minor"})


def digits_pattern(lex: Lexicon) -> str:
    """Digits as the language writes them. Grouped thousands come first so "14,500" is one number;
    a mark that is also the decimal mark groups only when repeated ("6,174,777" but "119,6"); a
    decimal mark that is no group mark, repeated, is one token that only money reads ("€1.250.000";
    parse.digits gives None for it); Indian grouping by two ("3,89,529") where the language lists
    its mark, which then cannot be a decimal mark or a list of numbers; a group mark typed with a
    space after it ("173, 140 cases") where the language lists it as ``spaced``, a decimal comma typed with a space after
    it ("70, 3 тыс.") where it lists it as ``spaced_decimal``; a group mark as a decimal
    comma before one or two digits and a percent or unit ("0,89%") where it lists it as ``short_decimal``; groups two
    or three blanks apart, as a justified text spaces them, before a scale or unit the language lists as
    ``justified_before`` ("14  961  990,0тыс. рублей")."""
    d = lex.data["numbers"]["digits"]

    def chars(seps: list[str]) -> str:
        return "[" + "".join(f"\\u{ord(c):04x}" for c in seps) + "]"

    dec = chars(d["decimal"])
    single = [c for c in d["group"] if c not in d["decimal"]]
    double = [c for c in d["group"] if c in d["decimal"]]
    # both marks in one number, in any language: the last the decimal mark, the other grouping ("23.900,4", "1,234.5");
    # not before three digits, where both group ("3.938,625" arrivals)
    alternatives = [r"\d{1,3}(?:\.\d{3})+,(?:\d{1,2}|\d{4,})(?![\p{N}]|[.,]\p{N})",
                    r"\d{1,3}(?:,\d{3})+\.(?:\d{1,2}|\d{4,})(?![\p{N}]|[.,]\p{N})"]
    if d["short_decimal"]:   # "0,89%", "by 1,07 units": a group mark before one or two digits and a percent or unit is a decimal comma
        # (the lookahead first: at most digits it fails on the first mark, and the lookbehind is not tried)
        alternatives.append(rf"(?=\d+{chars(d['short_decimal'])}\d{{1,2}}(?![\p{{N}}]|[,.]\p{{N}})"
                            rf"[ \u00a0]?(?:{lex.alternation(lex.words('numbers', 'short_decimal_before'))})(?![\p{{L}}]))"
                            rf"(?<![\p{{N}},.])\d+{chars(d['short_decimal'])}\d{{1,2}}")
    if d["spaced_decimal"]:   # "70, 3 тыс. рублей", "на 0, 25%": a decimal comma typed with a space after it, before a percent
        # or a scale; not a list's ("2, 3 и 5%": the lookbehind keeps a number and its comma out)
        alternatives.append(rf"(?=\d{{1,3}}{chars(d['spaced_decimal'])}[ ]\d{{1,2}}[ \u00a0]?(?:{lex.alternation(lex.words('numbers', 'spaced_decimal_before'))})(?![\p{{L}}]))"
                            rf"(?<![\p{{N}},.]|[\p{{N}}][,.][ ])\d{{1,3}}{chars(d['spaced_decimal'])}[ ]\d{{1,2}}")
    if d["spaced_decimal"] and lex.words("numbers", "spaced_decimal_scales"):   # "1, 108 млн человек": three digits too, before a scale
        alternatives.append(rf"(?=\d{{1,3}}{chars(d['spaced_decimal'])}[ ]\d{{3}}[ \u00a0]?(?:{lex.pattern('numbers', 'spaced_decimal_scales')})(?![\p{{L}}]))"
                            rf"(?<![\p{{N}},.]|[\p{{N}}][,.][ ])\d{{1,3}}{chars(d['spaced_decimal'])}[ ]\d{{3}}")
    if d["spaced"]:   # "from 173, 140 cases", "stood at 60, 401, an increase": a group mark typed with a space after it, one pair of
        # groups before a word, a comma and a word, or the line's end ("Population reaches 720, 956")
        months, joined = lex.alternation(lex.words("time", "months")), lex.alternation(lex.words("words", "coordinators"))
        # not a list ("5, 120 and 200", "10, 120, 300"), a date's day ("November 15, 471 died") or a whole ("of the 12, 140 were")
        alternatives.append(rf"(?=\d{{1,3}}{chars(d['spaced'])}[ ]\d{{3}}(?![\p{{N}}]|,[ ]?\d|[ ](?:{joined})[ ]\d)(?:[ ]\p{{Ll}}|,[ ]\p{{L}}|[ \t]*(?:\n|\Z)))"
                            rf"(?<![\p{{N}},.][ ]?)(?<!(?i:{months})\.?[ \t\u00a0]+)(?<!(?i:of[ ]the|than)[ ])\d{{1,3}}{chars(d['spaced'])}[ ]\d{{3}}")
    if lex.words("numbers", "justified_before"):   # "14  961  990,0тыс. рублей": a justified text's groups, two or three blanks
        # apart, only before a scale or unit (a table's cells "14  961" stand so too, with no unit after)
        alternatives.append(rf"\d{{1,3}}(?:[ ]{{2,3}}\d{{3}})+(?:{dec}\d+)?(?=[ \u00a0]*(?:{lex.alternation(lex.words('numbers', 'justified_before'))})(?![\p{{L}}]))")
    if d["lakh"]:   # lakh and crore: "3,89,529", "12,34,567.89" (groups of two, then a last three)
        alternatives.append(rf"\d{{1,2}}(?:{chars(d['lakh'])}\d{{2}})+{chars(d['lakh'])}\d{{3}}(?:{dec}\d+)?")
    for mark in double + [c for c in d["decimal"] if c not in d["group"]]:
        alternatives.append(rf"\d{{1,3}}(?:{chars([mark])}\d{{3}}){{2,}}(?!{dec}?\d)")
    # one mark for all of a number's groups: "204,274 168,281" is two cells of a table, not one number (blanks of
    # every width are one mark: a text may mix no-break and plain spaces)
    blanks = [c for c in single if c.isspace()]
    for marks in [[c] for c in single if not c.isspace()] + ([blanks] if blanks else []):
        alternatives.append(rf"\d{{1,3}}(?:{chars(marks)}\d{{3}})+(?:{dec}\d+)?")
    if lex.words("numbers", "leading_point_before"):   # ".9%": a decimal with no whole part, before a percent only
        alternatives.append(rf"(?<![\p{{N}}.,])\.\d+(?=[ \u00a0]?(?:{lex.alternation(lex.words('numbers', 'leading_point_before'))})(?![\p{{L}}]))")
    alternatives.append(rf"\d+(?:{dec}\d+)?")
    return "(?:" + "|".join(alternatives) + ")"


def glued_signs(lex: Lexicon) -> list[str]:
    """The codes and signs of letters a number may be glued to ("USD115", "Kshs448", "RM13.50"), in lower case."""
    cur = lex.data["currencies"]
    return lex.words("currencies", "codes_lowercase") + sorted(
        {s.lower() for s in [*cur["symbols"], *cur["letter_signs"], *cur["glued_symbols"]] if s[0].isalpha()})


def glued_caps(lex: Lexicon) -> list[str]:
    """The other ISO codes a number of three digits or more may be glued to when written in capitals ("MOP1,583",
    "QAR500"), in lower case: not "AMD64", nor most codes that are also words or names ("TOP100", "COP28")."""
    cur = lex.data["currencies"]
    words = set(cur["codes_also_words"]) - set(cur["codes_glued"])
    return sorted({c.lower() for c in cldr.load()["codes"]} - {*glued_signs(lex), *words, *cur["codes_as_names"]})   # ("Rwf1.3": a sign)


def _branches(lex: Lexicon) -> dict[str, str]:
    """One pattern per way of writing a number, each with a cheap first character."""
    words_alt = lex.alternation(lex.spelled_number_words)
    glued = glued_signs(lex)
    joiners = lex.alternation(lex.words("numbers", "joiners") + lex.words("numbers", "decimal_and"))   # "целых и одна десятая"
    article = lex.alternation(lex.words("numbers", "article_one"))
    # (scale abbreviations of three letters or more: "сумме16896485,5 тыс. рублей"; not "m" or "k")
    glued_units = lex.alternation(lex.words("percent", "after") + lex.words("scales", "words")
                                  + [w for w in lex.table("scales", "abbreviations") if len(w) >= 3])
    abbreviated = lex.alternation(w for w in lex.words("qualifiers", "approx") if w.endswith("."))
    suffixes = lex.alternation(lex.table("currencies", "dollar_suffixes"))
    branches = {
        "digits": rf"""
            (?=\d|\.\d)                 # a digit, or the point of ".9%" (digits_pattern)
            (?:(?<![\p{{L}}\p{{N}}_.,/:]|\p{{L}}-|\p{{L}}\p{{N}}{{1,3}}-)    # not glued to a word or a number ("COVID-19", "v2", "1.2.3", "DDR4-2400") ...
              |(?<=(?<![\p{{L}}])(?:{lex.alternation(glued)}))   # ... unless it is a common currency code or symbol ("USD115", "Rs.300", "Kshs448")
              |(?<=(?<![\p{{L}}])(?:{"|".join(glued_caps(lex))}))(?=\d{{3}}|\d{{1,3}}[,.]\d{{3}})   # ... or another code, in capitals (atoms.py): "MOP1,583"
              |(?<=\$(?:{suffixes}))   # ... or "$" and a country's capitals ("$US139.70"; the scan reads lower case, money.py the capitals)
              |(?<=(?<![\p{{L}}])(?:{abbreviated}))   # ... or an abbreviated qualifier ("c.44k", "ca.300")
              |(?<=(?<![\p{{L}}])(?:{lex.pattern('numbers', 'minus')})-)   # ... or a minus word's hyphen ("minus-1.6%")
              |(?<=\p{{Ll}}\p{{Ll}})(?=\d[\d.,]*[ ]?(?:%|(?:{glued_units})(?![\p{{L}}])))   # ... or text that lost its spaces ("increased1%", "almost1.9million")
              |(?<=[.…]{{3}})(?=\d))   # ... or a dot leader between a label and its value ("Labour force……….20,300")
            {digits_pattern(lex)}
            (?:[{"".join(VULGAR)}](?![\p{{N}}]))?   # a fraction character after a whole number: "3¼%"
            (?![\p{{N}}]|[./:,]\p{{N}})     # not part of a date, a time, a version or a list ("4.03.2026", "12:30")
        """,
        "words": rf"""
            \b(?:{words_alt})                 # whole words only
            (?:(?:{GAP}+(?:{joiners}{GAP}+)?(?:{article}{GAP}+)?|-(?:(?:{joiners})-)?(?:(?:{article})-)?)(?:{words_alt})){{0,12}}   # a spelled number is short ("one-and-a-half")
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
            {GAP}+(?:{lex.alternation(lex.words("subject", "of"))}){GAP}+
            (?=\p{{N}}|(?:{words_alt})\b)
        """
    return branches


def _words_alternation(lex: Lexicon, key: str) -> str:
    """One of the [units] words ``key`` as a whole word (none: a pattern that never matches)."""
    words = lex.words("units", key)
    return rf"(?<![\p{{L}}])(?:{lex.alternation(words)})(?![\p{{L}}])" if words else "(?!)"


class Home(NamedTuple):
    """The countries whose money a bare form of one currency may mean (numbers/money.py, home_currency)."""

    codes: dict[str, str]        # a country's name, lower case, and its currency's code
    default: Prefilter           # the names of the country the bare form means by default, in lower-case text
    others: Prefilter            # the names of the other countries
    bare: frozenset[str]         # the currency's bare forms ("$", "dollars", "руб.")
    continent_before: regex.Pattern   # a continent's name in a list right before a name ("Africa, America"): a region's
    capitals: frozenset[str]     # the names, lower case, counted only where the text writes them all in capitals ("ACT", not "Act")
    regions: frozenset[str]      # the names, lower case, of a country's states and provinces ("Manitoba"): each counts twice


def _home(lex: Lexicon, code: str, countries: dict[str, str], bare: Iterable[str], regions: Iterable[str]) -> Home:
    """The Home of one currency's countries: the names of the country the bare form means by default
    and of the others, each looked for in the lower-case text by RE2 first."""
    def names(keys: Iterable[str]) -> Prefilter:
        source = rf"(?:{lex.alternation(keys)})(?![\p{{L}}])"   # the word before is checked by the caller: a literal first scans fast
        return Prefilter(lex.compile(source), source)

    codes = {k.lower(): v for k, v in countries.items()}
    continents = lex.words("currencies", "continents")
    continent_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(continents)}){GAP}*(?:,|{GAP}(?:{lex.pattern('subject', 'np_and')})){GAP}+\Z"
                                   if continents else "(?!)", regex.IGNORECASE)
    return Home(codes, names(k for k, v in codes.items() if v == code), names(k for k, v in codes.items() if v != code),
                frozenset(w.lower() for w in bare), continent_before, frozenset(k.lower() for k in countries if k.isupper()),
                frozenset(r for r in regions if r in codes))


class Signs(NamedTuple):
    """The countries whose money a letter sign is (numbers/money.py, letter_signs)."""

    codes: dict[str, str]        # a country's name, lower case, and its currency's code
    names: Prefilter             # the names, in lower-case text


def _signed(lex: Lexicon, countries: dict[str, str]) -> Signs:
    """The Signs of one letter sign: its countries' names, looked for in the lower-case text by RE2 first."""
    source = rf"(?:{lex.alternation(countries)})(?![\p{{L}}])"
    return Signs({k.lower(): v for k, v in countries.items()}, Prefilter(lex.compile(source), source))


class NumberPatterns:
    """The patterns of one language for numbers and the words around them."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        ci = regex.VERBOSE | regex.IGNORECASE
        # The scan runs on a lower-cased copy of the text (one alternation of lower-case words is
        # several times faster than the same under IGNORECASE); the earliest match wins. ``core``
        # gives the same patterns under IGNORECASE, for matching at a given place of the original text.
        self._branches = _branches(lex)
        self.glued_caps = frozenset(glued_caps(lex))
        # (kind, pattern, fast scan): spelled numbers are looked for at every letter, so RE2 finds
        # where they may be (text/prefilter.py); digits and the rest are found as fast by regex alone
        self.scan = []
        for kind, source in self._branches.items():
            pattern = lex.compile(source, regex.VERBOSE)
            self.scan.append((kind, pattern, Prefilter(pattern, source, regex.VERBOSE) if kind == "words" else None))
        self._core: dict[str, regex.Pattern] = {}
        self.word_token = lex.compile(r"\p{L}+")
        self.function_words = frozenset(lex.words("words", "function"))
        self.length_after = frozenset(lex.words("units", "length_after"))
        # "6. 8 trillion rubles": a decimal point with a stray space after it, before a scale or a unit
        unit_ahead = lex.alternation(lex.words("scales", "words") + lex.words("scales", "abbreviations")
                                 + lex.words("percent", "after") + lex.words("multipliers", "after"))
        self.broken_decimal = lex.compile(rf"(?<![\p{{N}}.,])\d{{1,3}}\.[ ]\d{{1,3}}(?![\p{{N}}])(?=[ ]?(?:{unit_ahead})(?![\p{{L}}]))", ci)
        self.broken_tail = lex.compile(rf"\.[ ](\d{{1,3}})(?![\p{{N}}])(?=[ ]?(?:{unit_ahead})(?![\p{{L}}]))", ci)
        self.month_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'months')})\.?{GAP}+\Z", ci)
        self.day_after_month = bool(lex.data["dates"]["day_after_month"])
        self.month_after = lex.compile(rf"{GAP}+(?:{lex.pattern('time', 'months')})(?![\p{{L}}])", ci)   # "5 тыс. 12 марта": a date
        self._scales(lex, ci)
        self._units(lex, ci)
        self._around(lex, ci)
        self._ranges(lex, ci)

    def core(self, kind: str) -> regex.Pattern:
        """The ``kind`` branch under IGNORECASE, compiled when first needed (compiling is most of start-up)."""
        if kind not in self._core:
            self._core[kind] = self.lex.compile(self._branches[kind], regex.VERBOSE | regex.IGNORECASE)
        return self._core[kind]

    def _scales(self, lex: Lexicon, ci: int) -> None:
        glued_alone = lex.alternation(lex.words("scales", "glued_alone"))
        # (nor, where the language says so, the full stop of a sentence it ends: "rose to $361m." is "$361m")
        final_stop = "" if lex.data["scales"]["final_stop_kept"] else r"(?![ \t\u00a0]*(?:\r?\n|\Z)|[ \t\u00a0]+(?-i:[\p{Lu}\"“«(]))"
        self.scale = lex.compile(rf"""
            (?:{GAP}{{1,3}}|-)?                                                               # (typed spaces may double: "34  миллиарда")
            (?P<scale>
                {lex.alternation(lex.words("scales", "words"))}(?![\p{{L}}\p{{N}}])          # "million", "тысяч"
              | {lex.alternation(lex.words("scales", "abbreviations"))}(?![\p{{L}}\p{{N}}])   # "bn", "тыс." (an abbreviation keeps its full stop,
                (?:(?<!(?<![\p{{L}}])(?:{glued_alone}))\.{final_stop})?                    # but not one of a letter glued alone: "71.7k.")
            )
        """, ci)
        self.money_only_scales = frozenset(lex.words("scales", "money_only"))
        self.glued_alone = frozenset(lex.words("scales", "glued_alone"))
        self.and_a_half = lex.compile(rf"{GAP}+{unrequired(lex.pattern('numbers', 'and_a_half'))}(?![\p{{L}}])", ci)
        # "7 целых 2 десятых процента": a spoken decimal written in digits, its whole part, then its tenths or hundredths
        wholes, places = lex.words("numbers", "decimal_whole"), lex.table("numbers", "decimal_places")
        self.decimal_places = places
        self.digit_decimal = lex.compile(
            rf"{GAP}+" + unrequired(rf"(?:{lex.alternation(wholes)}){GAP}+(?:(?:{lex.pattern('numbers', 'decimal_and')}){GAP}+)?(?P<n>\d{{1,3}}){GAP}+"
                                    rf"(?P<p>{lex.alternation(places)})(?![\p{{L}}])"), ci) if wholes and places else None
        self.bound_inside = lex.compile(rf"{GAP}*{unrequired(lex.pattern('numbers', 'bound_inside'))}(?![\p{{L}}])", ci)
        # "до 706-ти", "в 22-х регионах": a case ending glued to a cardinal in digits, part of its mention
        self.case_endings: dict[str, str] = lex.table("numbers", "case_endings")
        self.case_ending = lex.compile(r"-(\p{Ll}{1,3})(?![\p{L}\p{N}-])") if self.case_endings else None
        # "2 млн 300 тыс.", "2 млн 59,2 тыс.": a smaller part after a scale word (a decimal only before a scale)
        # (glued to an abbreviation's full stop too: "19 трлн.65 млрд.")
        # (or, after millions, the thousands and units as one unspaced group: "2 млн. 127145 человек")
        self.compound_part = lex.compile(rf"(?P<gap>{GAP}+|(?<=\p{{L}}\.))(?P<n>\d{{1,3}}(?:[.,]\d{{1,3}})?|\d{{4,6}})(?![\p{{N}}]|[.,/:]\p{{N}})")
        self.noun_next = lex.compile(r"[ \t\u00a0]+\p{Ll}")
        self.part_ends = lex.compile(r"[\"»”’)]?[.,;!?]?(?:[ \t\u00a0]|\Z)")   # "7 тыс 56\", - цитирует": the part ends its clause
        self.next_word = lex.compile(r"[ \t\u00a0]+(\p{L}+)")

    def _units(self, lex: Lexicon, ci: int) -> None:
        cur, data = lex.data["currencies"], cldr.load()
        self.unit_forms = lex.table("units", "forms")
        # CLDR's codes, names and symbols (statx/lang/currencies.json), then the word lists' own,
        # which win: "$" is USD and "¥" JPY though CLDR gives them to several currencies
        not_symbols = set(cur["not_symbols"])
        self.symbols = {s: c for s, c in data["symbols"].items() if s not in not_symbols} | cur["symbols"]
        self.codes = frozenset(data["codes"]) | {c.upper() for c in cur["codes"]}
        # "kgs" is kilograms, never KGS: a code spelled like a unit is not matched in lower case
        self.lower_codes = frozenset(c.upper() for c in cur["codes_lowercase"] if c not in self.unit_forms)
        self.code_aliases = {k.upper(): v for k, v in cur["aliases"].items()}
        self.codes_also_words = frozenset(c.upper() for c in cur["codes_also_words"])
        self.codes_as_names = frozenset(c.upper() for c in cur["codes_as_names"])
        self.word_left = lex.compile(r"(\p{L}+)[^\p{L}\n]*\Z")
        self.word_right = lex.compile(r"[^\p{L}\n]*(\p{L}+)")
        self.number_next = lex.compile(rf"{GAP}*\d")
        # "$800.000": a point and three digits, which money reads as thousands where "." is the decimal mark
        digits = lex.data["numbers"]["digits"]
        self.dot_decimal = "." in digits["decimal"]
        self.thousands = lex.compile(r"[1-9]\d{0,2}\.\d{3}")
        self.dot_groups = lex.compile(r"[1-9]\d{0,2}(?:\.\d{3}){2,}")
        # "7,831 нового жителя": where a comma both groups and marks decimals, a comma and three digits
        self.comma_ambiguous = "," in digits["decimal"] and "," in digits["group"]
        self.comma_thousands = lex.compile(r"[1-9]\d{0,2},\d{3}")
        self.currency_words = data["names"][lex.code] | lex.table("currencies", "words")
        self.plural_endings = tuple(lex.words("currencies", "plural_endings"))   # a name of one word before a number
        self.currency_last_words = frozenset(name.split()[-1] for name in self.currency_words)   # how a name before a number ends
        # Currency names are looked up by their first word, each group compiled when first met: one
        # pattern of every CLDR name would take a tenth of a second to compile
        self.first_letters = lex.compile(r"\p{L}+")
        self._names: dict[str, list[str]] = {}
        for name in self.currency_words:
            self._names.setdefault(self.first_letters.match(name).group(), []).append(name)
        self._name_patterns: dict[str, regex.Pattern] = {}
        # (before a currency's name typed spaces may double or triple: "тыс.   рублей"; not before a sign, which a
        # table's column may hold: "251   Ar")
        self.unit_gap = lex.compile(rf"{GAP}{{0,3}}-?{GAP}?")
        minor, glued_minor = lex.table("currencies", "minor"), lex.table("currencies", "glued_minor")
        self.minor_words = minor | glued_minor
        self.shared_minor = frozenset(lex.words("currencies", "shared_minor"))   # "cents": of the text's currency
        self.shared_minor_of = frozenset(c.upper() for c in lex.words("currencies", "shared_minor_of"))
        self._unit_lists(lex)
        # a symbol is matched as written ("Rs", "zł"; "rs" is no symbol), and one of letters as a whole word
        symbols = rf"(?:(?=\p{{L}})(?<!\p{{L}})|(?!\p{{L}}))(?-i:{lex.alternation(self.symbols)})(?:(?<=\p{{L}})(?!\p{{L}})|(?<!\p{{L}}))"
        signs = self._letter_signs(lex, cur, ci)
        # any three Latin letters: money.currency_code tells a code (one alternation of every ISO code
        # would be slower to compile than the whole unit pattern was)
        codes = "[a-z]{3}"
        mcodes = lex.alternation(c.lower() for c in self.lower_codes)
        self.unit = lex.compile(rf"""
            (?P<gap>{GAP}?-?{GAP}?)
            (?:
                (?P<bps>{lex.pattern("percent", "basis_points")})(?![\p{{L}}])
              | (?P<points>{lex.pattern("percent", "points")})(?![\p{{L}}])
              | (?P<percent>{lex.pattern("percent", "after")})(?:(?<=%)|(?![\p{{L}}])|(?-i:(?<=\p{{Ll}})(?=\p{{Lu}}\p{{Ll}})))   # "20%year-on-year": a sign ends itself;
                    # a word ends where a capital opens the next, glued where a page lost its line break ("2.8 per centSupermarkets")
              | (?P<times>{lex.pattern("multipliers", "after")})(?![\p{{L}}])
              | (?P<minor>{lex.alternation(minor)})(?![\p{{L}}])
              # "34p", "12.5p": glued to a number below a hundred ("720p" video is no money)
              | (?P<minor>(?<=(?<![\p{{N}}.,])\d{{1,2}}(?:\.\d+)?)(?-i:{lex.alternation(glued_minor) if glued_minor else "(?!)"}))(?![\p{{L}}\p{{N}}])
              | (?P<phys>{lex.alternation(self.unit_forms)})(?![\p{{L}}\p{{N}}])       # before codes: "1.440 KGS" is kilograms
              | (?P<mcode>{regex.escape(cur["million_prefix"])}(?:{mcodes}))(?![\p{{L}}])
              | (?P<symbol>{symbols})                    # before codes: "FBu", "Ksh" are symbols
              | (?P<code>{codes})(?![\p{{L}}])
            )
        """, ci)
        glued_only = set(lex.words("currencies", "dollar_prefixes_glued_only"))
        self.dollar_suffixes = lex.table("currencies", "dollar_suffixes")
        spaced = lex.alternation(w for w in lex.words("currencies", "dollar_prefixes") if w not in glued_only)
        self.prefix = EndAnchored(lex.compile, rf"""
            (?P<sign>{signs})\Z   # first: "Shs 500" is a sign, not a three-letter code
          | (?:
                (?<![\p{{L}}])(?:(?P<dp>{spaced}){GAP}?|(?P<dp>{lex.alternation(glued_only)}))\$   # "US$", "c $"; "A$" only glued
              | \$(?P<ds>(?-i:{lex.alternation(k.upper() for k in self.dollar_suffixes)}))   # "$US466 million": the country's capitals after the sign
              | (?P<symbol>{symbols})
              | (?<![\p{{L}}])(?P<mcode>{regex.escape(cur["million_prefix"])}(?:{mcodes}))
              | (?<![\p{{L}}])(?P<code>{codes})
            )
            {GAP}?\Z
        """, ci)
        # "$    593,955": a table column's sign, padded to the width of the column's largest number; only where
        # the sign starts its line (after a bullet, if any) or stands apart from the words before it
        self.column_symbol = EndAnchored(lex.compile, rf"(?:^|(?<=^{GAP}*[•·▪*\-–]{GAP}?)|(?<={GAP}{{2}}))(?P<symbol>{symbols}){GAP}{{2,12}}\Z",
                                         ci | regex.MULTILINE)
        self.dollar_prefixes = lex.table("currencies", "dollar_prefixes")
        # by the currency a bare form means, the countries a text names (money.home_currency), capitalised
        # ("US", not "us"), each with its own currency's code, and the bare forms
        self.homes = {code.upper(): _home(lex, code.upper(), countries, cur["bare_forms"].get(code, ()), cur["home_regions"])
                      for code, countries in cur["home_countries"].items() if countries}
        self.bracket_open = lex.compile(GAP + "*" + unrequired(r"\["))
        self.compound_minor = lex.compile(rf"{GAP}+(?:{lex.alternation(lex.words('numbers', 'joiners'))}{GAP}+)?", ci)
        # ... or a conjunction, where the minor unit must follow ("3 рубля и 95 копеек")
        self.minor_joiner = lex.compile(rf"{GAP}+{unrequired(lex.pattern('currencies', 'minor_joiners'))}{GAP}+", ci)
        self.letter = lex.compile(r"\p{L}")

    def _letter_signs(self, lex: Lexicon, cur: dict, ci: int) -> str:
        """The letters that are a sign only glued before a number, in a text from its country
        (money.letter_signs), and the pattern of them before a number: one letter glued ("R245 000"),
        more also spaced ("Tk 500 crore")."""
        self.letter_signs = {sign: _signed(lex, names) for sign, names in cur["letter_signs"].items() if names}
        # a sign or code the scan takes glued to a number ("kshs448"), which the case-sensitive reading may not take
        self.glued_word = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(glued_signs(lex))})\Z", ci)
        return rf"""(?<![\p{{L}}\p{{N}}])(?-i:{lex.alternation(s for s in self.letter_signs if len(s) == 1)}
                   |{lex.alternation(s for s in self.letter_signs if len(s) > 1)}{GAP}?)"""

    def unit_at(self, text: str, pos: int, end: int) -> UnitMatch | None:
        """The unit right after ``pos`` (after a space or a hyphen): percent, points, times, cents,
        then a currency name ("Thai baht", "рублей") unless a longer unit starts with it, then a unit, a code or a symbol."""
        m = self.unit.match(text, pos, end)
        if m and m.lastgroup in BEFORE_NAMES:
            return UnitMatch(m.lastgroup, m.group(m.lastgroup), m.end("gap"), m.end(), m.group("gap"))
        gap = self.unit_gap.match(text, pos, end)
        name = self._currency_name(text, gap.end(), end)
        if name and not (m and m.lastgroup == "phys" and m.end() > name.end()):   # (the longer: "pounds per acre" is a yield)
            return UnitMatch("curword", name.group(), name.start(), name.end(), gap.group())
        if not m or m.lastgroup == "code" and m.group("code").upper() not in self.codes:
            return None   # three letters that are no code ("and")
        return UnitMatch(m.lastgroup, m.group(m.lastgroup), m.end("gap"), m.end(), m.group("gap"))

    def _currency_name(self, text: str, pos: int, end: int) -> regex.Match | None:
        """A currency name at ``pos``, the longest that fits; not one joined to a word by a hyphen
        ("pound-feet", "euro-denominated")."""
        first = self.first_letters.match(text, pos, end)
        names = self._names.get(first.group().lower()) if first else None
        if not names:
            return None
        key = first.group().lower()
        if key not in self._name_patterns:
            self._name_patterns[key] = self.lex.compile(
                rf"(?:{self.lex.alternation(names)})(?![\p{{L}}]|-\p{{L}})", regex.IGNORECASE)
        return self._name_patterns[key].match(text, pos, end)

    def _unit_lists(self, lex: Lexicon) -> None:
        """The word lists the unit readers look words up in."""
        self.weights = lex.table("units", "weights")
        self.letters_need_digits = frozenset(lex.words("units", "letters_need_digits"))
        # a yield's unit alone and its form per area, and the words that make an amount in it a yield (numbers/yields.py)
        self.per_area = lex.table("units", "per_area")
        self.per_area_forms = frozenset(lex.data["units"]["per_area"].values())
        self.per_area_before = lex.compile(_words_alternation(lex, "per_area_before"), regex.IGNORECASE)
        self.yield_noun = lex.compile(_words_alternation(lex, "yield_nouns"), regex.IGNORECASE)
        # "foot passengers": a unit form, then a noun that makes the two one noun
        compounds = lex.data["units"]["compound_nouns"]
        self.compound_noun = {form: lex.compile(rf"{GAP}+(?:{lex.alternation(nouns)})(?![\p{{L}}])", regex.IGNORECASE)
                              for form, nouns in compounds.items()}
        self.upper_only = frozenset(lex.words("units", "upper_only"))
        self.cased_forms: dict[str, str] = lex.data["units"]["cased_forms"]
        self.percent_after_digits_only = frozenset(lex.words("percent", "after_digits_only"))
        self.not_before = lex.table("currencies", "not_before")
        money = lex.words("currencies", "pound_money")   # (money.pounds_weighed)
        elsewhere = lex.words("currencies", "pound_money_not_after")   # "New England"
        not_after = rf"(?<!(?<![\p{{L}}])(?:{lex.alternation(elsewhere)}){GAP})" if elsewhere else ""
        self.pound_money = lex.compile(rf"(?<![\p{{L}}]){not_after}(?:{lex.alternation(money)})(?![\p{{L}}])", regex.IGNORECASE) if money else None
        self.weighing_currencies = frozenset(code.upper() for code in lex.words("currencies", "weighing_currencies"))
        places = list(lex.data["currencies"]["weighing_places"])   # (as written: "Maine", not "maine")
        self.weighing_places = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(places)})(?![\p{{L}}])") if places else None

    def _around(self, lex: Lexicon, ci: int) -> None:
        # "minus 5", "-5", "(–20.2%)", "(24.8 thousand; - 14.7%)", "(с 2138 до 1797, - 15,9 %)", "уменьшилась на –11.9%":
        # an en dash glued to a number is its sign only right after a bracket or a change's "by", and a sign with a
        # space after it only after a bracket, a semicolon or a comma
        by = lex.pattern("direction", "by_alone")
        self.minus = lex.compile(
            rf"(?:(?<![\p{{L}}])(?P<word>{lex.pattern('numbers', 'minus')})(?:{GAP}+|-)"   # ("minus-1.6%" too)
            rf"|(?<![\p{{L}}\p{{N}}])(?P<glued>[-−]|(?<=[(\[])–|(?<=(?<![\p{{L}}])(?:{by})[ \u00a0])–|(?<=[(\[;,:][ ]?)[-−–][ ]))\Z", ci)   # (a spaced sign after a label's colon: "East District: - 16%")
        # a number (and up to two words) before "minus": the word is an operator ("273,500 births minus 135,400 deaths"),
        # but not after "to", "at" ("74.5% in June 2023 to minus 15.3%")
        self.operand = lex.compile(rf"\p{{N}}%?(?:{GAP}+\p{{L}}+){{0,2}}{GAP}+\Z"
                                   rf"(?<!(?<![\p{{L}}])(?:{lex.pattern('numbers', 'sign_before_minus')}){GAP}+)", ci)
        # (and "+" with a space on each side after a word, not after a number: "за месяц + 5,26%", not "2 + 3")
        self.plus = lex.compile(r"(?:(?<![\p{L}\p{N}])\+|(?<=[(\[;,][ ]?|\p{L}[ ])\+[ ])\Z")
        self.fraction_of_unit = lex.compile(rf"{GAP}+(?:{lex.pattern('numbers', 'fraction_of_unit')})(?![\p{{L}}])", ci)
        self.article = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(lex.words('numbers', 'article_one'))}){GAP}+\Z", ci)
        self.allocation_verbs = frozenset(lex.words("subject", "allocation_verbs"))
        self.needs_before = frozenset(lex.words("multipliers", "needs_before"))
        self.times_abbreviated = frozenset(lex.words("multipliers", "abbreviated"))
        self.times_comparative = lex.compile(
            rf"{GAP}+(?:{lex.alternation(lex.table('multipliers', 'comparatives'))})(?![\p{{L}}])", ci)
        self.multiplier_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('multipliers', 'before')}){GAP}+\Z", ci)
        self.out_of = lex.compile(rf"{GAP}+{unrequired(lex.pattern('fractions', 'out_of'))}{GAP}+", ci)
        self.out_of_round = frozenset(lex.words("fractions", "out_of_round"))
        self.out_of_spans = frozenset(lex.words("fractions", "out_of_spans"))
        self.time_unit_after = lex.compile(rf"{GAP}*(?:{lex.pattern('not_claims', 'time_units')})(?![\p{{L}}])", ci)
        # "6.570 trillion roubles, which is 1.107 trillion more": a difference in the unit of the figure
        # before (not "2 million more tonnes": a noun of its own)
        self.comparative_after = lex.compile(
            rf"{GAP}+(?:{lex.alternation(lex.table('direction', 'after'))})(?![\p{{L}}])"
            rf"(?!{GAP}+(?!(?:{lex.pattern('time', 'comparison')})(?![\p{{L}}]))\p{{L}})", ci)
        self.sentence_end = lex.compile(r"[.!?](?:\s|\Z)|\n")
        self.blank_line = lex.compile(r"\n[ \t\u00a0]*\n")
        # "chemicals – 4.1 percent, fertilisers – 4.2": a list item that names its own noun and leaves out the unit
        spent = lex.alternation(lex.words("subject", "allocation_verbs"))
        self.spent_before = lex.compile(rf"(?<![\p{{L}}])(?:{spent}){GAP}+(?:\p{{L}}+{GAP}+)?\Z", ci)
        self.spent_after = lex.compile(rf"{GAP}*(?:[–—]{GAP}*)?{GAP}(?:{spent})(?![\p{{L}}])", ci)   # "1 миллиард 932 миллиона — направлена на"
        self.small_scales = frozenset(w for w, v in lex.scale_values.items() if v < 1000000)   # "thousand" counts people as often
        # "14,9 процента – в России, 121,7 – в США": items that give the figure first, the name after a dash
        self.list_item_after = lex.compile(rf"{GAP}*[–—]{GAP}+(?:\p{{L}}[\p{{L}}–-]*{GAP}+){{0,4}}\p{{L}}[\p{{L}}–-]*{GAP}*[,;]{GAP}+")
        # "январь–октябрь"; "машин – на 56,8%, текстильных изделий – на 42,5": the item's "by" may stand after the dash,
        # and its name may have commas ("компьютеров, электронных и оптических изделий – на 36,8"); a spaced hyphen is a dash
        # ("а в Карелии - на 0,3")
        self.list_item = lex.compile(rf"{GAP}*[,;]{GAP}+(?:\p{{L}}[\p{{L}}–-]*,?{GAP}+){{0,5}}\p{{L}}[\p{{L}}–-]*{GAP}+[–—-]{GAP}+"
                                     rf"(?:(?:{lex.pattern('direction', 'by_alone')}){GAP}+)?", ci)
        # "to 6.7 percent from 6.6", "4.1%, down from 4.3": the words before the value a rate is compared with
        self.baseline_link = lex.compile(rf"{COMMA_GAP}(?:{lex.pattern('time', 'baseline_figure')}){GAP}+", ci)

    def _ranges(self, lex: Lexicon, ci: int) -> None:
        r = lex.data["ranges"]
        self.dashes = frozenset(w for w in lex.words("ranges", "dashes") if not w.isalpha())
        self.change_before = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern('direction', 'up')}|{lex.pattern('direction', 'down')}|{lex.pattern('ranges', 'level_changes')})"
            rf"(?![\p{{L}}])(?:[^.;:!?]|(?<=\d)\.(?=\d))*\Z", ci)   # a decimal point is no sentence end
        # "increased 60% (2,578 to 3,110)": a change's percentage, then in brackets the two levels it went between
        self.change_share_bracket = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern('direction', 'up')}|{lex.pattern('direction', 'down')})(?![\p{{L}}])"
            rf"(?:[^.;:!?]|(?<=\d)\.(?=\d))*?\d(?:{lex.pattern('percent', 'after')}){GAP}*\({GAP}*\Z", ci)   # (an earlier pair may stand between)
        # "0.7053 per $100": only "per" between a number and the amount a rate is per
        self.per_between = lex.compile(rf"{GAP}+(?:{lex.pattern('subject', 'per')}){GAP}+", ci)
        # "ranges from US$25 to US$65": a pair that is a range, though each end has its sign
        self.range_verb = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'range_verbs')}){GAP}+(?:\p{{L}}+{GAP}+)?\Z", ci)
        # "Australia up 3,100 to 114,400": a change word right before the size of a change
        self.change_right_before = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern('direction', 'up')}|{lex.pattern('direction', 'down')}){GAP}+\Z", ci)
        # "apartments were up 249 to 444": an adverb of change right before a count, then "to": the change and its level
        adverbs = lex.words("ranges", "change_adverbs")
        self.change_adverb_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(adverbs)}){GAP}+\Z", ci) if adverbs else None
        # "увеличиваются на", "rose by": a change word and its "by" right before a figure
        self.change_by_before = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern('direction', 'up')}|{lex.pattern('direction', 'down')}){GAP}+"
            rf"(?:(?:{lex.pattern('direction', 'by_alone')}){GAP}+)?\Z", ci)
        self.range_sep = lex.compile(
            rf"{GAP}*(?P<sep>{lex.alternation(lex.words('ranges', 'dashes'))}|{lex.alternation({w[1] for w in r['between']})}){GAP}*", ci)
        # "5 and 10 percent", "3,9 и даже 4%": two figures, the first written without the unit both share
        self.coordination = lex.compile(
            rf"{COMMA_BLANK}{unrequired(lex.pattern('words', 'coordinators'))}(?:{GAP}+(?:{lex.pattern('words', 'hedges')}))?{GAP}+", ci)
        # "на 52 или 16,5 %": a whole number, then its share with decimals (ranges._share_unit)
        self.restating_coordinator = lex.compile(rf"{COMMA_BLANK}(?:{lex.pattern('words', 'restating')}){GAP}+\Z", ci)
        self.list_comma = lex.compile(rf",{GAP}+")   # "0.52, 1.33, 0.23 and 1.19 per cent": items of a list of figures
        self.range_open = lex.compile(rf"(?<![\p{{L}}])(?P<open>{lex.alternation({w[0] for w in r['between']})}){GAP}+\Z", ci)
        self.range_pairs: dict[str, frozenset[str]] = {}   # the word that opens a range -> the words that join its ends
        for a, b in r["between"]:
            self.range_pairs[a.lower()] = self.range_pairs.get(a.lower(), frozenset()) | {b.lower()}
        self.range_words = frozenset(w for ws in self.range_pairs.values() for w in ws)
        self.range_alone = frozenset(lex.words("ranges", "joins_alone"))
        self.change_openers = frozenset(lex.words("ranges", "change_openers"))
        self.from_openers = frozenset(w.lower() for w in lex.words("ranges", "from"))
        self.level_words = frozenset(lex.words("direction", "level_after_change"))
        # the word that introduces the size of a change or a multiplier ("by 5 percent", "на 5%", "в 3 раза"),
        # maybe with a qualifier between ("by nearly 1.6 million")
        introducing = lex.alternation(lex.words("direction", "by_alone") + lex.words("multipliers", "before"))
        bounds = lex.alternation([w for kind in ("approx", "at_least", "at_most") for w in lex.words("qualifiers", kind)])
        self.introduced = lex.compile(rf"(?<![\p{{L}}])(?:{introducing}){GAP}+(?:(?:{bounds}){GAP}+)?\Z", ci)
        self.introducing = lex.compile(rf"(?:{introducing}){GAP}+", ci)
        # "up by 18% or 390 to 2,572": the size of a change given twice, the second after "or"
        self.introduced_restated = lex.compile(
            rf"(?<![\p{{L}}])(?:{introducing}){GAP}+(?:(?:{bounds}){GAP}+)?\p{{Sc}}?\d[\d.,]*%?(?:{GAP}+\p{{L}}+){{0,2}}"
            rf"{COMMA_BLANK}(?:{lex.pattern('words', 'restating')}){GAP}+\Z", ci)


@functools.lru_cache(maxsize=None)
def number_patterns(lex: Lexicon) -> NumberPatterns:
    """The (cached) number patterns of a language."""
    return NumberPatterns(lex)
