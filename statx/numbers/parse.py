"""Parse stage: the exact value of digits ("14,500", "119,6") and of number words ("one hundred
and fifty thousand", "two-thirds", "пяти миллионов"). Decimal throughout, never float."""
from __future__ import annotations

import functools
import unicodedata
from decimal import Context, ROUND_HALF_UP, Decimal
from typing import NamedTuple, Sequence

import regex

from ..lang import Lexicon
from ..lang.cache import compiled

HUNDRED = Decimal(100)
MAX_DIGITS = 15   # with a scale word up to a trillion, values stay within Decimal's 28 exact digits
CENT = Decimal("0.01")


class Number(NamedTuple):
    value: Decimal
    kind: str              # number, fraction (value in percent), multiplier, point (a decimal with no whole part)
    article: bool = False  # the value leans on "a"/"an" before it ("a quarter", "a million")


def tidy(value: Decimal) -> Decimal:
    """An integral Decimal without exponent or trailing zeros; others without trailing zeros."""
    if value == value.to_integral_value():
        # a context as wide as the integer: the default 28 digits would reject "15 digits trillion tons"
        return value.quantize(Decimal(1), context=Context(prec=max(28, value.adjusted() + 1)))
    return value.normalize()


def percent_of(numerator: Decimal, denominator: Decimal) -> Decimal:
    """numerator/denominator as a percentage rounded to two places: 2/3 -> 66.67."""
    return tidy((numerator * HUNDRED / denominator).quantize(CENT, rounding=ROUND_HALF_UP))


@functools.lru_cache(maxsize=None)
def _digit_rules(lex: Lexicon) -> tuple[regex.Pattern, str]:
    d = lex.data["numbers"]["digits"]
    groups = "".join(regex.escape(s) for s in d["group"] if s not in d["decimal"])
    return lex.compile(f"[{groups}]") if groups else lex.compile(r"(?!)"), "".join(d["decimal"])


# Fraction characters a whole number may end with ("3¼%", "1½ million"): those of exact decimal value
VULGAR = {"½": "0.5", "¼": "0.25", "¾": "0.75", "⅕": "0.2", "⅖": "0.4", "⅗": "0.6", "⅘": "0.8",
          "⅛": "0.125", "⅜": "0.375", "⅝": "0.625", "⅞": "0.875", "⅒": "0.1"}


def _short_decimal(text: str, marks: list[str]) -> str:
    """"0,89" -> "0.89": a group mark before one or two final digits, where the language reads it so (``marks``)."""
    k = len(text) - 2 if text[-2:-1] in marks else len(text) - 3 if text[-3:-2] in marks else -1
    return text[:k] + "." + text[k + 1:] if k > 0 and text[:k].isdigit() and text[k + 1:].isdigit() else text


# Both marks in one number: the last is the decimal mark and the other groups thousands ("23.900,4", "1,234.5"),
# in any language; not before three digits, where both group ("3.938,625")
_MIXED_MARKS = compiled(r"[1-9]\d{0,2}(?:\.\d{3})+,(?:\d{1,2}|\d{4,})|[1-9]\d{0,2}(?:,\d{3})+\.(?:\d{1,2}|\d{4,})")


def digits(text: str, lex: Lexicon) -> Decimal | None:
    """The value of a digit string as the language writes it ("3¼" is 3.25, "23.900,4" 23900.4); None for codes such as "007"."""
    if text[-1:] in VULGAR:
        whole = digits(text[:-1], lex)
        return whole + Decimal(VULGAR[text[-1]]) if whole is not None and whole == whole.to_integral_value() else None
    if _MIXED_MARKS.fullmatch(text):
        point = max(text.rfind("."), text.rfind(","))
        return Decimal(text[:point].replace(".", "").replace(",", "") + "." + text[point + 1:])
    group_re, decimals = _digit_rules(lex)
    s = group_re.sub("", _short_decimal(text, lex.data["numbers"]["digits"]["short_decimal"]))
    d = lex.data["numbers"]["digits"]
    for sep in d["group"]:
        if sep in decimals and s.count(sep) > 1:
            s = s.replace(sep, "")  # "6,174,777": a decimal mark used twice groups thousands
    for sep in decimals:
        s = s.replace(sep, ".")
    if s.count(".") > 1:
        return None
    if len(s) > 1 and s[0] == "0" and s[1] != ".":
        return None
    if len(s.replace(".", "").lstrip("0")) > MAX_DIGITS:
        return None  # no statistic has that many digits: a code, or digits run together
    if not s.isascii():   # "１２３": another script's digits, by their decimal value
        s = "".join(c if c == "." else str(unicodedata.decimal(c, "")) for c in s)
        if not s.replace(".", "").isdigit():
            return None   # a digit this Python's Unicode tables do not know
    return Decimal(s)


