"""Dates and clock times, which are no claims: the day of "March 22" and the year of "к июню 2010 тонн",
"at 14.00", a programme's "10.00 – 12.30 Завтрак" and "13.30 Обед", a timetable's "13-35", a listing's
"News a.m.: 6, 7, 7.30, 8", and the counts on a programme's line and the cells of a timetable's row ("15:40 – 17:40
Session 1 (8 presentations)", "8:40 AM Sat 1 stop 11:25 AM"). Each is a rule of ``not_claims``' tables."""
from __future__ import annotations

from typing import Protocol

import regex

from ..lang.cache import compiled
from ..text.segment import Lines
from .mention import COUNT, Form, Mention

_CLOCK = compiled(r"(\d{1,2})[.:](\d{2})")
_HOUR = r"(?:[01]?\d|2[0-3])[.:][0-5]\d"
CLOCK = rf"(?<![\p{{N}}.,]){_HOUR}(?![\p{{N}}])"   # a clock time's digits, for the word lists' patterns
# "10.00 – 12.30 Завтрак": a span of clock times; "13.30 Работа секций", '16.30 "Стороны света"', "12.00 - открытие
# кафе": a time opening a programme's line, before a title that may be quoted, or a dash and any word
_CLOCK_SPAN = compiled(rf"{_HOUR}[ \t\u00a0]*[-–—][ \t\u00a0]*{_HOUR}")
_LINE_CLOCK = compiled(rf"[ \t]*{_HOUR}(?:[ \t\u00a0]+[\"«“„']?\p{{Lu}}|[ \t\u00a0]*[-–—][ \t\u00a0]*[\"«“„']?\p{{L}})")
# "| 15:40 – 17:40 | Session 1 (8 presentations) |": a line that a span of clock times opens, maybe after a table's bar
_PROGRAMME_LINE = compiled(rf"[ \t\u00a0]*(?:\|[ \t\u00a0]*)?{_CLOCK_SPAN.pattern}(?![\p{{N}}])")
# "8:40 AM Sat 1 stop Galiano 11:25 AM": a line that opens with a clock time and holds another is a timetable's row
_LINE_OPENS_CLOCK = compiled(rf"[ \t\u00a0]*(?:\|[ \t\u00a0]*)?{_HOUR}(?![\p{{N}}])")
_CLOCK_IN_LINE = compiled(rf"(?<![\p{{N}}.,:]){_HOUR}(?![\p{{N}}.,:])")
TIMETABLE_ROW = 300   # characters a timetable's row has at most
_COLUMN_GAP = compiled(r"\S[ \u00a0]{2,}(?=\S)")   # the blanks between two cells of a row laid out in columns
_SPAN_FROM = compiled(rf"(?<![\p{{N}}.,]){_HOUR}[ \t\u00a0]*[-–—][ \t\u00a0]*\Z")   # "09.30 – [13.30]"
# "13-35": a clock time written with a hyphen, as timetables do; one among others near it
_CLOCK_DASH = compiled(r"(?<![\p{N}.,])(?:[01]?\d|2[0-3])-[0-5]\d(?![\p{N}.,%])")
_CLOCK_CELL = compiled(_CLOCK_DASH.pattern + r"(?=[ \t]*(?:\n|\d|\Z))")   # ... a cell of a timetable, no word after it
CLOCK_DASH_REACH, CLOCK_DASH_NEAR = 200, 3   # how near, and how many, such cells make a timetable


# "6, 7, 7.30, 8, 12": hours, and the characters of a list of them
_H = r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?"
_HOURS = compiled(rf"[ \t]*{_H}(?:[ \t]*[,–—-]+[ \t]*{_H})+[ \t]*,?[ \t]*")
_LIST_CHARS = frozenset("0123456789.:,-–— \t")
LIST_REACH = 80   # characters a list of hours may run on either side of the number


class WithClockWords(Protocol):
    """What these rules read of the not-a-claim patterns they are given (not_claims.NotClaimPatterns)."""

    clock_before: regex.Pattern       # "at", "в" right before a clock time
    clock_and: regex.Pattern          # such a clock time and "and", "и" or a comma before another ("в 10.30 и 20.05")
    clock_list_before: regex.Pattern  # a clock word and a colon before a list of hours ("a.m.:")
    clock_list_after: regex.Pattern   # a clock word after a list of hours ("12 noon")
    dotted_clocks: bool               # whether "Label: 9.15, 16.00" lists clock times (where a point is no decimal mark)
    month_heading: regex.Pattern      # a line that only names a month, maybe with its year ("MAY 2024")


