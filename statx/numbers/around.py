"""The words around a number that belong to its mention: scale, unit, currency and sign."""
from __future__ import annotations

from decimal import Decimal

import regex

from ..claim import Direction
from ..lang import GAP, unrequired
from ..lang.cache import compiled
from . import parse, units
from .draft import Draft, number_at
from .mention import COUNT, PERCENT, PLAIN, PP, SIGNED_CHANGES, TIMES, Form, Unit, UnitKind
from .money import currency_before, currency_code, currency_name_before, dot_thousands, million_code, names_currency, opens_next_amount, symbol_code
from .patterns import NumberPatterns, UnitMatch

HALF = Decimal("0.5")
OCCURRENCES = 100   # "N times" from here on, with no change or comparison, counts occurrences, not a multiple
ABBREVIATED_TIMES_BELOW = 20   # "в 2,1 р." is "раза" below this; "в 500 р." is a price
WEIGHT_REACH = 200   # characters back to a weight spelled like a currency that makes the same word after it a weight
ONE, CENT, MILLION = Decimal(1), Decimal("0.01"), Decimal(1000000)


def suffix(p: NumberPatterns, text: str, d: Draft, end: int) -> None:
    """Scale, unit and currency after the number."""
    pos = d.num_end
    if d.form is Form.DIGITS and d.value == d.value.to_integral_value():
        h = p.and_a_half.match(text, pos, end)
        if h:  # "10 and a half thousand", "2 с половиной миллиона"
            d.value += HALF
            d.num_end = pos = h.end()
        t = p.digit_decimal.match(text, pos, end) if p.digit_decimal is not None and not h else None
        places = p.decimal_places[t.group("p").lower()] if t else 0
        if t and 0 < int(t.group("n")) < places:   # "7 целых 2 десятых процента": 7.2
            d.value += Decimal(int(t.group("n"))) / places
            d.num_end = pos = t.end()
    b = p.bound_inside.match(text, pos, end) if d.form in PLAIN else None
    if b and (p.scale.match(text, b.end(), end) or p.unit_at(text, b.end(), end)):
        pos = b.end()   # "девять с лишним процентов": the bound's words inside the mention (context/qualifier.py)
    if d.form in PLAIN:
        s = p.scale.match(text, pos, end)
        if s:
            word = scale_word(s)
            if (word not in p.money_only_scales or _money_follows(p, text, s.end(), end)
                    or _money_before(p, text, d.num_start) or _glued_before_noun(p, text, d, s)):
                d.value *= p.lex.scale_values[word]
                d.scale = word
                pos = _stacked_scale(p, text, d, s.end(), end)
                pos = _compound_scale(p, text, d, pos, end) if pos == s.end() else pos
    if d.form is Form.DIGITS and not d.scale and pos == d.num_end:
        pos = _editor_scale(p, text, d, end)
    if d.form is Form.DIGITS and not d.scale and pos == d.num_end:
        _bracketed_scale(p, text, d, end)
    if d.form is Form.EVERY:
        return
    u = p.unit_at(text, pos, end)
    closed = -1   # where an editor's bracket that names the unit closes
    if not u:
        # "6,1 [процента]": an editor's insertion in a transcript names the unit the speaker left out
        b = p.bracket_open.match(text, pos, end)
        u = p.unit_at(text, b.end(), end) if b else None
        closed = _bracket_close(text, u.end) if u else -1   # "14,9 [процента от ВВП]": the unit's words may go on
        u = u if closed >= 0 else None
    if d.form is Form.FRACTION and not u and (link := p.fraction_of_unit.match(text, pos, end)):
        u = p.unit_at(text, link.end(), end)   # "half a percent", "a quarter of a percentage point"
        u = u if u and u.kind in ("percent", "points") else None
    if u and d.form is Form.FRACTION and u.kind in ("percent", "points"):
        # "около половины процента", "half a percentage point": a part of one percent, or of one point
        d.value /= 100
        d.unit = _unit(p, u, d, text)[0] if u.kind == "points" else d.unit
        d.unit_start, d.unit_end, d.end = u.start, u.end, u.end
        return
    if u and d.form in (Form.FRACTION, Form.MULTIPLIER) and u.kind not in ("curword", "code", "mcode"):
        u = None  # "half a million dollars" is handled as a number
    if u and opens_next_amount(p, text, d, u, end):
        u = None
    if u:
        unit, factor = _unit(p, u, d, text)
        if unit == TIMES and not multiplies(p, text, d.start, u.end) and (
                u.written.lower() in p.needs_before and d.value == d.value.to_integral_value() or d.value >= OCCURRENCES
                and not p.change_before.search(text, max(0, d.start - 60), d.start)):
            unit = None  # "применялось 3100 раз", "having struck 1,216 times": the times something happened, a count
            # (not "составляла 2,3 раза": no count of times has a fraction)
        if unit:
            d.unit = unit
            d.value *= factor
            d.unit_start, d.unit_end = u.start, u.end
            pos = closed + 1 if closed >= 0 else u.end
            if unit == TIMES:
                d.form = Form.MULTIPLIER
            if unit.kind is UnitKind.PHYSICAL and not d.scale:
                pos = _compound_quantity(p, text, d, pos, end)
            if unit.kind is UnitKind.MONEY and not d.scale:
                pos = _scale_after_code(p, text, d, pos, end)
            if u.kind in ("curword", "code", "symbol") and unit.kind is UnitKind.MONEY:
                pos = _compound_money(p, text, d, pos, end)
    d.end = pos


