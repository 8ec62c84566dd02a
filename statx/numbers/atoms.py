"""One number expression at a time: the number (digits, words, a fraction, "every fourth") with
its scale, unit, currency and sign, built as a draft inside this stage and handed on frozen."""
from __future__ import annotations

from decimal import Decimal

import regex

from . import parse
from .around import prefix, suffix
from .draft import Draft, number_at
from .mention import COUNT, PERCENT, PP, TIMES, Form
from .money import dot_grouped
from .patterns import NumberPatterns


def atom(p: NumberPatterns, text: str, kind: str, m: regex.Match, end: int,
         broken: bool = False) -> tuple[Draft | None, int]:
    """The expression whose number ``m`` (a match of the ``kind`` branch) starts, and where the scan
    goes on. ``broken``: the text writes decimals with a space after the point ("6. 8 trillion")."""
    if kind == "every":
        value = parse.every(m.group(), p.lex)
        draft = Draft(m.start(), m.end(), m.start(), m.end(), value, PERCENT, Form.EVERY) if value else None
        return draft, m.end()
    if kind == "pctof":
        found = number_at(p, text, m.end(), end)
        if not found:
            return None, m.end()
        value, stop = found
        return Draft(m.start(), stop, m.end(), stop, value, PERCENT, Form.DIGITS), stop
    if kind == "digits":
        start, stop = m.start(), _digits_end(p, text, m)
        if start >= 3 and text[start - 1].isalpha() and text[start - 3:start].lower() in p.glued_caps and not text[start - 3:start].isupper():
            return None, stop   # "mop1583": such a code is glued to a number only in capitals ("MOP1,583")
        tail = p.broken_tail.match(text, stop, end) if broken and text[start:stop].isdigit() else None
        value = parse.digits(text[start:stop] + ("." + tail.group(1) if tail else ""), p.lex)
        stop = tail.end() if tail else stop
        if value is None:
            value = dot_grouped(p, text, start, stop)   # "€1.250.000": points that group, beside money
        if value is None:
            return None, stop
        stop = _case_ending(p, text, start, stop, end)
        draft = Draft(start, stop, start, stop, value, COUNT, Form.DIGITS)
    else:
        tokens = list(p.word_token.finditer(text, m.start(), m.end()))
        number, used = parse.words([t.group() for t in tokens], p.lex, word_before(p, text, m.start()))
        if number is None:
            return None, tokens[max(used, 1) - 1].end()
        num_end = tokens[used - 1].end()
        draft = Draft(m.start(), num_end, m.start(), num_end, number.value, COUNT, Form.WORDS)
        if number.kind == "fraction":
            draft.unit, draft.form = PERCENT, Form.FRACTION
        elif number.kind == "multiplier":
            draft.unit, draft.form = TIMES, Form.MULTIPLIER
        if number.article:
            draft.start = p.article.search(text, max(0, m.start() - 6), m.start()).start()
    if draft.unit == COUNT and draft.value == draft.value.to_integral_value():
        _out_of(p, text, draft, end)
    suffix(p, text, draft, end)
    if kind == "words" and number.kind == "point" and draft.unit not in (PERCENT, PP):
        return None, tokens[0].end()   # "the point two people made": a spoken decimal with no whole part is a percentage's only
    prefix(p, text, draft)
    return draft, draft.end


def _out_of(p: NumberPatterns, text: str, draft: Draft, end: int) -> None:
    """"one in five", "one out of five", "9 out of 10": a share, in percent."""
    gap = p.out_of.match(text, draft.num_end, end)
    found = number_at(p, text, gap.end(), end) if gap else None
    if not found:
        return
    whole, stop = found
    if not draft.value < whole <= 1000 or whole != whole.to_integral_value() \
            or " ".join(gap.group().split()).lower() in p.out_of_round and not _round_whole(whole) \
            or " ".join(gap.group().split()).lower() in p.out_of_spans and p.time_unit_after.match(text, stop, end):
        return   # (not "33 in 49 minutes": a pace)
    draft.value = parse.percent_of(draft.value, whole)
    draft.unit, draft.form = PERCENT, Form.FRACTION
    draft.num_end = draft.end = stop


def _round_whole(whole: Decimal) -> bool:
    """Is ``whole`` a round denominator ("один из пяти", "из 100")? Up to ten, or a power of ten;
    after "из", another whole is counted from ("83 из 85 субъектов" counts 83 of the 85)."""
    return whole <= 10 or whole in (100, 1000)


def _case_ending(p: NumberPatterns, text: str, start: int, stop: int, end: int) -> int:
    """Where digits end with the case ending they take as a cardinal: "706-ти" (шести), "22-х" (двух);
    "90-х", "5-ми" end where the digits do (an ordinal's endings)."""
    e = p.case_ending.match(text, stop, end) if p.case_ending else None
    if not e or not text[stop - 1].isdigit():
        return stop
    last = "t" if stop - start > 1 and text[stop - 2] == "1" else text[stop - 1]
    return e.end() if last in p.case_endings.get(e.group(1).lower(), "") else stop


LAST_DAY = 31


def _digits_end(p: NumberPatterns, text: str, m: regex.Match) -> int:
    """Where digits matched at ``m`` end: "on March 3 100 people" groups no thousands by the space,
    the 3 is a day (in a language that writes a day after its month; not "в ноябре 67 954 рублей")."""
    raw = m.group()
    if " " not in raw or not p.day_after_month or not p.month_before.search(text, max(0, m.start() - 12), m.start()):
        return m.end()
    day = raw[:raw.index(" ")]
    return m.start() + len(day) if day.isdigit() and int(day) <= LAST_DAY else m.end()


def word_before(p: NumberPatterns, text: str, pos: int) -> str:
    """The article right before ``pos`` (lower case), for "a quarter", "a million"."""
    art = p.article.search(text, max(0, pos - 6), pos)
    return art.group().strip().lower() if art else ""
