"""A bare four-digit number from 1900 to 2100 is a year, not a count, and so is a year spoken in words
("in twenty twelve", "since two thousand seventeen"): rules of ``not_claims.COUNTS``."""
from __future__ import annotations

import functools

import regex

from ..lang import GAP, Lexicon, unrequired
from ..lang.cache import compiled
from ..text.year_counts import counts_not_year
from .mention import COUNT, Form, Mention

FIRST_SPOKEN_YEAR, LAST_SPOKEN_YEAR = 1900, 2099


def is_year(p: object, text: str, m: Mention) -> bool:
    """A bare four-digit number from 1900 to 2100 is a year ("in 2023", "the 2012 level"), unless a
    verb that counts and a noun say it counts ("police registered 2014 burglaries"); so is an earlier
    year that opens a span of years ("(1804-1857)")."""
    raw = text[m.num_start:m.num_end]
    if m.scale or m.form is not Form.DIGITS or not raw.isdigit() or len(raw) != 4:
        return False
    if m.value_to is None and 1000 <= int(raw) <= 2100 and _year_label(p.lex).search(text, max(0, m.start - LABEL_REACH), m.start):
        return True   # "Год образования - 1779", "Year founded: 1779": a label says it is a year
    if not 1900 <= int(raw) <= 2100:
        return 1000 <= int(raw) < 1900 and _historical_year(text, m)
    if m.value_to is None and (counts_not_year(p.lex, text, m.num_start, m.num_end) or _cell_below_figure(text, m)
                               or _to_count(p.lex, text, m)):
        return False
    return m.value_to is None or 1900 <= m.value_to <= 2100 or m.value_to < 100


CELL_ABOVE = 80   # characters back from a number alone on its line to the figure alone on a line above it
# a figure alone on its line (a bar after it, as a pasted table's cell), then lines of a bar or blanks, up to the number
# (each closed by a bar, as a table pasted one cell a line writes them: not a date's "11" "06" "2020" one a line)
_FIGURE_CELL_ABOVE = compiled(r"(?:^|\n)[ \t]*[-+−]?(?P<n>\d[\d \u00a0]*(?:[.,]\d+)?)[ \t]*\|[ \t]*\r?\n(?:[ \t]*\|?[ \t]*\r?\n){0,3}[ \t]*\Z")
_CELL_END = compiled(r"[ \t]*" + unrequired(r"\|") + r"[ \t]*(?:\r?\n|\Z)")


def _cell_below_figure(text: str, m: Mention) -> bool:
    """"9999 |" then "1978 |": a number alone on its line and closed by a bar, right below a figure so closed that is no
    year, is a cell of a column of figures, not a year."""
    if not _CELL_END.match(text, m.end):
        return False
    above = _FIGURE_CELL_ABOVE.search(text, max(0, m.start - CELL_ABOVE), m.start)
    if above is None:
        return False
    raw = above.group("n").strip()
    return not (len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2100)


RIGHTS_REACH = 16   # characters back from a year to the copyright mark before it, at most


def copyright_year(p: object, text: str, m: Mention) -> bool:
    """"Copyright ©2010 NPR", "© 2021 The Times": a year right after a copyright mark is the rights' year, whatever follows
    it (here a broadcaster's name, which reads as Nepal's rupees)."""
    return _written_year(text, m) and _rights_before(p.lex).search(text, max(0, m.num_start - RIGHTS_REACH), m.num_start) is not None


def price_base_year(p: object, text: str, m: Mention) -> bool:
    """"note: data are in 2016 dollars", "in constant 2010 US dollars": a year written before a currency's name after
    "in" or "constant" is the year whose prices the text's amounts are in, not an amount."""
    return _written_year(text, m) and not m.scale and m.unit_start >= m.num_end \
        and _price_base_before(p.lex).search(text, max(0, m.num_start - BASE_REACH), m.num_start) is not None


INDEX_BASES = frozenset({1, 10, 100, 1000})   # the values an index is set to in its base period
# a year (or a span of years) and "=" right before where the pattern is searched up to
_YEAR_SET_EQUAL = compiled(r"(?<!\p{N})(?:19|20)\d\d(?:[-–/](?:\d\d){1,2})?[ \t\u00a0]*=[ \t\u00a0]*\Z")


def index_base(p: object, text: str, m: Mention) -> bool:
    """"(2015=100)", "(June 2000 = 100)", "(1982-84 = 100)": the value an index is given in its base period, no count."""
    return m.value in INDEX_BASES and m.value_to is None and not m.scale \
        and _YEAR_SET_EQUAL.search(text, max(0, m.num_start - 16), m.num_start) is not None


def _written_year(text: str, m: Mention) -> bool:
    """Is the mention's number a year's digits alone, 1900 to 2100, no range?"""
    raw = text[m.num_start:m.num_end]
    return m.value_to is None and raw.isdigit() and 1900 <= int(raw) <= 2100


BASE_REACH = 24   # characters back from such a year to the words before it, at most