# "92,1 (92,8) тыс. человек": a figure, the same figure of another time in brackets, then their scale
_BRACKETED_AFTER = compiled(GAP + "*" + unrequired(rf"\({GAP}*\d[\d.,\u00a0 ]*{GAP}*\)"))
_BRACKET_CLOSES = compiled(GAP + "*" + unrequired(r"\)"))
_NUMBER_OPENS = compiled(rf"\d{GAP}*\({GAP}*\Z")
BRACKETED_REACH = 24   # characters between the figure before a bracket and the number inside it, at most


def _editor_scale(p: NumberPatterns, text: str, d: Draft, end: int) -> int:
    """"$123 (million)", "15 [billion]": an editor's bracket names the scale the speaker left out; where the mention
    goes on to (the bracket closed), or the number's end."""
    b = _EDITOR_OPEN.match(text, d.num_end, end)
    s = p.scale.match(text, b.end(), end) if b else None
    close = _EDITOR_CLOSE.match(text, s.end(), end) if s else None
    if close is None or b.group("open") + text[close.end() - 1] not in ("()", "[]"):
        return d.num_end
    d.value *= p.lex.scale_values[scale_word(s)]
    d.scale = scale_word(s)
    return close.end()


_EDITOR_OPEN = compiled(r"[ \t\u00a0]?(?P<open>[(\[])[ \t\u00a0]*")
_EDITOR_CLOSE = compiled(r"[ \t\u00a0]*[)\]]")


def _bracketed_scale(p: NumberPatterns, text: str, d: Draft, end: int) -> None:
    """A figure and its value of another time in brackets ("составило 92,1 (92,8) тыс. человек") share the
    scale and unit after the bracket; each mention stays its number."""
    b = _BRACKETED_AFTER.match(text, d.num_end, end) or (
        _NUMBER_OPENS.search(text, max(0, d.num_start - BRACKETED_REACH), d.num_start) and _BRACKET_CLOSES.match(text, d.num_end, end))
    s = p.scale.match(text, b.end(), end) if b else None
    if s is None or scale_word(s) in p.money_only_scales:
        return
    d.value *= p.lex.scale_values[scale_word(s)]
    d.scale = scale_word(s)
    d.unit_start, d.unit_end = s.start(), s.end()   # where the words the figure is read with stand
    u = p.unit_at(text, s.end(), end)
    unit = _unit(p, u, d, text)[0] if u else None
    if unit is not None and unit.kind is UnitKind.MONEY:
        d.unit, d.unit_end = unit, u.end


