"""Durations that are themselves what is measured: "life expectancy of 72.8 years", "worked an average of
37.7 hours a week". A duration that only says when ("over the past six years") is no claim
(not_claims.duration_or_ordinal); one with a fraction (not one that "during", "over" or "for" open), or
with a measure's words right before it or earlier in its clause, is measured, in the unit the contract gives: year, month, day,
or seconds (s, the SI unit) for hours and minutes."""
from __future__ import annotations

import dataclasses
import functools
from decimal import Decimal

import regex

from ..lang import GAP, Lexicon, unrequired
from ..lang.cache import compiled
from .mention import COUNT, PLAIN, Mention, Unit, UnitKind
from .ranges import LEVEL_RATIO   # the level a change started from is within this factor of the one it reached

MEASURE_REACH = 40   # characters back from a duration to the words of a measure or a span before it
CLAUSE_REACH = 160   # ... and to a measure's word earlier in its clause ("the average wait increasing from 226 days")


class DurationPatterns:
    """A language's words of durations: time units with the contract's unit and its factor, and
    the words that make a duration a measure."""

    def __init__(self, lex: Lexicon):
        ci = regex.IGNORECASE
        self.units = {form.lower(): (code, Decimal(str(factor))) for form, (code, factor) in lex.table("durations", "units").items()}
        self.unit_after = lex.compile(rf"{GAP}+(?P<u>{lex.alternation(self.units)})(?![\p{{L}}])", ci)
        self.totals = frozenset(w.lower() for w in lex.words("durations", "totals"))
        # "an average of | 37 hours", "life expectancy was | 71 years": a measure's word right before the number
        self.measure_before = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern('durations', 'measures')})(?:{GAP}+(?:{lex.pattern('durations', 'links')}))?{GAP}*\Z", ci)
        # "the average wait increasing from | 226 days": a measure's word earlier in the duration's clause
        # (a decimal point is no sentence end: "rose from 72.3 to nearly | 76 years")
        self.measure_in_clause = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.pattern('durations', 'measures')})(?![\p{{L}}])(?:[^.!?;\n]|(?<=\d)\.(?=\d))*\Z", ci)
        # "life expectancy ... from | 79.9 to 81": a measure in years, its unit left out, earlier in the clause
        implied = lex.words("durations", "implied_years")
        self.implied_years = lex.compile(
            rf"(?<![\p{{L}}])(?:{lex.alternation(implied)})(?![\p{{L}}])(?:[^.!?;\n]|(?<=\d)\.(?=\d))*\Z" if implied else "(?!)", ci)
        # "79.9 | to 81": the word to the level a change reached, right after a number (matched there: no required string)
        self.to_after = lex.compile(rf"{GAP}+{unrequired(lex.pattern('direction', 'level_after_change'))}(?![\p{{L}}])", ci)
        # a noun right after the number: what it counts (not a preposition: "to 81.1 across the region")
        self.noun_after = lex.compile(rf"{GAP}+(?!(?:{lex.pattern('words', 'prepositions')})(?![\p{{L}}]))\p{{L}}", ci)
        # "during the period of | one and a half years", "over | 2.5 years": a span that says when
        self.when_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('durations', 'when_before')}){GAP}+\Z", ci)
        # "2 hours | and 54 minutes", "3 hours | 12 minutes": a smaller unit's count right after, part of the same duration
        joins = lex.pattern("subject", "np_and")
        self.smaller_after = lex.compile(rf"(?:{GAP}*,)?(?:{GAP}+(?:{joins}))?{GAP}+(?P<n>\d{{1,2}}){GAP}+(?P<u>{lex.alternation(self.units)})(?![\p{{L}}])", ci)
        # "patients aged | 75 years and over": an age, however long the waits its clause measures
        self.aged = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('not_claims', 'age_before')}){GAP}+\Z", ci)
        # "rose from | 72.3 | to nearly | 76 years": the level a change started from, and the word to the level it reached
        self.from_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern('ranges', 'from')}){GAP}+\Z", ci)
        bounds = "|".join(lex.pattern("qualifiers", kind) for kind in ("approx", "at_least", "at_most"))
        self.to_level = lex.compile(rf"{GAP}+(?:{lex.pattern('direction', 'level_after_change')}){GAP}+(?:(?:{bounds}){GAP}+)?", ci)


@functools.lru_cache(maxsize=None)
def duration_patterns(lex: Lexicon) -> DurationPatterns:
    return DurationPatterns(lex)