def clock_time(p: WithClockWords, text: str, m: Mention) -> bool:
    """"at 14.00", "в 14.00", "7.30 утра", "в 10.30 и 20.05", "10.00 – 12.30 Завтрак", a line that opens with "13.30 Обед":
    a clock time written with a full stop (not "at 5.31 million", "at 0.52%")."""
    if m.scale or m.unit != COUNT:
        return False
    if m.value_to is not None:
        return bool(_CLOCK_SPAN.fullmatch(text, m.num_start, m.end))
    clock = _CLOCK.fullmatch(text[m.num_start:m.num_end])
    return bool(clock and int(clock.group(1)) < 24 and int(clock.group(2)) < 60
                and (p.clock_before.search(text, max(0, m.start - 20), m.start)
                     or p.clock_list_after.match(text, m.num_end)   # "Астана: 7.30 утра", "7.30 a.m."
                     or p.clock_and.search(text, max(0, m.start - 40), m.start)
                     or _LINE_CLOCK.match(text, text.rfind("\n", 0, m.start) + 1 if m.start else 0)
                     or _SPAN_FROM.search(text, max(0, m.start - 12), m.start)))


# "14.00 hrs. – 15.45 hrs.": a span of clock times, each with a short word after it
_HOURS_WORD = r"[ \t\u00a0]*\p{L}{1,5}\.?[ \t\u00a0]*"
_HOURS_SPAN_BEFORE = compiled(rf"(?<![\p{{N}}.,]){_HOUR}{_HOURS_WORD}[-–—][ \t\u00a0]*\Z")
_HOURS_SPAN_AFTER = compiled(rf"{_HOURS_WORD}[-–—][ \t\u00a0]*{_HOUR}(?![\p{{N}}])")


def clock_hours(p: WithClockWords, text: str, m: Mention) -> bool:
    """"14.00 hrs. – 15.45 hrs.", "08.30 GMT – 10.00 GMT": a clock time with its minutes after a full stop, and a short
    word after it, in a span of two (alone, "1.45 hrs" is a duration)."""
    clock = _CLOCK.fullmatch(text, m.num_start, m.num_end)
    return bool(m.unit == COUNT and not m.scale and m.value_to is None and clock and int(clock.group(1)) < 24 and int(clock.group(2)) < 60
                and (_HOURS_SPAN_BEFORE.search(text, max(0, m.start - 30), m.start) or _HOURS_SPAN_AFTER.match(text, m.num_end)))


def programme_line(p: WithClockWords, text: str, m: Mention, lines: Lines) -> bool:
    """"15:40 – 17:40 | Session 1 (8 presentations)", "8:40 AM Sat 1 stop Galiano 11:25 AM": a count on a
    line that a span of clock times opens, or that opens with a clock time and holds another, is a
    detail of a programme's item or a timetable's row (a conference's, a day's, a ferry's), not a statistic."""
    if m.unit != COUNT or m.scale:
        return False
    start = lines.start(m.num_start)
    if _PROGRAMME_LINE.match(text, start):
        return True
    opened, end = _LINE_OPENS_CLOCK.match(text, start), lines.end(m.num_start)
    return bool(opened) and end - start <= TIMETABLE_ROW and _CLOCK_IN_LINE.search(text, opened.end(), end) is not None


CALENDAR_LINES = 40   # lines of days between a day's line and its month's heading, at most
# "9 county cup final", "4/5 junior league round 12": a day (or two) opening a line, then its event
_DAY_LINE = compiled(r"[ \t]*(?P<day>0?[1-9]|[12]\d|3[01])(?:[/–-](?:0?[1-9]|[12]\d|3[01]))?[ \t]+(?=\S)")