BRACKET_WORDS = 30   # characters an editor's insertion may go on after its unit ("[процента от ВВП]")


def _bracket_close(text: str, pos: int) -> int:
    """Where the bracket that an editor's insertion opened closes, at most BRACKET_WORDS characters
    after ``pos`` and on the same line; -1 when it does not."""
    close = text.find("]", pos, pos + BRACKET_WORDS)
    return close if close >= 0 and not any(c in "[\n" for c in text[pos:close]) else -1


def _scale_after_code(p: NumberPatterns, text: str, d: Draft, pos: int, end: int) -> int:
    """"75 USD million": a scale word after the currency."""
    s = p.scale.match(text, pos, end)
    if s and scale_word(s) in p.lex.scale_words:
        d.value *= p.lex.scale_values[scale_word(s)]
        d.scale = scale_word(s)
        return s.end()
    return pos


def _glued_before_noun(p: NumberPatterns, text: str, d: Draft, s: regex.Match) -> bool:
    """"1.2m arrests", "14k cases": a scale letter glued to digits and followed by a counted noun (not a
    word of length: "30m high", "the 100m sprint"); a letter that is never a unit alone ("109k (12.4%)")."""
    if s.start("scale") != d.num_end or d.form is not Form.DIGITS:
        return False
    w = p.next_word.match(text, s.end())
    if scale_word(s) in p.glued_alone and (w is None or w.group(1).lower() in p.function_words):
        return True   # "grew by 109k (12.4%)", "c.44k in May": no noun after it, so no unit either
    if w is None:
        return False
    return bool(w) and w.group(1).islower() and w.group(1).lower() not in p.function_words \
        and w.group(1).lower() not in p.length_after


def _compound_scale(p: NumberPatterns, text: str, d: Draft, pos: int, end: int) -> int:
    """"2 млн 300 тыс.", "2 млн 59,2 тыс.", "21 тыс. 88 преступлений", "2 млн. 127145 человек": smaller parts written after
    the scale word."""
    scale = p.lex.scale_values[d.scale]
    while True:
        m = p.compound_part.match(text, pos, end)
        n = m.group("n") if m else ""
        # "542 млн 094 тыс.", "3 млн 098,9 тыс.": a part of three whole digits keeps its leading zero (a code's "007" alone would not)
        padded = n[:3].isdigit() and (len(n) == 3 or n[3:4] in ",." and n[4:].isdigit())
        part = parse.digits(n[:3].lstrip("0") + n[3:] if n[:3].lstrip("0") else "0" + n[3:], p.lex) if padded \
            else parse.digits(n, p.lex) if m else None
        if part is None:
            return pos
        s = p.scale.match(text, m.end("n"), end)
        if not s and not m.group("gap"):
            return pos   # a part glued to the scale's full stop is one only with its own scale after it
        if part != part.to_integral_value() and not s and not (scale == 1000 and part < 1000 and _amount_after(p, text, m.end("n"), end)):
            return pos   # but "4 тыс. 396,61 рубля": roubles and kopecks after the thousands; "12 тысяч 480,5 тонны"
        if s:
            smaller = p.lex.scale_values[scale_word(s)]
            if smaller >= scale or part * smaller >= scale or scale_word(s) in p.money_only_scales:
                return pos
            d.value += part * smaller
            pos, scale = s.end(), smaller
            continue
        if scale == 1000 and part < 1000 and (p.noun_next.match(text, m.end("n"), end) or p.part_ends.match(text, m.end("n"), end)) \
                and not p.month_after.match(text, m.end("n"), end) \
                or scale == 1000 ** 2 and 1000 <= part < scale and len(n) >= 4 and p.noun_next.match(text, m.end("n"), end) \
                and not (len(n) == 4 and 1900 <= part <= 2100):   # (not "$708-million 2023 budget": a year)
            d.value += part   # "21 тыс. 88 преступлений", "их зарегистрировано 7 тыс 56\","; "2 млн. 127145 человек"
            return m.end("n")
        return pos


