"""The unit and scale a table's title or heading gives its cells ("(руб./кг)", "(%)", "(thousand tonnes)", ", тыс. тонн",
"(in millions of dollars)", "£m"), read by the context stage's tables, and by the number stage where a heading's currency
and scale are the unit of the bare figures that end the rows under it ("Net spending by service £m",
"Расходы бюджета (тыс. рублей)")."""
from __future__ import annotations

import functools
from decimal import Decimal
from typing import NamedTuple

import regex

from ..lang import Lexicon
from ..lang.cache import compiled
from .draft import Draft
from .mention import COUNT, PERCENT, Form, Unit, UnitKind
from .patterns import NumberPatterns

_BRACKETED = compiled(r"\(([^()\n]{1,40})\)")   # (a note before the unit: "(в текущих ценах; миллионов рублей)")
_LIST_COMMA = compiled(r"(?<!\d),|,(?!\d)")   # a comma that parts words, not the digits of a number
ONE = Decimal(1)


class TitleMeasure(NamedTuple):
    """The unit a table's title gives its cells (None: theirs), and the scale they are written in (1: none)."""

    unit: Unit | None
    scale: Decimal


NO_MEASURE = TitleMeasure(None, ONE)


class _MeasureWords(NamedTuple):
    pattern: regex.Pattern
    percent: regex.Pattern
    scales: dict[str, Decimal]
    currencies: dict[str, str]
    glued: dict[str, Decimal]   # the scales of one letter glued to a currency's symbol ("£m")


@functools.lru_cache(maxsize=None)
def _measure_words(lex: Lexicon) -> _MeasureWords:
    # (a scale of one letter is no title's: "(b)" is a note's mark, not billions)
    scales = {k: Decimal(v) for k, v in {**lex.scale_values, **lex.table("units", "title_scales")}.items() if len(k) > 1}
    aliases = {k.upper(): v for k, v in lex.table("currencies", "aliases").items()}
    codes = {c: aliases.get(c.upper(), c.upper()) for c in lex.words("currencies", "codes_lowercase")}   # "(USD million)"
    currencies = {**codes, **lex.table("currencies", "symbols"), **lex.table("currencies", "words")}
    units = lex.alternation([*currencies, *lex.words("units", "forms")])
    # ... but glued to a currency's symbol it is: "£m", "$bn" (a heading's "Net spending by service £m")
    glued = {k: Decimal(v) for k, v in lex.scale_values.items() if len(k) == 1}
    symbols = lex.alternation(lex.table("currencies", "symbols"))
    scale, gap = lex.alternation(scales), r"[ \t\u00a0]"
    opener, of = lex.alternation(lex.words("units", "title_openers")), lex.alternation(lex.words("units", "title_of")) or "(?!)"
    # "in thousand tonnes", "millions of dollars", "$ million", "тыс. тонн", "тыс. человек" (a count's noun, maybe cut
    # short: "тыс. чел."), "thousands"
    pattern = lex.compile(rf"""(?:(?:{opener}){gap}+)?
        (?:(?P<s1>{scale})\.?{gap}*(?:(?:{of}){gap}+)?)?
        (?:(?P<money>{symbols})(?P<s3>{lex.alternation(glued) or "(?!)"})|(?P<unit>{units})|(?<=\.|{gap})(?P<noun>\p{{L}}+)\.?)?
        (?:{gap}*(?P<s2>{scale})\.?)?""", regex.VERBOSE)
    percent = lex.compile(rf"(?:(?:{opener}){gap}+)?(?:{lex.alternation(lex.words('percent', 'after'))}|%)", regex.IGNORECASE)
    return _MeasureWords(pattern, percent, scales, currencies, glued)


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
    thousand, "(£m)" pounds of a million (NO_MEASURE when it gives none).

    >>> from statx.lang import load
    >>> title_measure(load("en"), "Capital programme (£m)").scale, title_measure(load("ru"), "Доходы (тыс. рублей)").unit.code
    (Decimal('1000000'), 'RUB')
    """
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
        if found is None or not (found["s1"] or found["unit"] or found["money"] or found["s2"]) or found["noun"] and not (found["s1"] or found["s2"]):
            continue
        scale = w.glued[found["s3"]] if found["s3"] else w.scales.get(found["s1"] or found["s2"] or "", ONE)
        unit = found["unit"] or found["money"]
        if unit is None:
            return TitleMeasure(None, scale)
        code = w.currencies.get(unit)
        return TitleMeasure(Unit.money(code) if code else Unit.physical(unit), scale)
    return NO_MEASURE


_ENDS_LINE = compiled(r"[ \t\u00a0\r]*(?:\n|\Z)")
_ENDS_IN_DIGIT = compiled(r"\d[ \t\u00a0\r]*\Z")
_YEARS = (1900, 2100)   # a bare figure in these bounds may be a year (a row's "2023"): no amount
HEADING_CHARS = 160   # characters of a heading's line, at most


def heading_unit(p: NumberPatterns, text: str, drafts: list[Draft]) -> None:
    """"Net spending by service £m\\nChildren's services 212.4": a bare figure that ends its line, in a
    run of lines that each end with a figure (one blank line may part them), under a heading whose line ends
    with a currency and its scale ("£m", "(тыс. рублей)", "$000"), is an amount in that unit."""
    memo: dict[int, TitleMeasure | None] = {}
    for d in drafts:
        if d.unit != COUNT or d.scale or d.form is not Form.DIGITS or d.value_to is not None \
                or _YEARS[0] <= d.value <= _YEARS[1] and d.value == d.value.to_integral_value() \
                or not _ENDS_LINE.match(text, d.end):
            continue
        found = _row_unit(p.lex, text, text.rfind("\n", 0, d.start) + 1, memo)
        if found is not None:
            d.unit, d.value = found.unit, d.value * found.scale


def _row_unit(lex: Lexicon, text: str, start: int, memo: dict[int, TitleMeasure | None]) -> TitleMeasure | None:
    """The money the heading over the row at ``start`` names (rows read once: ``memo``)."""
    rows: list[int] = []
    found: TitleMeasure | None = None
    blanks = 0
    while start > 0 and start not in memo:
        rows.append(start)
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start - 1]
        if not line.strip():
            blanks += 1
            if blanks > 1:
                break
            start = above
            continue
        blanks = 0
        found = _heading_money(lex, line) if len(line) <= HEADING_CHARS else None
        if found is not None or not _ENDS_IN_DIGIT.search(line):
            break   # the heading (a row ends with its figure; a heading may too: "Grants paid, $000")
        start = above
    else:
        found = memo.get(start)
    for row in rows:
        memo[row] = found
    return found


def _heading_money(lex: Lexicon, line: str) -> TitleMeasure | None:
    """The currency and scale a heading's line names as a title does, or in its last word ("... by service £m"); a
    currency with no scale is a price list's ("цена в руб."), whose rows are no amounts reported."""
    words = line.split()
    for part in (line, words[-1] if words else ""):
        measure = title_measure(lex, part)
        if measure.unit is not None and measure.unit.kind is UnitKind.MONEY and measure.scale != ONE:
            return measure
    return None