def calendar_day(p: WithClockWords, text: str, m: Mention, lines: Lines) -> bool:
    """"APRIL 2025\n2 county cup semi-finals\n9 county cup final": a day opening its line, under lines that
    each open with a day no later, up to a heading that names the month, is a calendar's date, not a count, when the
    calendar has two lines or more (not "JUNE 2024\n12 new homes were approved.")."""
    if m.unit != COUNT or m.scale:
        return False
    start = lines.start(m.num_start)
    day = _DAY_LINE.match(text, start)
    if not day or day.start("day") != m.num_start:
        return False
    last = int(day.group("day"))
    for k in range(CALENDAR_LINES):
        above = lines.above(start, 1)
        if above is None:
            return False
        if p.month_heading.fullmatch(text, above, lines.end(above)):
            below = lines.below(lines.end(m.num_start) + 1, 1) if k == 0 else None
            later = _DAY_LINE.match(text, below) if below is not None else None
            return k > 0 or later is not None and int(later.group("day")) >= last
        earlier = _DAY_LINE.match(text, above)
        if not earlier or int(earlier.group("day")) > last:
            return False
        last, start = int(earlier.group("day")), above
    return False


def timetable_row(p: WithClockWords, text: str, m: Mention, lines: Lines) -> bool:
    """"CNB | 21:12 | 21:17 | 05:00 | 440 km | 1 |", "  10:31p   417  Ar  St. Paul, MN    Dp    7:50a": a cell of a
    table's row (cells parted by bars, tabs or runs of blanks) that holds two clock times or more, or one beside such a
    row, is a timetable's, whatever its unit."""
    start, end = lines.start(m.num_start), lines.end(m.num_start)
    if end - start > TIMETABLE_ROW or text.count("|", start, end) + text.count("\t", start, end) < 2 \
            and len(_COLUMN_GAP.findall(text, start, end)) < 2:
        return False
    clocks = len(_CLOCK_IN_LINE.findall(text, start, end))
    if clocks != 1:
        return clocks >= 2
    # the first or last row, with one clock time (departs or arrives only): the row beside it has two
    beside = [(lines.start(start - 2), start - 1)] if start >= 2 else []
    if end + 1 < len(text):
        beside.append((end + 1, lines.end(end + 1)))
    return any(b - a <= TIMETABLE_ROW and len(_CLOCK_IN_LINE.findall(text, a, b)) >= 2 for a, b in beside)


def clock_dash(p: WithClockWords, text: str, m: Mention) -> bool:
    """"13-35 окончание первой смены" in a timetable: a clock time written with a hyphen, among others."""
    if m.scale or m.unit != COUNT or not _CLOCK_DASH.fullmatch(text, m.num_start, m.end):
        return False
    near = _CLOCK_CELL.findall(text, max(0, m.start - CLOCK_DASH_REACH), min(len(text), m.end + CLOCK_DASH_REACH))
    return len(near) >= CLOCK_DASH_NEAR


def clock_list(p: WithClockWords, text: str, m: Mention) -> bool:
    """"News a.m.: 6, 7, 7.30, 8, 12 noon": a list of two or more hours that a clock word and a colon open,
    or that a clock word closes, is a listing's times."""
    if m.scale or m.unit != COUNT:
        return False
    start, end = m.start, m.end
    while start > 0 and text[start - 1] in _LIST_CHARS and m.start - start < LIST_REACH:
        start -= 1
    while end < len(text) and text[end] in _LIST_CHARS and end - m.end < LIST_REACH:
        end += 1
    while start < m.start and text[start] in ".:,":
        start += 1   # the full stop or colon that ends "a.m." or "News:" before the list
    while end > m.end and text[end - 1] in ".:":
        end -= 1     # the sentence's full stop
    return bool(_HOURS.fullmatch(text, start, end)) and bool(
        p.clock_list_before.search(text, max(0, start - 20), start) or p.clock_list_after.match(text, end))


# "Автовокзал: 9.15, 16.00. Слободка: 10.05 16.55": two or more times after a label's colon, commas or blanks between
_DOTTED = r"(?:[01]?\d|2[0-3])\.[0-5]\d"
RUN_REACH = 120   # characters from a time to the colon of its run, on its line
_CLOCK_RUN = compiled(rf":[ \t\u00a0]*(?<![\p{{N}}.,]){_DOTTED}(?:(?:[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+){_DOTTED})+(?![\p{{N}}]|[.,]\p{{N}})")


# "1330 Coruisk passes inbound": a log's line that a 24-hour time of four digits opens, before a capitalised word
_LOG_LINE = compiled(r"[ \t]*(?:[01]\d|2[0-3])[0-5]\d[ \t]+\p{Lu}")
LOG_LINES = 3   # lines either side of a log's line where other such lines stand
LOG_LEAST = 3   # such lines near one another that make a log, at least