def _amount_after(p: NumberPatterns, text: str, pos: int, end: int) -> bool:
    """Does a currency's name or sign, or a physical unit, follow ``pos``?"""
    u = p.unit_at(text, pos, end)
    return u is not None and (names_currency(p, text, u) or u.kind == "phys")


def unit_factor(p: NumberPatterns, text: str, d: Draft) -> Decimal:
    """The factor the unit words of ``d`` applied to its number ("10 pence", "50 basis points": 0.01),
    for a bare figure that takes that unit ("5 and 10 pence", "25 to 50 basis points")."""
    if d.unit_start < 0:
        return ONE
    m = p.unit.match(text, d.unit_start, d.unit_end)
    return CENT if m and m.lastgroup in ("bps", "minor") else ONE


def _unit(p: NumberPatterns, u: UnitMatch, d: Draft, text: str) -> tuple[Unit | None, Decimal]:
    """The unit a unit match names, and the factor it applies (cents: 0.01)."""
    kind, written = u.kind, u.written
    if kind == "points":
        return PP, ONE
    if kind == "bps":
        return PP, CENT   # "50 basis points" is 0.5 pp
    if kind == "percent":
        if written.lower() in p.percent_after_digits_only and d.form is not Form.DIGITS:
            return None, ONE
        return PERCENT, ONE
    if kind == "times":
        return TIMES, ONE
    if kind == "minor":
        return Unit.money(p.minor_words[written.lower()]), CENT
    if kind == "curword":
        word = " ".join(written.lower().split())
        if word in p.times_abbreviated and not d.scale and d.value < ABBREVIATED_TIMES_BELOW and multiplies(p, text, d.start, u.end):
            return TIMES, ONE   # "в 2,1 р.": a table's "раза", not roubles ("оценили в 500 р.")
        follow = p.not_before.get(word)
        if follow and regex.match(rf"{GAP}+{unrequired(regex.escape(follow))}(?!\p{{L}})", text[u.end:u.end + 10], regex.IGNORECASE):
            return (Unit.physical(word) if word in p.weights else None), ONE  # "five pounds of heroin" is a weight
        if follow and word in p.weights and regex.search(rf"\d{GAP}+{regex.escape(word)}{GAP}+{regex.escape(follow)}(?!\p{{L}})",
                                                          text[max(0, d.start - WEIGHT_REACH):d.start], regex.IGNORECASE):
            return Unit.physical(word), ONE   # "884 pounds of drugs ..., compared to 302 pounds": a weight, as the one before
        return Unit.money(p.currency_words[word]), ONE
    if kind == "mcode":
        code = million_code(p, text, u.start, u.end)
        return (Unit.money(code), MILLION) if code else (None, ONE)
    if kind == "code":
        code = currency_code(p, text, u.start, u.end)
        return (Unit.money(code) if code else None), ONE
    if kind == "symbol":
        return Unit.money(symbol_code(p, written)), ONE
    if kind == "phys":
        form = " ".join(written.lower().split())
        if form in p.letters_need_digits and (d.form is not Form.DIGITS or "-" in u.gap or
                                              not written.islower() and form != "t"
                                              or 1900 <= d.value <= 2100):
            return None, ONE  # "5G", "2023 г." (a year): a letter is a unit only after a plain amount
        if written in p.cased_forms:
            return Unit.physical(p.cased_forms[written]), ONE  # "14.27Mt": megatonnes
        if form in p.upper_only and not written.isupper():
            return None, ONE  # "MT" is metric tons, "mt" no
        if form in p.compound_noun and p.compound_noun[form].match(text, u.end):
            return None, ONE  # "19,996 foot passengers": a compound noun, what is counted
        return Unit.physical(form), ONE
    return None, ONE


def _money_follows(p: NumberPatterns, text: str, pos: int, end: int) -> bool:
    s = p.scale.match(text, pos, end)   # "3 lakh crore rupees": past a larger scale word
    u = p.unit_at(text, s.end() if s else pos, end)
    return bool(u) and names_currency(p, text, u)


