"""A table's unit named once, at the end of the heading over its rows: "Net spending by service £m",
"Расходы бюджета (тыс. рублей)". The bare figures that end the rows under it are amounts in that unit."""
from __future__ import annotations

from decimal import Decimal

from ..lang.cache import compiled
from .around import scale_word
from .draft import Draft
from .mention import COUNT, Form, Unit
from .money import currency_code, names_currency, symbol_code
from .patterns import NumberPatterns, UnitMatch

THOUSANDS = compiled(r"[ \t\u00a0]?'?000s?")   # "$000", "£'000": the amounts are in thousands
_WORD = compiled(r"\S+")
_ENDS_LINE = compiled(r"[ \t\u00a0\r]*(?:\n|\Z)")
_ENDS_IN_DIGIT = compiled(r"\d[ \t\u00a0\r]*\Z")
_YEARS = (1900, 2100)   # a bare figure in these bounds may be a year (a row's "2023"): no amount
HEADING_CHARS = 160   # characters of a heading's line, at most
TAIL_WORDS = 3   # words of a heading's end that may name the unit ("тыс. руб.", "£m", "(in £ thousands)")


def heading_unit(p: NumberPatterns, text: str, drafts: list[Draft]) -> None:
    """"Net spending by service £m\\nChildren's services 212.4": a bare figure that ends its line, in a
    run of lines that each end with a figure (one blank line may part them), under a heading whose line ends
    with a currency and its scale ("£m", "(тыс. рублей)", "$000"), is an amount in that unit."""
    memo: dict[int, tuple[Unit, Decimal] | None] = {}
    for d in drafts:
        if d.unit != COUNT or d.scale or d.form is not Form.DIGITS or d.value_to is not None \
                or _YEARS[0] <= d.value <= _YEARS[1] and d.value == d.value.to_integral_value() \
                or not _ENDS_LINE.match(text, d.end):
            continue
        found = _row_unit(p, text, text.rfind("\n", 0, d.start) + 1, memo)
        if found is not None:
            d.unit, d.value = found[0], d.value * found[1]


def _row_unit(p: NumberPatterns, text: str, start: int, memo: dict[int, tuple[Unit, Decimal] | None]) -> tuple[Unit, Decimal] | None:
    """The unit the heading over the row at ``start`` names (rows read once: ``memo``)."""
    rows: list[int] = []
    found: tuple[Unit, Decimal] | None = None
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
        found = _tail_unit(p, text, above, start - 1) if len(line) <= HEADING_CHARS else None
        if found is not None or not _ENDS_IN_DIGIT.search(line):
            break   # the heading (a row ends with its figure; a heading may too: "Grants paid, $000")
        start = above
    else:
        found = memo.get(start)
    for row in rows:
        memo[row] = found
    return found


def _tail_unit(p: NumberPatterns, text: str, start: int, end: int) -> tuple[Unit, Decimal] | None:
    """The unit (and its factor) that ends the heading ``text[start:end]``: a scale and a currency ("тыс. рублей"), or
    a currency and a scale or thousands ("£m", "$000"), maybe in brackets."""
    while end > start and text[end - 1] in " \t\u00a0\r:)]":
        end -= 1
    for word in [w.start() for w in _WORD.finditer(text, start, end)][-TAIL_WORDS:]:   # the longest tail first
        pos = word + (text[word] in "([")
        if (found := _unit_at(p, text, pos, end)) is not None:
            return found
    return None


def _unit_at(p: NumberPatterns, text: str, pos: int, end: int) -> tuple[Unit, Decimal] | None:
    """A currency at ``pos`` that runs to ``end`` after its scale ("тыс. рублей"), or before one ("£m", "$000")."""
    factor = Decimal(1)
    s = p.scale.match(text, pos, end)
    if s is not None:
        factor, pos = p.lex.scale_values[scale_word(s)], s.end()
    u = p.unit_at(text, pos, end)
    if u is None or not names_currency(p, text, u):
        return None
    unit = _money(p, text, u)
    if u.end == end:   # (a currency with no scale is a price list's: "цена в руб.", whose rows are no amounts reported)
        return (unit, factor) if unit is not None and s is not None else None
    if s is None and (after := p.scale.match(text, u.end, end)) is not None and after.end() == end:
        return (unit, p.lex.scale_values[scale_word(after)]) if unit is not None else None
    if s is None and (after := THOUSANDS.match(text, u.end, end)) is not None and after.end() == end:
        return (unit, Decimal(1000)) if unit is not None else None
    return None


def _money(p: NumberPatterns, text: str, u: UnitMatch) -> Unit | None:
    """The currency a unit match names."""
    if u.kind == "symbol":
        return Unit.money(symbol_code(p, u.written))
    if u.kind == "curword":
        return Unit.money(p.currency_words[" ".join(u.written.lower().split())])
    code = currency_code(p, text, u.start + (u.kind == "mcode"), u.end)
    return Unit.money(code) if code else None