def log_time(p: WithClockWords, text: str, m: Mention, lines: Lines) -> bool:
    """"1330 Coruisk passes inbound from Craignure.", "1340 Hebridean Isles departs" and "1410 Loch Striven passes" below it:
    a time of four digits that opens a line before a capitalised word, among LOG_LEAST such lines or more near one another
    whose times run forward, is a log's time, not a count."""
    start = lines.start(m.num_start)
    if m.scale or m.unit != COUNT or m.num_end - m.num_start != 4 or text[start:m.num_start].strip() or not _LOG_LINE.match(text, start):
        return False
    times = [line.strip()[:4] for line in lines.around(start, lines.end(start), LOG_LINES).split("\n") if _LOG_LINE.match(line)]
    return len(times) >= LOG_LEAST and times == sorted(times)   # (a log's times run forward)


def clock_run(p: WithClockWords, text: str, m: Mention, lines: Lines) -> bool:
    """"Автовокзал: 9.15, 16.00. Слободка: 10.05 16.55": a timetable's departures, two or more times of an hour, a
    point and minutes after a label's colon, in a language whose decimal mark is no point (not "Rates: 1.25, 1.50")."""
    if not p.dotted_clocks or m.scale or m.unit != COUNT or m.value_to is not None or not _CLOCK.fullmatch(text, m.num_start, m.num_end):
        return False
    start, end = max(lines.start(m.num_start), m.num_start - RUN_REACH), min(lines.end(m.num_start), m.num_end + RUN_REACH)
    return any(run.start() < m.num_start < run.end() for run in _CLOCK_RUN.finditer(text, start, end))


# "с 31.12 на 1.01", "с 01.06 по 31.08": two days of the year as day, point, month, joined as a span by a dash or a
# short word
_DAY_MONTH = r"(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])"
_DATE_SPAN = compiled(rf"(?<![\p{{N}}.,]){_DAY_MONTH}[ \t\u00a0]*(?:[-–—]|\p{{L}}{{1,2}})[ \t\u00a0]*{_DAY_MONTH}(?![\p{{N}}]|[.,]\p{{N}})")
SPAN_REACH = 20   # characters from a number to either end of the span of days it is in, at most


def dotted_dates(p: WithClockWords, text: str, m: Mention) -> bool:
    """"в ночь с 31.12 на 1.01", "с 01.06 по 31.08": an end of a span of two days written day, point, month, in a
    language whose decimal mark is no point (not "from 1.05 to 1.10 per cent")."""
    if not p.dotted_clocks or m.scale or m.unit != COUNT:
        return False
    return any(span.start() <= m.num_start and m.num_end <= span.end()
               for span in _DATE_SPAN.finditer(text, max(0, m.num_start - SPAN_REACH), min(len(text), m.num_end + SPAN_REACH)))


class WithMonths(Protocol):
    """What ``date`` reads of the not-a-claim patterns it is given (not_claims.NotClaimPatterns)."""

    month_before: regex.Pattern       # a month's name right before a number ("March 22", "к июню 2010")
    month_after: regex.Pattern        # a month's name right after a number ("22 марта")
    day_to: regex.Pattern             # "по 7", "to 7": the other end of a span of days
    capitalised_months: frozenset[str]   # month names that are one only with a capital ("May")


def date(p: WithMonths, text: str, m: Mention) -> bool:
    """"March 22", "22 марта", "the 14th of May", "с 4 по 7 ноября": the day of a date; and the year right
    after a month, whatever follows it (a table's header "к июню 2010 тонн")."""
    if m.form is not Form.DIGITS or m.scale or m.value != m.value.to_integral_value():
        return False
    if m.unit != COUNT and m.value_to is None and 1900 <= m.value <= 2100 and m.num_end - m.num_start == 4:
        after = None   # a year: only a month before it
    elif not 1 <= m.value <= 31:
        return False
    else:
        to = p.day_to.match(text, m.num_end) if m.value_to is None else None
        after = p.month_after.match(text, m.num_end) or m.value_to is not None and p.month_after.match(text, m.end) \
            or to is not None and p.month_after.match(text, to.end())
    for found in (p.month_before.search(text, max(0, m.num_start - 12), m.num_start), after):
        if found and (found.group("m").lower() not in p.capitalised_months or found.group("m")[0].isupper()):
            return True
    return False