def _stacked_scale(p: NumberPatterns, text: str, d: Draft, pos: int, end: int) -> int:
    """"1.48 lakh crore" (10^12), "5 thousand crore": a larger scale word right after a scale multiplies it."""
    s = p.scale.match(text, pos, end)
    if s and p.lex.scale_values[scale_word(s)] > p.lex.scale_values[d.scale]:
        d.value *= p.lex.scale_values[scale_word(s)]
        d.scale = scale_word(s)
        return s.end()
    return pos


def _money_before(p: NumberPatterns, text: str, pos: int) -> bool:
    return currency_before(p, text, pos)[1] is not None


def _compound_quantity(p: NumberPatterns, text: str, d: Draft, pos: int, end: int) -> int:
    """"17 килограммов 744 грамма", "2 km 300 m", "5 feet 9 inches": a smaller unit of the same kind right
    after the unit adds to the amount."""
    gap = p.compound_minor.match(text, pos, end)
    found = number_at(p, text, gap.end(), end) if gap else None
    u = p.unit_at(text, found[1], end) if found else None
    if u is None or u.kind != "phys":
        return pos
    whole, part = _in_si(p, d.unit.code, ONE), _in_si(p, " ".join(u.written.lower().split()), found[0])
    if whole is None or part is None or whole[1] != part[1] or part[0] >= whole[0]:
        return pos   # "5 kg 10 l", "1 m 200 m": another kind, or no smaller part
    d.value += part[0] / whole[0]
    return u.end


def _in_si(p: NumberPatterns, form: str, value: Decimal) -> tuple[Decimal, str] | None:
    """``value`` of the unit written ``form`` in the unit its dimension is reported in, or None."""
    named = p.lex.table("units", "forms").get(form) or p.lex.table("units", "weights").get(form)
    return units.normalise(value, *named) if named else None


THOUSAND_UNITS = 1000   # an amount with a scale is in whole units below this only when its parts wrote them