def measured_duration(p: DurationPatterns, text: str, m: Mention) -> Mention | None:
    """``m`` with its time unit, when it is a measured duration: "72.8 years" (a fraction), "an
    average of 37 hours", "life expectancy ... 71 years"; None for a duration that only says when."""
    if m.unit != COUNT or m.form not in PLAIN or m.scale or m.value_to is not None:
        return None
    unit = p.unit_after.match(text, m.end)
    if unit is None or p.aged.search(text, max(0, m.start - AGE_REACH), m.start):
        return None
    window = max(0, m.start - MEASURE_REACH)
    when = p.when_before.search(text, window, m.start)
    fraction = m.value != m.value.to_integral_value() and not when
    raw = text[m.num_start:m.num_end]   # (not "The House met at 1430 hours": a clock's time, four digits)
    clock = len(raw) == 4 and raw.isdigit() and int(raw[:2]) < 24 and int(raw[2:]) < 60
    total = m.value >= TOTAL_LEAST and unit.group("u").lower() in p.totals and not clock   # "closed for 51,552 hours": time spent
    if not fraction and not total and not p.measure_before.search(text, window, m.start) \
            and (when or not p.measure_in_clause.search(text, max(0, m.start - CLAUSE_REACH), m.start)):
        return None
    code, factor = p.units[unit.group("u").lower()]
    value, end = m.value * factor, unit.end()
    more = p.smaller_after.match(text, end)
    smaller = p.units[more.group("u").lower()] if more else None
    if smaller and smaller[0] == code and smaller[1] < factor:
        value, end = value + Decimal(more.group("n")) * smaller[1], more.end()   # "2 hours and 54 minutes"
    return dataclasses.replace(m, end=end, value=value, unit=Unit(UnitKind.DURATION, code), unit_start=unit.start("u"), unit_end=end)


AGE_REACH = 30   # characters back from a duration to a word of age ("aged", "over the age of"), at most
TOTAL_LEAST = 1000   # hours from here are a total of time spent, not a span anyone waited through


LINE_REACH = 200   # characters either side of a number within which its line is read
TABLE_ROW_NUMBERS = 4   # numbers on a line, more than its words, from which it is a table's row
_NUMBER = compiled(r"\d+(?:[.,]\d+)?")
_WORD = compiled(r"\p{L}{2,}")
YEARS_LEAST, YEARS_MOST = 40, 125   # a person's years a bare number in such a clause may be
IMPLIED_REACH = 250   # characters back from it to the measure, in its sentence ("... from 79.9 to 81 - and from 80 to 81.1 across")


def implied_years(p: DurationPatterns, text: str, m: Mention) -> Mention | None:
    """``m`` in years, when it is a bare number of a person's years in a clause that named a measure in years before
    it ("average life expectancy ... from 79.9 to 81"), with no word after it (not "in 45 districts")."""
    if m.unit != COUNT or m.form not in PLAIN or m.scale or not YEARS_LEAST <= m.value < YEARS_MOST \
            or p.noun_after.match(text, m.end) and not p.to_after.match(text, m.end) \
            or not p.implied_years.search(text, max(0, m.start - IMPLIED_REACH), m.start):
        return None
    # the number's line, within LINE_REACH either side (a text of one long line is read in bounded pieces)
    start, end = max(0, m.start - LINE_REACH), min(len(text), m.end + LINE_REACH)
    line = text[max(start, text.rfind("\n", start, m.start) + 1):(text.find("\n", m.end, end) + 1 or end + 1) - 1]
    numbers = len(_NUMBER.findall(line))
    if numbers >= TABLE_ROW_NUMBERS and numbers > len(_WORD.findall(line)):
        return None   # a table's row of cells (more numbers than words), whose years its columns give: not read here
    return dataclasses.replace(m, unit=Unit(UnitKind.DURATION, "year"))


def earlier_level(p: DurationPatterns, text: str, first: Mention, measured: Mention) -> Mention | None:
    """``first`` in the time unit of ``measured``, when it is the bare level a change started from and
    ``measured`` the one it reached: "rose from 72.3 to nearly 76 years", "с 72,26 до 76 лет"."""
    if first.unit != COUNT or first.form not in PLAIN or first.scale or first.value_to is not None \
            or not p.to_level.fullmatch(text, first.end, measured.start) \
            or not p.from_before.search(text, max(0, first.start - MEASURE_REACH), first.start):
        return None
    code, factor = p.units[text[measured.unit_start:measured.unit_end].lower()]
    value = first.value * factor
    if not measured.value / LEVEL_RATIO <= value <= measured.value * LEVEL_RATIO:
        return None
    return dataclasses.replace(first, value=value, unit=measured.unit)