def every(text: str, lex: Lexicon) -> Decimal | None:
    """"every fourth" -> 25 (percent)."""
    ordinal = text.split()[-1].lower()
    n = lex.table("fractions", "ordinals").get(ordinal)
    return percent_of(Decimal(1), Decimal(n)) if n else None


def words(tokens: Sequence[str], lex: Lexicon, before: str) -> tuple[Number | None, int]:
    """Parse the longest number at the start of ``tokens`` (words, lower or mixed case).

    Returns the number and how many tokens it used; (None, 0) when the first word alone is not a
    number ("million" with no "a" before it). ``before`` is the word before the first token."""
    toks = [t.lower() for t in tokens]
    n = len(toks)
    units = lex.number_words
    mults = lex.multiplying_words
    scales = lex.scale_words
    multipliers = lex.table("multipliers", "words")
    joiners = set(lex.words("numbers", "joiners"))
    article = before in set(lex.words("numbers", "article_one"))
    half = [h.split() for h in lex.words("numbers", "and_a_half")]
    alone = set(lex.words("scales", "alone"))

    if toks[0] in multipliers:
        return Number(Decimal(str(multipliers[toks[0]])), "multiplier"), 1
    if toks[0] in lex.words("numbers", "decimal_point"):   # "point seven percent": a decimal said without its zero
        tail = _decimal_tail(toks, 0, lex)
        return (Number(tail[0], "point"), tail[1]) if tail else (None, 0)

    total = Decimal(0)
    group = Decimal(0)
    started = False          # the current group (below a thousand) has a value
    leaned = False           # the value leans on the article before it ("a million")
    last_place = 1000        # place of the last word added to the group: 100, 10, 1 (0: closed)
    last_scale = None
    used = 0
    i = 0
    while i < n:
        t = toks[i]
        part = _added_part(toks, i, lex, half, last_place) if started else None
        if part:                                # "one and a half", "три целых одна десятая", "three point six"
            group += part[0]
            i = used = part[1]
            last_place = 0
            continue
        if t in joiners:                        # "one hundred and fifty"
            if i + 1 < n and toks[i + 1] in units and (started and last_place == 100 or not started and last_scale) \
                    and not _next_scale_up(toks, i + 1, units, mults, scales, last_scale):
                i += 1
                continue
            break
        if t in units:
            v = units[t]
            place = 100 if v >= 100 else 10 if v >= 20 else 1
            teen = 10 <= v < 20
            if started and not (place < last_place and not (teen and last_place == 10)):
                break
            group += v
            last_place = 0 if v != v.to_integral_value() else 1 if teen else place
            started = True
        elif t in mults:                        # "two hundred", "a dozen"
            if not started:
                if i > 0 or not article:
                    break
                group, leaned = Decimal(1), True
            elif last_place <= 0 or group >= 100:
                break
            group *= mults[t]
            last_place = 100 if mults[t] == 100 else 0
            started = True
        elif t in scales:                       # "thousand", "million", "тысяч"
            if not started:
                if i > 0 or not (article or t in alone):
                    break
                group, leaned = Decimal(1), article
            if last_scale is not None and scales[t] >= last_scale:
                break
            total += group * scales[t]
            group, started, last_place, last_scale = Decimal(0), False, 1000, scales[t]
        else:
            break
        i += 1
        used = i
    value = total + group
    if used == 0:
        return _fraction_alone(toks, lex, article)
    if used < n and last_scale is None:
        return _fraction_or_ordinal(toks, used, value, lex, leaned)
    return Number(tidy(value), "number", leaned), used


def _added_part(toks: list[str], i: int, lex: Lexicon, half: list[list[str]], last_place: int) -> tuple[Decimal, int] | None:
    """A part added to the number before toks[i] and where it ends: "and a half", "с половиной" (0.5), or a spoken
    decimal's fraction (``_decimal_tail``, not after a fraction: ``last_place`` 0)."""
    tail = next((h for h in half if toks[i:i + len(h)] == h), None)
    if tail:
        return Decimal("0.5"), i + len(tail)
    return _decimal_tail(toks, i, lex) if last_place else None