def _compound_money(p: NumberPatterns, text: str, d: Draft, pos: int, end: int) -> int:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 USD 50", "3 рубля и 95 копеек": cents after
    the unit (after a conjunction only with their unit)."""
    joined = p.minor_joiner.match(text, pos, end)
    gap = joined or p.compound_minor.match(text, pos, end)
    found = number_at(p, text, gap.end(), end) if gap else None
    if not found or d.scale and d.value % THOUSAND_UNITS == 0:
        return pos   # (after a scale only with the units it left: "2 тыс. 117 рублей 40 копеек")
    value, stop = found
    if value >= 100 or value != value.to_integral_value() or p.letter.match(text, stop):
        return pos
    u = p.unit_at(text, stop, end)
    if u and u.kind == "minor":
        stop = u.end
    elif u or p.scale.match(text, stop, end) or joined:
        return pos  # "10 $ 30 $", "50 dollars 40 rmb": a second amount, not cents; "3 рубля и 95": no cents named
    d.value += value / 100
    return stop


def prefix(p: NumberPatterns, text: str, d: Draft) -> None:
    """Currency sign or code before the number, and a minus or plus sign."""
    start = d.start
    found, code = currency_before(p, text, start)
    if code and d.unit in (COUNT, Unit.money(code)) and d.form in PLAIN:
        _currency(d, found, code)
        start = d.start
    elif not found and d.unit == COUNT and d.form is Form.DIGITS and (named := currency_name_before(p, text, start)):
        d.start = start = named[0]   # (in digits: "a shortage of dollars three years on" is no amount)
        d.unit = Unit.money(named[1])
    dot_thousands(p, text, d)
    if d.form is Form.MULTIPLIER:
        before = p.multiplier_before.search(text, max(0, start - 4), start)
        if before:
            d.start = start = before.start()  # "в два раза"
    minus = p.minus.search(text, max(0, start - 8), start)
    if minus and minus.group("word") and p.operand.search(text, max(0, minus.start() - 40), minus.start()):
        minus = None   # "births minus deaths": a difference, not a value below zero
    if minus and minus.group("glued") and minus.group("glued")[-1] == " " and not _signed_change(p, d):
        minus = None   # "в финансовой деятельности, - 94926 рублей": a hyphen typed for a dash, not the sign of a level
    if minus and minus.group("glued") and d.unit == COUNT and d.form in PLAIN:
        found, code = currency_before(p, text, minus.start())
        if code:
            _currency(d, found, code)   # "$-6,355,436": the currency's sign before the minus
    if minus:
        d.start = min(d.start, minus.start())
        if minus.group("glued") and (_signed_change(p, d) or d.unit.kind is UnitKind.MONEY and _AMOUNT_BRACKET.search(text, max(0, minus.start() - 40), minus.start())) \
                or minus.group("word") and _minus_word_change(text, minus.start(), d, p):
            d.written_sign = Direction.DOWN  # "-1.9%", "(-147)", "(minus 2 percent vs. 2017)", "5402,6 рубля (-609,9 рубля)": a change written with its sign
        else:
            d.sign = -1                      # "minus 5 degrees": a value below zero
    elif plus := p.plus.search(text, max(0, start - 2), start):
        d.start = plus.start()
        if _signed_change(p, d) or d.unit.kind is UnitKind.MONEY:
            d.written_sign = Direction.UP   # (money with a plus is a rise, "2165,1 (+4,3 рубля)"; with a minus it may be a loss)


def _currency(d: Draft, found: regex.Match, code: str) -> None:
    """``d`` in the currency whose sign, code or name ``found`` is (a code of millions, "mn USD", scales it)."""
    if found.groupdict().get("mcode") and d.unit == COUNT:
        d.value *= MILLION
    d.unit = Unit.money(code)
    d.start = found.start()


# SI units of quantities that are never below zero: a sign before one ("-0,69 млн тонн") is the size of a change
NEVER_NEGATIVE = frozenset({"kg", "m2", "m3", "l", "J", "kg/m2", "l/m2"})   # (and yields: "+2.0 bu/acre")


# "5402,6 рубля (-609,9 рубля)": an amount, then in brackets money with a minus, the change from an earlier time
_AMOUNT_BRACKET = compiled(r"\d[ \t]?(?:\p{L}{1,12}\.?)?[ \t]*\([ \t]?\Z")
_OPENS_ITEM = compiled(r"[(\[;,:—–][ \t]?\Z")   # a bracket, a list's comma or a dash before a word "minus"


def _minus_word_change(text: str, at: int, d: Draft, p: NumberPatterns) -> bool:
    """Is the word "minus" at ``at`` the sign of a change ("(minus 2 percent vs. 2017)", "— минус 3,5 тыс.", money only in
    brackets: "(минус 393 рубля)"), not of a level below zero ("fell to minus 15.3%", "минус 20 градусов")?"""
    opened = _OPENS_ITEM.search(text, max(0, at - 2), at)
    return opened is not None and (_signed_change(p, d) or d.unit.kind is UnitKind.MONEY and opened.group()[0] in "([")


def _signed_change(p: NumberPatterns, d: Draft) -> bool:
    """Is a sign before ``d`` a change ("+5%", "-4808", "+53,2 тыс. тонн"), not a value below zero ("-5 °C")?"""
    if d.unit in SIGNED_CHANGES:
        return True
    si = _in_si(p, d.unit.code.lower(), ONE) if d.unit.kind is UnitKind.PHYSICAL else None
    return si is not None and si[1] in NEVER_NEGATIVE


def multiplies(p: NumberPatterns, text: str, start: int, end: int) -> bool:
    """Is "N раз" at start..end a multiplier: "в" before it or a comparative after it?"""
    return bool(p.multiplier_before.search(text, max(0, start - 4), start) or p.times_comparative.match(text, end))


def scale_word(found: regex.Match) -> str:
    """The scale word of a scale match, lower case, without an abbreviation's full stop."""
    return found.group("scale").lower().rstrip(".")
