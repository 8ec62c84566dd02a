"""The document's own date, from its dateline or header ("April 2, 2024, Moscow", "Publication
date: March 11, 2013", " date 2021-03-03", "Tuesday 07.04.2015, 18:30"): looked for in the first
and last lines only. A header with only a month (" date 2023-09") dates the document to the first
of that month. "03/07/2026" could be either day first or month first: a date in the same lines that
cannot be read two ways ("Publication date: March 7, 2026") wins over it, and failing that the page's other dates tell which it writes first
("12/25/2025" is month first); when nothing tells, the day comes first."""
from __future__ import annotations

import datetime as dt
import functools
import itertools

import regex

from ..lang import Lexicon, unrequired
from ..lang.cache import compiled
from .prefilter import Prefilter, Utf8

HEAD_CHARS, TAIL_CHARS = 3000, 800   # where a document's date is written: its first and last lines
_COLUMN_GAP = compiled(r"[ \t\u00a0]{4,}\S")   # the gap between two columns of a line

@functools.lru_cache(maxsize=None)
def _date_patterns(lex: Lexicon) -> regex.Pattern:
    months = lex.alternation(lex.words("time", "months"))
    headers = lex.alternation(lex.words("dates", "headers"))
    # "Released at 11:30 AM (CANBERRA TIME) 22/07/2009": the time a header gives before its date
    at = lex.alternation(lex.words("dates", "header_clock_before"))
    clock = (rf"(?:(?:{at})[ \t\u00a0]+)?\d{{1,2}}[:.]\d{{2}}(?:[ \t\u00a0]*(?:{lex.alternation(lex.words('dates', 'clock_marks'))}))?"
             rf"(?:[ \t\u00a0]*\([^)\n]{{1,30}}\))?[ \t\u00a0]+")
    year_words = lex.alternation(lex.words("dates", "year_words"))
    day = rf"\d{{1,2}}(?:{lex.alternation(lex.words('dates', 'day_suffixes'))})?"
    weekdays = lex.alternation(lex.words("dates", "weekdays"))
    event_before = lex.alternation(lex.words("dates", "event_before"))
    speech = lex.alternation(lex.words("dates", "speech_lines"))
    speech_on = "".join(rf"|[ \t\u00a0]{w}" for w in lex.words("dates", "speech_date_before"))
    events = lex.alternation(lex.words("dates", "title_events"))
    acts = lex.words("dates", "act_lines")
    # "Решение маслихата ... от 8 января 2020 года № 335", a text's first line "Справочная информация ... от
    # 02.03.2005 г № Б/Н": an act's title line, dated before its number
    act = (rf"|(?<=(?:(?:^|\n)[ \t\u00a0]*(?:{lex.alternation(acts)})[ \t\u00a0]|\A[ \t\r\n]*)[^\n]{{1,200}}[ \t\u00a0](?:{lex.alternation(lex.words('dates', 'act_date_before'))})[ \t\u00a0])"
           rf"(?P<act>)(?=[^\n]{{6,30}}(?:{lex.alternation(lex.words('dates', 'act_numbers'))})[ \t\u00a0]*\S)") if acts else "|(?P<act>(?!))"
    byline = lex.words("dates", "byline")
    # "by Desk Editor on Tuesday, November 13, 2012": a byline's date, after its name
    byline = (rf"|(?<=(?:^|\n)[ \t\u00a0]*(?:{lex.alternation(byline)})[ \t\u00a0][^\n]{{1,60}}[ \t\u00a0]"
              rf"(?:{lex.alternation(lex.words('dates', 'byline_date'))})[ \t\u00a0])"
              # ... or right after the author's name, a time or nothing after the date ("By Sialai Sanerivi 17 August 2022, 9:28PM")
              # (its blanks bounded: a look-behind over a long run of them is tried at every place in it)
              rf"|(?<=(?:^|\n)[ \t\u00a0]{{0,8}}(?:{lex.alternation(byline)})[ \t\u00a0](?:(?-i:\p{{Lu}})[\p{{L}}.'’-]{{0,30}}[ \t\u00a0]{{1,3}}){{1,4}})(?P<named>)") \
        if byline else "|(?P<named>(?!))"
    published = lex.words("dates", "first_published")
    published = (rf"|(?<=(?<![\p{{L}}])(?:{lex.alternation(published)})[ \t\u00a0])(?P<published>)"
                 rf"(?=(?:(?:{months})\.?[ \t\u00a0]+{day},?[ \t\u00a0]+|\d{{1,2}}/\d{{1,2}}/)\d{{4}}(?:[ \t\u00a0.]*(?:\r?\n|\Z)|[ \t\u00a0]+\(\d+[ \t\u00a0]\p{{L}}))")   \
        if published else "|(?P<published>(?!))"   # (or "This article was published 10/3/2017 (1902 days ago)": a page's notice)
    # a full date that ends its line, maybe with a time ("15 января 2013 г. 10:26", "27 апр 2025 в 10:07")
    line_date = (rf"(?=\d{{1,2}}[ \t\u00a0]+\p{{L}}{{3,10}}\.?[ \t\u00a0]+\d{{4}}(?:[ \t\u00a0]+(?:{year_words}))?"
                 rf"(?:,?[ \t\u00a0]+(?:\p{{Ll}}{{1,2}}[ \t\u00a0]+)?\d{{1,2}}:\d{{2}})?[ \t\u00a0]*(?:\r?\n|\Z))")
    return lex.compile(rf"""
        (?:(?:^|\n)[ \t\u00a0]*(?:[•·▪►\[][ \t\u00a0]*|[-–—][ \t\u00a0]+(?=\d{{1,2}}:\d{{2}}|{line_date})|(?:\p{{L}}[\p{{L}} \t\u00a0.-]{{0,40}})?\|[ \t\u00a0]*|\p{{Lu}}[\p{{L}}-]{{1,30}},[ \t\u00a0]+(?=\d{{1,2}}:\d{{2}})|\(?\p{{Lu}}[\p{{L}}-]{{1,30}}\)[ \t\u00a0]+(?=\d{{1,2}}:\d{{2}})
            |(?:(?-i:\p{{Lu}}\p{{Ll}}+)[ \t\u00a0]*[/|›»][ \t\u00a0]*){{0,3}}\p{{Lu}}\p{{Ll}}{{1,20}}[ \t\u00a0]+{line_date}
            |(?-i:\p{{Lu}}[\p{{Lu}}'’&-]+(?:[ \t\u00a0]+\p{{Lu}}[\p{{Lu}}'’&-]*)*)[ \t\u00a0]+{line_date}
            |\p{{L}}{{2,12}}[ \t\u00a0]+(?=\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}[ \t\u00a0]*(?:\r?\n|\Z)))?   # at a line's start, after a bullet, a bracket or a dash ("[Sitting date: 23 July 2014."; "- 13:22 20 июля 2023", a date ending its line: "- 11 октября 2014"), a section's name and a bar ("Узбекистан | 18:27 / 07.08.2019"), a comma before a time ("Общество, 15:22, 14 января 2012"), an agency in brackets before a time ("(Xinhua) 08:39, November 01, 2024"), a section's word alone, maybe after the sections above it, before a date that ends the line ("News 1 Jun 2023", "Новости 15 января 2013 г. 10:26", "Сибирь / Новости 14 сентября 2022 г. 08:56", "Футбол 27 апр 2025 в 10:07") or a title in capitals before it ("UNEMPLOYMENT FIGURES 18 OCTOBER 1972") or one word (a label, an icon's name) before a date in figures alone on its line ("icon 23/03/2023"),
            (?:(?P<clock>\d{{1,2}}:\d{{2}})(?:[ \t\u00a0]*[,/–—-])?[ \t\u00a0]+)?   # or a time: "10:50 23.09.2024", "• 10:27, 26 декабря 2022", "14:44 - 09 / 12 / 2014"; or a capitalised header after
          |(?<=[ \t\u00a0])(?=(?=(?-i:\p{{Lu}}))(?:{headers})[ \t\u00a0]*:?[ \t\u00a0]*(?:{clock})?\d)   # a byline ("Иван Петров Опубликована 24.02.2024")
          |(?<=[ \t\u00a0])(?=\d{{4}}-\d{{2}}-\d{{2}}[ T]\d{{2}}:\d{{2}})   # a time stamp ("Meeting ... 2019-11-11 11:30:00")
          |(?<=[ \t\u00a0,])(?<!(?<![\p{{L}}])(?:{event_before})[ \t\u00a0])(?=(?P<wd>(?:{weekdays}),[ \t\u00a0]+(?:(?:{months})\.?[ \t\u00a0]+\d|\d{{1,2}}[ \t\u00a0]+(?:{months})(?![\p{{L}}]))))   # a weekday's full date in a line ("... EDT, FRIDAY, AUGUST 5, 2016 CB 16-132", "12:56 GMT, Tuesday, 30 September 2008")
          # a date that ends a head line after a separator ("... - Дневник губернатора - 2009-11-02", "Область / Автор / 17.02.2016 10:36",
          # "CITY COUNCIL BULLETIN // jun.10.2024")
          |(?<=[^\n][ \t\u00a0](?:[-–—|/]|//)[ \t\u00a0])(?P<sep>)(?=[\d\p{{L}}][^\n]{{5,24}}(?:\r?\n|\Z))
          # a speech's head line with its full date after a comma or "on", ending the line or a part of it ("Speech by ...,
          # at the ... Forum, London, 12 July 2022.", "SPEECH BY MR ..., ON WEDNESDAY 5 APRIL 2000, 9.15 AM, AT ...")
          |(?<=(?:^|\n)[ \t\u00a0]*(?:{speech})[ \t\u00a0][^\n]{{1,300}}(?:,{speech_on})[ \t\u00a0])(?P<ends>)
            (?=(?:(?:{weekdays}),?[ \t\u00a0]+)?(?:(?:{months})\.?[ \t\u00a0]+{day},?|{day}[ \t\u00a0]+(?:{months})\.?,?)[ \t\u00a0]+\d{{4}}(?:[ \t\u00a0]+(?:{year_words}))?(?:[.,;]|[ \t\u00a0]*(?:\r?\n|\Z)))
          # a document's title line naming the event its text records, with the event's full date at its end
          # ("Chief Medical Officer's press conference about COVID-19 on 10 January 2021")
          |(?<=\A[ \t\r\n]*[^\n]{{0,120}}(?<![\p{{L}}])(?:{events})(?![\p{{L}}])[^\n]{{0,200}}(?:,{speech_on})[ \t\u00a0])(?P<titled>)
            (?=(?:(?:{months})\.?[ \t\u00a0]+{day},?|{day}[ \t\u00a0]+(?:{months})\.?,?)[ \t\u00a0]+\d{{4}}(?:[ \t\u00a0]+(?:{year_words}))?[ \t\u00a0.]*(?:\r?\n|\Z))
          # a news agency's closing line, its date ending it ("This report ... was first published Dec. 16, 2025.")
          {published}
          {act}{byline})
        (?:(?P<header>{headers})[ \t\u00a0]*:?[ \t\u00a0]*(?:{clock})?)?   # ... maybe after "Publication date:" (and a time: "Released at 11:30 AM")
        (?P<place>(?:\p{{Lu}}[\p{{L}}/-]{{1,30}}(?:[ \t\u00a0]\p{{Lu}}[\p{{L}}/-]{{1,30}})?[,.][ \t\u00a0]+){{1,2}})?    # ... or a place ("Москва, 4 марта 2026", "Paris/Leipzig, 23 May 2018", "Воронеж. 26.08.2009.", "БК, Рига, 25.05.2020.")
        (?:(?P<wday>{weekdays}),?[ \t\u00a0]+)?        # ... and a weekday ("Tuesday 07.04.2015"): a dateline, whatever follows it
        (?:
            (?P<month>{months})\.?[ \t\u00a0]+(?P<day>{day}),?[ \t\u00a0]+(?P<year>\d{{4}})       # April 2, 2024; July 20th, 2017
          | (?P<dm>{months})\.(?P<dd>\d{{1,2}})\.(?P<dy>\d{{4}})                                     # jun.10.2024
          | (?P<day2>{day})[ \t\u00a0]+(?P<month2>{months})\.?,?[ \t\u00a0]+(?P<year2>\d{{4}})    # 2 April 2024, 4 марта 2026
          | (?P<iy>\d{{4}})[-/.](?P<im>\d{{2}})[-/.](?P<id>\d{{2}})                                    # 2021-03-03, 2022/11/23 (no backreference: the fast scan takes none)
          | (?P<nd>\d{{1,2}})\.(?P<nm>\d{{1,2}})\.(?P<ny>\d{{4}})                                     # 04.03.2026
          | (?P<sd>\d{{1,2}})[ \t\u00a0]?/[ \t\u00a0]?(?P<sm>\d{{1,2}})[ \t\u00a0]?/[ \t\u00a0]?(?P<sy>\d{{4}})   # 30/03/2015, 09 / 12 / 2014
          | (?(header)(?P<my>\d{{4}})-(?P<mm>\d{{2}})(?![\d-])|(?!))                               # date 2023-09: a header's month
          | (?:\p{{Lu}}[\p{{L}}-]{{1,30}}/(?=\d{{1,2}}\.\d{{2}}\.\d{{2}}/\p{{Lu}}[\p{{L}}-]{{1,30}}:)   # Баку/16.08.23/Turan: an agency's dateline,
              |(?<=\p{{Lu}}[\p{{L}}-]{{1,30}},[ \t\u00a0])(?=\d{{1,2}}\.\d{{2}}\.\d{{2}}\.?[ \t\u00a0]+/\p{{Lu}}[\p{{L}}-]{{1,30}}/)   # or Бишкек, 12.10.21 /Кабар/. (Бишкек, 21.05.20. /Кабар/.)
              |(?<=(?:^|\n)[ \t\u00a0]*)(?=\d{{1,2}}\.\d{{2}}\.\d{{2}}[ \t\u00a0]+\d{{1,2}}:\d{{2}}[ \t\u00a0]*(?:\r?\n|\Z)))   # or a stamp alone on its line, its clock after it (27.06.24 15:01)
            (?P<ad>\d{{1,2}})\.(?P<am>\d{{2}})\.(?P<ay>\d{{2}})
        )
        (?:(?![\d])|(?=\d{{1,2}}:\d{{2}}(?!\d)))   # (a time may be glued to the year: "17 июля 202518:00")
        (?:[ \t\u00a0]+(?:{year_words}))?         # "4 марта 2026 года"
        (?P<rest>[^\n]{{0,80}})                     # a dateline is short: place, time, or nothing
    """, regex.VERBOSE | regex.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _date_scan(lex: Lexicon) -> Prefilter:
    """The date pattern with a fast scan for where it may match (text/prefilter.py): the same matches."""
    pattern = _date_patterns(lex)
    return Prefilter(pattern, pattern.pattern, pattern.flags)


def document_date(text: str, lex: Lexicon) -> dt.date | None:
    """The date of the document: a dateline ("April 2, 2024, Moscow"), a header ("Publication date:
    ...", " date 2021-03-03"), the first one found that ends its line within a short tail."""
    return dated_header(text, lex)[0]


def dated_header(text: str, lex: Lexicon) -> tuple[dt.date | None, int]:
    """The document's date and, when a header line gave it (" date 2025-08-30 За семь месяцев ..."),
    where the header ends; -1 for a dateline or no date."""
    head, tail = min(len(text), HEAD_CHARS), max(HEAD_CHARS, len(text) - TAIL_CHARS)
    scan = _date_scan(lex)
    read = [(m, d) for m in itertools.chain(scan.finditer(Utf8(text, 0, head), 0, head), scan.finditer(Utf8(text, tail), tail))
            if (d := _read(m, lex)) is not None and not _wrapped_on(text, m) and not _related(text, m.start(), lex)]
    if not read:
        return None, -1
    kept = _past_site_clock(read, head)
    found = [d for _, d in kept]
    date, header_end, either_way = found[0]
    if either_way:   # "03/07/2026": a date of the page that cannot be read two ways and is one of its readings, else the
        # page's own order, decides (not another story's date listed below it: "07/06/2013" over "04 April 2017")
        readings = {date, dt.date(date.year, date.day, date.month)} if date.day <= 12 else {date}
        named = next((f for f in found if not f[2] and f[0] in readings), None)
        if named is not None:
            return named[0], named[1]
        if (_month_first(text) or _US_CLOCK.search(text, kept[0][0].start(), kept[0][0].end() + US_CLOCK_REACH)) and date.day <= 12:
            date = dt.date(date.year, date.day, date.month)
    return date, header_end


_Found = tuple[dt.date, int, bool]   # a date, where its header ends (or -1), and whether day and month could swap


def _past_site_clock(read: list[tuple[regex.Match, _Found]], head: int) -> list[tuple[regex.Match, _Found]]:
    """The datelines from the article's own on: a date alone on its line that a later and earlier date
    in the head follows is the site's clock, the day the page was saved ("Среда, 18 марта 2026" over
    the article's "05 февраля 2019")."""
    m, (date, _, _) = read[0]
    if m.group("rest").strip() or m.group("header") or m.group("clock"):
        return read
    later = next((i for i, (n, f) in enumerate(read[1:], 1) if n.start() < head and f[0] < date), None)
    return read if later is None else read[later:]


def _read(m: regex.Match, lex: Lexicon) -> _Found | None:
    """The date a dateline or header match gives, or None when it is no dateline (a sentence follows)
    or no date."""
    if not m.group("header") and not m.group("wd") and not m.group("wday") and not m.group("clock") and m.group("ends") is None \
            and m.group("act") is None and m.group("sep") is None and m.group("titled") is None and m.group("published") is None \
            and not _is_dateline_tail(m.group("rest")) and not _reading_time(lex).fullmatch(m.group("rest")) \
            and not (m.group("place") and m.group("rest").startswith(".") and _BLANK.fullmatch(m.string, 0, m.start())) \
            and not (m.group("place") and m.group("nd") and m.group("rest").startswith(".")) \
            and not (_HANDLE.fullmatch(m.group("rest")) and _BLANK.fullmatch(m.string, 0, m.start())):
        return None   # but a time stamp opens its line: "16:15 8.09.2010 По данным Росстата, ..."; and an agency's
        # first words, a place and a date ending with a point, open its text: "Воронеж. 26.08.2009. Агентство ... –",
        # "Пенза, 26 августа 2022. PenzaNews. Индекс ...";
        # a place and a date in digits with its point open a line: "БК, Рига, 25.05.2020."; a site's first line gives
        # the date and its poster's handle: "Sep 09, 2017 admin"
    year = int(m.group("year") or m.group("year2") or m.group("dy") or m.group("iy") or m.group("ny") or m.group("sy") or m.group("my")
               or _century(m.group("ay")))
    if not 1900 <= year <= 2100 or m.group("named") is not None and not _NAMED_TAIL.fullmatch(m.group("rest")):
        return None   # (after an author's name, only a time may follow the date: not "By Friday 17 May 2024, the council ...")
    months = lex.table("time", "months")
    header_end = m.start("rest") if m.group("header") else -1
    try:
        if m.group("year"):
            return dt.date(year, months[m.group("month").lower()], _day(m.group("day"))), header_end, False
        if m.group("year2"):
            return dt.date(year, months[m.group("month2").lower()], _day(m.group("day2"))), header_end, False
        if m.group("dy"):
            return dt.date(year, months[m.group("dm").lower()], int(m.group("dd"))), header_end, False
        if m.group("iy"):
            return dt.date(year, int(m.group("im")), int(m.group("id"))), header_end, False
        if m.group("ny"):
            return dt.date(year, int(m.group("nm")), int(m.group("nd"))), header_end, False
        if m.group("my"):
            return dt.date(year, int(m.group("mm")), 1), header_end, False
        if m.group("ay"):
            return dt.date(year, int(m.group("am")), int(m.group("ad"))), header_end, False
        day, month = int(m.group("sd")), int(m.group("sm"))
        if month > 12:
            return dt.date(year, day, month), header_end, False   # "03/30/2015": the month first
        return dt.date(year, month, day), header_end, day <= 12 and day != month
    except (ValueError, KeyError):
        return None


_NAMED_TAIL = compiled(r"(?:[ \t\u00a0]*[,–—-]?[ \t\u00a0]*\d{1,2}[:.]\d{2}[ \t\u00a0]*(?:[AaPp]\.?[Mm]\.?)?)?[ \t\u00a0.]*")   # ", 9:28PM", " — 4:10 PM", or nothing
_BLANK = compiled(r"\s*")   # only white space: the text opens with the match
_HANDLE = compiled(r"[ \t\u00a0]+\p{Ll}[\p{Ll}\d_.-]{1,20}[ \t\u00a0]*")   # "Sep 09, 2017 admin": one lower-case word, a poster's handle
# "11/3/2015 10:04:44 PM": a slash date, then a clock of twelve hours with its seconds, as the United States writes a
# date and time (month first)
US_CLOCK_REACH = 16   # characters after a date's match (which may hold its clock) where that clock ends, at most
_US_CLOCK = compiled(r"[ \t\u00a0]+\d{1,2}:\d{2}:\d{2}[ \t\u00a0]*[AaPp][Mm](?![\p{L}])")
_SLASH_DATE = compiled(r"(?<![\d/])(\d{1,2})/(\d{1,2})/\d{4}(?![\d/])")


def _month_first(text: str) -> bool:
    """Does the page write its slash dates month first ("12/25/2025" somewhere, and no "25/12/2025")?"""
    pairs = [(int(a), int(b)) for a, b in _SLASH_DATE.findall(text)]
    return any(b > 12 for a, b in pairs) and not any(a > 12 for a, b in pairs)


def _century(yy: str | None) -> str | None:
    """"23" -> "2023", "98" -> "1998": a year of two digits in an agency's dateline."""
    return None if yy is None else f"{19 if int(yy) >= TWO_DIGIT_PIVOT else 20}{yy}"


TWO_DIGIT_PIVOT = 70   # two-digit years from here on are of the 1900s


def _day(text: str) -> int:
    """The day of "20th" or "20"."""
    return int(text[:2] if text[:2].isdigit() else text[:1])


_AT_CLOCK = compiled(r"\p{Ll}{1,3}[ \t\u00a0]+\d{1,2}:\d{2}")   # "12 ноя 2012 в 12:08", "March 3, 2021 at 10:15": a short word, then the time
_SOURCE_ONLY = compiled(r"\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,2}")   # "30/03/2015 TASS": a place or an agency


RELATED_LINE = 200   # a link to another story under "Read also" is a short line ...
RELATED_LINES = 12   # ... one of a few below the heading
RELATED_BLANKS = 24   # ... with blank lines between, as many as a page's blocks leave


@functools.lru_cache(maxsize=None)
def related_heading(lex: Lexicon) -> regex.Pattern:
    """"Read also:", "Читайте также", "Related Irish News Stories" (a heading of two words or more, with a word or two
    more after its first): a heading over links to other stories, which name their own dates and years."""
    headings = lex.words("time", "related_headings")
    widened = [rf"{regex.escape(first)}(?:[ \t]+\p{{L}}+){{1,2}}[ \t]+{regex.escape(rest)}"
               for first, _, rest in (h.partition(" ") for h in headings) if rest]
    return lex.compile(rf"[\s\p{{P}}]*(?:{lex.pattern('time', 'related_headings')}{''.join('|' + w for w in widened)})[\s:.…-]*", regex.IGNORECASE)


def _related(text: str, pos: int, lex: Lexicon) -> bool:
    """Is the date at ``pos`` one of a block of links to other stories, short lines under "Читайте также", "Read also"
    ("Читайте также\nВ районе простятся с бойцом\n12.02.2026")? It dates that story, not the text. Blank lines may
    stand between every line, as a page's blocks come out of it ("Читайте также\n\n\nНовости регионов\n\n\n21.02.2026 20:01");
    a compact block's blank line ends it ("12.02.2026\n\n3 марта 2025 года" below the links is the text's own date)."""
    start = text.rfind("\n", 0, pos + (text[pos:pos + 1] == "\n")) + 1   # (a match may open with its line's break)
    lines, spaced, after_blank = 0, False, False
    for _ in range(RELATED_LINES + RELATED_BLANKS):
        if start == 0 or lines == RELATED_LINES:
            return False
        end, start = start - 1, text.rfind("\n", 0, start - 1) + 1
        if not text[start:end].strip():
            if lines and not spaced:
                return False   # a compact block of links ends at a blank line
            spaced = after_blank = True
            continue
        lines += 1
        if end - start > RELATED_LINE:
            return False
        if related_heading(lex).fullmatch(text, start, end):
            return True
        if spaced and not after_blank:
            return False   # blank lines between every line, or none: two lines together after a blank end the walk
        after_blank = False
    return False


def _wrapped_on(text: str, m: regex.Match) -> bool:
    """Is the date at a line's start the middle of a sentence that a long line before it broke off, a
    clause going on after it ("... on\nJanuary 26, 2012, when you took part", in hard-wrapped text)?"""
    start = m.start() + 1 if text[m.start():m.start() + 1] == "\n" else m.start()
    if start < 2 or text[start - 1] != "\n" or not _CLAUSE_GOES_ON.match(m.group("rest")):
        return False
    before = text.rfind("\n", 0, start - 1) + 1
    last = text[start - 2]
    return (last.islower() or last == ",") and start - 1 - before >= WRAPPED_LINE


_CLAUSE_GOES_ON = compiled(r"[ \t\u00a0]*" + unrequired(r",[ \t\u00a0]*\p{Ll}"))   # ", when you took part"
WRAPPED_LINE = 40   # a line at least this long that ends in a lower-case word or a comma was broken inside a sentence


@functools.lru_cache(maxsize=None)
def _reading_time(lex: Lexicon) -> regex.Pattern:
    """"November 13, 2025 2 mins", "· 3 min read": a news page's reading time after its date."""
    return lex.compile(rf"[ \t\u00a0]*[·•|]?[ \t\u00a0]*\d{{1,3}}[ \t\u00a0]*(?:{lex.pattern('dates', 'reading_time')})\.?[ \t\u00a0]*", regex.IGNORECASE)


def _is_dateline_tail(rest: str) -> bool:
    """After a dateline's date comes nothing (or a point: "5 февраля 2003 года."), a place or a time,
    not a sentence; a run of spaces ends the date's cell in a line laid out in columns ("TUESDAY,
    JAN. 9, 2018      CONTACT: ...")."""
    if _COLUMN_GAP.match(rest):
        return True
    rest = rest.strip()
    return not rest or rest == "." or rest[0] in ",–—-|(/" or rest[:1].isdigit() and ":" in rest[:6] or bool(_AT_CLOCK.fullmatch(rest)) \
        or bool(_SOURCE_ONLY.fullmatch(rest)) \
        or rest[:1] == "T" and rest[1:2].isdigit()   # an ISO date and time: "2021-04-23T10:00:00"


_NAME_YEAR = compiled(r"(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])")   # "...-zarplata-mart-2024.txt" (not a hash's "f2013a")
_NAME_SPAN = compiled(r"(?:19|20)\d\d[-–/]\d")   # "report-2023-2024", a fiscal "2024-25": more than one year


def name_year(name: str) -> int | None:
    """The year a document's file name gives, when it gives one only ("zarplata-mart-2024.txt", "budget_2023.pdf"; not
    "report-2023-2024.txt", nor a fiscal "2024-25"): what its publisher or its reader named it for, as a web page's
    address dates it."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    found = {int(y) for y in _NAME_YEAR.findall(base)}
    return found.pop() if len(found) == 1 and _NAME_SPAN.search(base) is None else None