def _decimal_tail(toks: list[str], i: int, lex: Lexicon) -> tuple[Decimal, int] | None:
    """The fraction of a spoken decimal at toks[i] and where it ends: "point six" (0.6), "point two five" (0.25),
    "целых и одна десятая" (0.1), "целых двадцать пять сотых" (0.25); None if toks[i] opens none.

    >>> from statx.lang import load
    >>> _decimal_tail(["three", "point", "two", "five", "percent"], 1, load("en"))
    (Decimal('0.25'), 4)
    >>> _decimal_tail("шесть целых и одна десятая".split(), 1, load("ru"))
    (Decimal('0.1'), 5)
    """
    units = lex.number_words
    if toks[i] in lex.words("numbers", "decimal_point"):
        j = i + 1
        while j < len(toks) and toks[j] in units and units[toks[j]] < 10 and units[toks[j]] == units[toks[j]].to_integral_value():
            j += 1
        digits = "".join(str(int(units[t])) for t in toks[i + 1:j])
        return (Decimal("0." + digits), j) if digits else None
    if toks[i] not in lex.words("numbers", "decimal_whole"):
        return None
    j = i + 1 + (i + 1 < len(toks) and toks[i + 1] in lex.words("numbers", "decimal_and"))
    count = Decimal(0)
    while j < len(toks) and toks[j] in units and units[toks[j]] == units[toks[j]].to_integral_value():
        count += units[toks[j]]
        j += 1
    places = lex.table("numbers", "decimal_places")
    if j == i + 1 or j >= len(toks) or toks[j] not in places or not 0 < count < places[toks[j]]:
        return None
    return tidy(count / Decimal(places[toks[j]])), j + 1


def _next_scale_up(toks: list[str], i: int, units: dict, mults: dict, scales: dict, last_scale: Decimal | None) -> bool:
    """Does the group of number words from toks[i] end in a scale word as large as ``last_scale``? Then the joiner before
    it joins two numbers ("three million and four million"), not a number's parts ("one million and four")."""
    while i < len(toks) and (toks[i] in units or toks[i] in mults):
        i += 1
    return last_scale is not None and i < len(toks) and toks[i] in scales and scales[toks[i]] >= last_scale


def _fraction_alone(toks: list[str], lex: Lexicon, article: bool) -> tuple[Number | None, int]:
    """A fraction word with no numerator: "half", "a quarter", "quarter million", "half a million"."""
    denoms, scales = lex.table("fractions", "denominators"), lex.scale_words
    if toks[0] in denoms:
        denom = Decimal(denoms[toks[0]])
        if len(toks) > 1 and toks[1] in scales:
            return Number(tidy(scales[toks[1]] / denom), "number", article), 2
        if len(toks) > 2 and toks[1] in lex.words("numbers", "article_one") and toks[2] in scales:
            return Number(tidy(scales[toks[2]] / denom), "number", article), 3  # "half a million"
        if article or toks[0] in lex.words("fractions", "bare"):
            return Number(percent_of(Decimal(1), denom), "fraction", article), 1
    return None, 0


def _fraction_or_ordinal(toks: list[str], used: int, value: Decimal, lex: Lexicon, leaned: bool) -> tuple[Number | None, int]:
    """What follows a number without a scale: a denominator ("two thirds", "two-thirds of a million"),
    an ordinal ("twenty-fifth", no number), or anything else (the number as it is)."""
    denoms, scales = lex.table("fractions", "denominators"), lex.scale_words
    if toks[used] in denoms:
        denom = Decimal(denoms[toks[used]])
        if value < denom and value == value.to_integral_value():
            if used + 1 < len(toks) and toks[used + 1] in scales:
                return Number(tidy(value * scales[toks[used + 1]] / denom), "number"), used + 2
            return Number(percent_of(value, denom), "fraction"), used + 1
        return None, used + 1  # "twenty-fifth": an ordinal, not a number
    if toks[used] in lex.table("fractions", "ordinals"):
        return None, used + 1  # "twenty-second"
    return Number(tidy(value), "number", leaned), used