@functools.lru_cache(maxsize=None)
def _price_base_before(lex: Lexicon) -> regex.Pattern:
    """"in", "constant" right before where the pattern is searched up to."""
    return lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'price_base_before')}){GAP}+\Z", regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _rights_before(lex: Lexicon) -> regex.Pattern:
    """A copyright mark right before where the pattern is searched up to ("Copyright ©", "(c) ")."""
    return lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('time', 'rights_lines')})[ \t\u00a0]*\Z", regex.IGNORECASE)


LABEL_REACH = 40   # characters of a year's label before the year, at most


def _to_count(lex: Lexicon, text: str, m: Mention) -> bool:
    """"from 2095 to 2306": a number of a year's shape after "from", before "to" and a number no year could be, is the
    first level of a count that changed, not a year."""
    found = _from_to(lex).match(text, m.num_end) if _from_before(lex).search(text, max(0, m.start - 12), m.start) else None
    if found is None:
        return False
    digits = regex.sub(r"\D", "", found.group("n"))
    return len(digits) >= 4 and not (len(digits) == 4 and 1900 <= int(digits) <= 2100)


@functools.lru_cache(maxsize=None)
def _from_before(lex: Lexicon) -> regex.Pattern:
    return lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'from')}){GAP}+\Z", regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _from_to(lex: Lexicon) -> regex.Pattern:
    return lex.compile(rf"{GAP}+{unrequired(lex.pattern('direction', 'level_after_change'))}{GAP}+(?P<n>\d{{1,3}}(?:[,.\u00a0 ]\d{{3}})+|\d+)(?![\d]|[,.]\d)",
                       regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _year_label(lex: Lexicon) -> regex.Pattern:
    """A label that opens its line or sentence with a year's word, then a dash or a colon, right before where the
    pattern is searched up to ("Год образования - ", "Year founded: ")."""
    return lex.compile(rf"(?:^|(?<=[\n.;]))[ \t\u00a0]*(?:{lex.pattern('not_claims', 'year_labels')})(?![\p{{L}}])[\p{{L}} \t\u00a0]{{0,30}}"
                       rf"[ \t\u00a0]*[-–—:][ \t\u00a0]*\Z", regex.IGNORECASE)


LIFE_SPAN = 130   # years between the two ends of a span of years that is a life's or a reign's
_SPAN_END = compiled(r"[-–—](\d{4})(?!\d)")   # "-1905": a span's second year, right after the first


def _historical_year(text: str, m: Mention) -> bool:
    """"(1804-1857)", "поэтессы (1869-1905)": a span of years before 1900 (a life's, a reign's), as
    calendars and biographies give them (a number alone in brackets may be a count: "кражи (1250)")."""
    if m.value_to is not None:
        return m.value < m.value_to <= m.value + LIFE_SPAN
    after = _SPAN_END.match(text, m.end)
    return after is not None and m.value < int(after.group(1)) <= m.value + LIFE_SPAN


def spoken_year(p: object, text: str, m: Mention) -> bool:
    """A year said in words, as a transcript writes it: a century's word and its two last digits ("in
    twenty twelve", "nineteen ninety-eight", "twenty oh five"), or a whole year after a word that opens
    a year with no noun it counts after it ("in two thousand seventeen"; not "in two thousand homes")."""
    if m.form is not Form.WORDS or m.unit != COUNT or m.value_to is not None:
        return False
    words = _spoken_year_patterns(p.lex)
    if words is None:
        return False
    if text[m.num_start:m.num_end].lower() in words.centuries:
        return words.decades.match(text, m.num_end) is not None
    return FIRST_SPOKEN_YEAR <= m.value <= LAST_SPOKEN_YEAR and m.value == int(m.value) \
        and words.before.search(text, max(0, m.start - 20), m.start) is not None \
        and (words.decades.match(text, m.num_end) is not None or not p.noun_follows(text, m.end))


class _SpokenYears:
    """The words of a spoken year in one language: its centuries ("twenty"), what says the decades
    follow ("twelve", "oh five"), and the words that open a year ("in", "since")."""

    def __init__(self, lex: Lexicon):
        nc = "not_claims"
        self.centuries = frozenset(lex.words(nc, "spoken_year_centuries"))
        tens = [w for w, v in lex.number_words.items() if 10 <= v < 100]
        digits = [w for w, v in lex.number_words.items() if 1 <= v < 10]
        decade = rf"(?:{lex.alternation(tens)})(?:[ -](?:{lex.alternation(digits)}))?|(?:{lex.pattern(nc, 'spoken_year_zeros')})[ -](?:{lex.alternation(digits)})"
        self.decades = lex.compile(rf"{GAP}+(?:{decade})(?![\p{{L}}])", regex.IGNORECASE)
        self.before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'spoken_year_before')}){GAP}+\Z", regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _spoken_year_patterns(lex: Lexicon) -> _SpokenYears | None:
    """The spoken-year words of ``lex``, or None in a language that says its years otherwise (Russian's are ordinals)."""
    return _SpokenYears(lex) if lex.words("not_claims", "spoken_year_centuries") else None
