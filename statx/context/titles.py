"""What a table's title says of its cells: the measure it names ("Stayover Visitor Arrivals by Market"), and the unit and
scale it gives them in brackets or after its last comma ("(руб./кг)", "(%)", "(thousand tonnes)", ", тыс. тонн",
"(in millions of dollars)")."""
from __future__ import annotations

import functools
from decimal import Decimal
from typing import NamedTuple

import regex

from ..lang import Lexicon
from ..lang.cache import compiled
from ..numbers.mention import PERCENT, Unit
from ..text.segment import Lines

TITLE_LINES = 2     # lines above a table's header where its title may stand
PROSE_WORDS = 8     # a line of this many words is prose (a table ends there); a title has fewer than twice as many,
TITLE_WORDS = 24    # or fewer than this when no full stop ends it (a statistics office's: "Среднемесячная ... за 2020 - 2022 годы, рублей")
WORDS = compiled(r"\p{L}[\p{L}-]*")   # a word of a title or a table's line
_BRACKETED = compiled(r"\(([^()\n]{1,40})\)")   # (a note before the unit: "(в текущих ценах; миллионов рублей)")
_LIST_COMMA = compiled(r"(?<!\d),|,(?!\d)")   # a comma that parts words, not the digits of a number
ONE = Decimal(1)


class TitleMeasure(NamedTuple):
    """The unit a table's title gives its cells (None: theirs), and the scale they are written in (1: none)."""

    unit: Unit | None
    scale: Decimal


NO_MEASURE = TitleMeasure(None, ONE)


def title(text: str, lines: Lines, header: int) -> str:
    """The title of the table whose header line starts at ``header``: the nearest line above it with words, TITLE_LINES at most,
    if it is not prose."""
    at = header
    for _ in range(TITLE_LINES):
        if at == 0:
            return ""
        at = lines.start(at - 1)
        line = text[at:lines.end(at)].strip()
        if line:
            return title_line(line)
    return ""


def title_line(line: str) -> str:
    """``line`` (stripped) when it may be a title, not prose, else ""."""
    words = len(WORDS.findall(line))
    return line if words and (words < PROSE_WORDS * 2 or words < TITLE_WORDS and not line.endswith((".", ":", "!", "?"))) else ""


def title_noun(lex: Lexicon, title: str) -> str:
    """The measure a table's title names: its words before a colon, a bracket or a breakdown ("Stayover Visitor Arrivals by Market")."""
    head = regex.split(r"[:(]", title, maxsplit=1)[0]
    words = head.lower().split()
    cut = next((i for i, word in enumerate(words) if i and word in lex.words("subject", "table_breakdown")), len(words))
    return " ".join(words[:cut])


class _MeasureWords(NamedTuple):
    pattern: regex.Pattern
    percent: regex.Pattern
    scales: dict[str, Decimal]
    currencies: dict[str, str]


@functools.lru_cache(maxsize=None)
def _measure_words(lex: Lexicon) -> _MeasureWords:
    # (a scale of one letter is no title's: "(b)" is a note's mark, not billions)
    scales = {k: Decimal(v) for k, v in {**lex.scale_values, **lex.table("units", "title_scales")}.items() if len(k) > 1}
    aliases = {k.upper(): v for k, v in lex.table("currencies", "aliases").items()}
    codes = {c: aliases.get(c.upper(), c.upper()) for c in lex.words("currencies", "codes_lowercase")}   # "(USD million)"
    currencies = {**codes, **lex.table("currencies", "symbols"), **lex.table("currencies", "words")}
    units = lex.alternation([*currencies, *lex.words("units", "forms")])
    scale, gap = lex.alternation(scales), r"[ \t\u00a0]"
    opener, of = lex.alternation(lex.words("units", "title_openers")), lex.alternation(lex.words("units", "title_of")) or "(?!)"
    # "in thousand tonnes", "millions of dollars", "$ million", "тыс. тонн", "тыс. человек" (a count's noun, maybe cut
    # short: "тыс. чел."), "thousands"
    pattern = lex.compile(rf"""(?:(?:{opener}){gap}+)?
        (?:(?P<s1>{scale})\.?{gap}*(?:(?:{of}){gap}+)?)?
        (?:(?P<unit>{units})|(?<=\.|{gap})(?P<noun>\p{{L}}+)\.?)?
        (?:{gap}*(?P<s2>{scale})\.?)?""", regex.VERBOSE)
    percent = lex.compile(rf"(?:(?:{opener}){gap}+)?(?:{lex.alternation(lex.words('percent', 'after'))}|%)", regex.IGNORECASE)
    return _MeasureWords(pattern, percent, scales, currencies)


def label_measure(lex: Lexicon, label: str) -> tuple[TitleMeasure, str]:
    """A row label's own unit and scale after its last comma or in brackets at its end ("Перевозки грузов, тыс. тонн",
    "Exports (USD million)"), and the label without them; (NO_MEASURE, the label) when it gives none.

    >>> from statx.lang import load
    >>> label_measure(load("ru"), "Перевозки грузов, тыс. тонн")[1]
    'Перевозки грузов'
    """
    label = label.rstrip()
    comma = max((c.start() for c in _LIST_COMMA.finditer(label)), default=None)
    ends = [b.start() for b in _BRACKETED.finditer(label) if b.end() == len(label)] + ([comma] if comma is not None else [])
    for cut in ends:
        measure = title_measure(lex, label[cut:].lstrip(","))
        if measure != NO_MEASURE and label[:cut].strip(" ,"):
            return measure, label[:cut].strip(" ,")
    return NO_MEASURE, label


def title_measure(lex: Lexicon, title: str) -> TitleMeasure:
    """The unit and scale a table's title gives its cells, in brackets, after its last comma or as the whole title:
    "(руб./кг)" roubles, "(%)" and "в процентах" percent, "(thousand tonnes)" tonnes of a thousand, ", тыс. человек" a
    thousand (NO_MEASURE when it gives none)."""
    w = _measure_words(lex)
    # (or the whole of a title that says only its unit: "в процентах", "(тыс. тонн)")
    # (a bracket's last part after a semicolon too: "(в текущих ценах; миллионов рублей)")
    bracketed = [b.group(1) for b in _BRACKETED.finditer(title)]
    comma = max((c.end() for c in _LIST_COMMA.finditer(title)), default=None)   # (not a thousands mark: "per 100,000 people")
    parts = bracketed + [b.rsplit(";", 1)[1] for b in bracketed if ";" in b] + ([title[comma:]] if comma is not None else []) \
        + ([title.rsplit(";", 1)[1]] if ";" in title else []) + [title]   # (and after its last semicolon: "...; в процентах")
    for part in parts:
        inner = part.strip().lower()
        if w.percent.fullmatch(inner):
            return TitleMeasure(PERCENT, ONE)
        # (a unit per another is one when the word lists have it, "ц/га"; else its first is the cells' unit: "руб./кг", money)
        found = w.pattern.fullmatch(inner) or w.pattern.fullmatch(regex.split(r"[/,;]", inner, maxsplit=1)[0].strip())
        if found is None or not (found["s1"] or found["unit"] or found["s2"]) or found["noun"] and not (found["s1"] or found["s2"]):
            continue
        scale = w.scales.get(found["s1"] or found["s2"] or "", ONE)
        unit = found["unit"]
        if unit is None:
            return TitleMeasure(None, scale)
        code = w.currencies.get(unit)
        return TitleMeasure(Unit.money(code) if code else Unit.physical(unit), scale)
    return NO_MEASURE
