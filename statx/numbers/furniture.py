"""Numbers that belong to the page, the code or the talk around a text rather than to a statistic:
list markers, section numbers and marks of notes ("1. ", "3.2 Terminology", "[1]"), counters of a page ("(57,391 posts)", "13 просмотров"), subtitle cue numbers, values in code
("tabletWidth: 1023"), ages ("if you're over 50"), the sides of a size ("15.00 x 12.00 x 0.76 mm"),
small number words of talk ("two things"), the sizes of linked files ("(PDF, 1.1 MB)"), a unit before an ordinal ("GBP 2nd"), a row's label before a code ("100 AGG 102"), a number before a link, speakers' numbers ("Speaker 1:"), a report's codes ("CB 16-132") and a unit's power
("m–1"). Each is a rule of ``not_claims``' tables (a price list's prices: prices.py)."""
from __future__ import annotations

from decimal import Decimal
from typing import Protocol

import regex

from ..lang import GAP, Lexicon, unrequired
from ..lang.cache import compiled
from ..text.rows import BULLET_MARK
from ..text.segment import Lines
from .listed import listed_value
from .mention import COUNT, PERCENT, Form, Mention, UnitKind

# "16 00:00:53,221 --> 00:00:54,347": the number before a subtitle's time stamp is its cue number.
_CUE_AFTER = compiled(r"[ \t\u00a0]*\r?\n?[ \t\u00a0]*" + unrequired(r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}"))
# "tabletWidth: 1023", "max_age=30": a key of code (camelCase or with an underscore) before the value.
_CODE_KEY = compiled(r"(?<![\p{L}\p{N}_])(?:\p{Ll}+\p{Lu}[\p{L}\p{N}]*|[\p{L}\p{N}]+_[\p{L}\p{N}_]+)['\"]?[ \t]*[:=][ \t]*['\"]?\Z")
# "15.00 x 12.00 x 0.76 mm": a side of a size, before a times sign and the next side.
_SIDE_AFTER = compiled(r"[ \t\u00a0]*[x×хX][ \t\u00a0]*\d")
# "1.0 TIMINGS OF PAPERS", "2.1 MONDAY": a heading's number (one or two digits, a point, one or two digits) before
# a word in capitals.
_SECTION = compiled(r"\d{1,2}\.\d{1,2}")
_HEADING_AFTER = compiled(r"[ \t\u00a0]+\p{Lu}{2,}(?![\p{Ll}\p{N}])")
_SMALL_WORD_BEFORE = compiled(r"\p{Ll}[ \t\u00a0]+\Z")   # "of 39.6 COVID": a sentence's word right before
_LINK_AFTER = compiled(r"[ \t\u00a0]+(?:https?://|www\.)")   # "Руна 3044 https://...": a page's number or counter before a link
_CODE_AFTER = compiled(r"[ \t\u00a0]+\p{Lu}{2,5}[ \t\u00a0]?\d{2,4}(?![\p{N}.,])")   # "100 AGG 102": a course's or a part's code after it
_ACRONYM_BEFORE = compiled(r"(?<![\p{L}\p{N}])\p{Lu}{2,5}[ \t\u00a0]?\Z")   # "CB 16-132", "BEA 16-42": a code
# A section's number at the start of its line ("3.2  Terminology", "1.4 Interfaces"), and a dot leader
# before a page number in a table of contents ("Interfaces .......... 3").
_SECTION_LINE = compiled(r"[ \t]*(?:#+[ \t]*)?\Z")
_SECTION_AFTER = compiled(r"(?:\.\p{N}+)*\.?[ \t]+[\p{Lu}\p{N}]")
_LEADER = compiled(r"(?:\.[ \t]?){3,}[ \t]*\Z|…[ \t]*\Z")
_PERCENT_BRACKET = compiled(r"\d[ \u00a0]?%[ \u00a0]?\(\Z")   # "на 5,3% (89)": a change in percent, then its count in brackets
# A number, then a gap, at the end: "1,5 | на 100 тысяч человек", "составил 21,31 (21,78)" (a figure, then its value of another time)
NUMBER_BEFORE = compiled(r"\p{N}[ \t\u00a0]+\Z")
DISCOURSE_MOST = 10   # "two things", "three reasons": talk counts this far, statistics go further


class FurniturePatterns:
    """The words of one language that these rules use."""

    def __init__(self, lex: Lexicon):
        ci = regex.IGNORECASE
        nc = "not_claims"
        # "(57,391 posts)", "13просмотров", "0 оценили": a counter word right after the number ...
        self.counter_after = lex.compile(rf"{GAP}?(?:{lex.pattern(nc, 'counters')})(?![\p{{L}}])", ci)
        # "За — 38,", "Against: 0": a line of a vote's tally
        self.tally_line = lex.compile(rf"[ \t]*(?:{lex.pattern(nc, 'vote_labels')})[ \t]*[-–—:][ \t]*\d{{1,4}}[ \t]*[,.;]?[ \t]*\r?", ci)
        # ... that ends its line or its bracket
        self.counter_end = lex.compile(r"[ \t\u00a0]*(?:[)\]]|\r?\n|\Z)")
        # "Погода" over "+7": a widget's heading alone on its line, over its reading
        self.widget_line = lex.compile(rf"[ \t]*(?:{lex.pattern(nc, 'widget_headings')})[ \t]*:?[ \t]*\r?", ci)
        self.contents = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'contents_headings')})(?![\p{{L}}])", ci)
        # "CONTENTS" on a line of its own, the heading of a table of contents laid out one entry a line
        self.contents_line = lex.compile(rf"(?:^|\n)[ \t]*(?:{lex.pattern(nc, 'contents_lines')})[ \t]*:?[ \t]*(?:\r?\n|\Z)", ci)
        # "aged from 16 to 64", "aged between 16 and 24": a range's first word may come between
        range_opens = lex.alternation(lex.words("ranges", "from") + [pair[0] for pair in lex.data["ranges"]["between"]])
        self.law_code_after = lex.compile(rf"{GAP}+(?:{lex.pattern(nc, 'law_codes')})(?![\p{{L}}])", ci)
        # "34 Or App 241", "578 P2d 467": a law report's volume and page, its name between them (none: the language has none)
        reports = lex.words(nc, "law_reports")
        self.report_after = lex.compile(rf"{GAP}+(?:{lex.alternation(reports)}){GAP}+\d", ci) if reports else None
        groups, bounds = lex.words(nc, "age_groups"), lex.words(nc, "age_bounds")
        self.age_group = lex.compile(rf"(?<![\p{{L}}])(?:{lex.alternation(groups)}){GAP}+\Z" if groups else "(?!)", ci)
        self.age_bound = lex.compile(rf"{GAP}+(?:{lex.alternation(bounds)})(?![\p{{L}}])" if bounds else "(?!)", ci)
        # ("aged over 18", "в возрасте до 18 лет": a bound of the age between)
        bounds_before = f"{range_opens}|{lex.pattern('qualifiers', 'at_least')}|{lex.pattern('qualifiers', 'at_most')}"
        self.age_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'age_before')}){GAP}+(?:(?:{bounds_before}){GAP}+)?\Z", ci)
        adjective = r"(?:\p{L}[\p{L}-]*[ \t\u00a0]+)?"
        # "5% broken rice": a product's grade after a percentage
        grades = lex.words(nc, "percent_grades")
        self.grade_after = lex.compile(rf"{GAP}+{unrequired(lex.alternation(grades))}(?![\p{{L}}])", ci) if grades else None
        # "стоимость 1 кв. м", "the price of 1 sq m": one unit of a quantity that a price is given for
        self.unit_price_before = lex.compile(rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'unit_price_before')}){GAP}+\Z", ci)
        self.discourse_after = lex.compile(rf"{GAP}+{adjective}(?:{lex.pattern(nc, 'discourse_nouns')})(?![\p{{L}}])", ci)
        # "от 2 500 руб.", "from £36": a price that "from" opens (read back from where the amount starts) ...
        price_from = rf"(?<![\p{{L}}])(?:{lex.pattern(nc, 'price_from')})\.?{GAP}*"
        self.price_from = lex.compile(price_from + r"\Z", ci | regex.REVERSE)
        # ... not "from £3.50 to £4.10" ...
        until = rf"{GAP}*(?:{lex.pattern(nc, 'price_from_until')})(?![\p{{L}}])"
        self.price_until = lex.compile(until, ci)
        # ... and the prices of a line that "from" opens, counted: a currency sign before the number or a price's
        # currency word after it ("from £45", "от 2 500 руб."), the number read whole, then not a range's first end
        number = rf"(?>\d[\d.,]*(?:{GAP}\d{{3}}(?!\d)[\d.,]*)*)"
        units = lex.words(nc, "price_units")
        after = rf"|{number}{GAP}*(?:{lex.alternation(units)})(?![\p{{L}}])" if units else ""
        self.line_prices = lex.compile(rf"{price_from}(?:[$£€¥₽]{GAP}*{number}{after})(?!{until})", ci)
        # "BOUDIN NOIR – £6.50", "Cut & Blow£36", "БОРЩ — 250 руб.": a line that is an item's name and its price,
        # the name in capitals, or glued to the price as a page pasted without its layout leaves it
        capitals = r"\p{Lu}[\p{Lu}'’-]+(?:[ \t]+(?:&|\p{Lu}[\p{Lu}'’-]*)){0,7}"
        title = r"\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:&|\p{Lu}[\p{L}'’-]*)){0,7}"
        price = rf"(?:[$£€¥₽]{GAP}*{number}|{number}{GAP}*(?:{lex.alternation(units)})(?![\p{{L}}]))" if units else rf"[$£€¥₽]{GAP}*{number}"
        self.item_label = lex.compile(rf"[ \t]*[\"“]?{capitals}[\"”]?,?[ \t]*[:–—-]?[ \t]*")
        self.glued_label = lex.compile(rf"[ \t]*{title}")
        self.item_line = lex.compile(rf"(?:{self.item_label.pattern}{price}|{self.glued_label.pattern}[$£€¥₽]{number})[ \t]*(?:\r?\n|\Z)")
        # "Reservation fee $700": a line of a schedule of fees, words and then a price without a scale word, no full stop
        self.fee_line = lex.compile(rf"[ \t]*\p{{L}}[^\n.!?]{{0,180}}?[ \t]{price}[ \t]*(?:\r?\n|\Z)")
        # "Cemetery services fees and charges 1 July 2018–30 June 2019", "Прейскурант на платные услуги": the heading over one
        self.fee_heading = lex.compile(rf"(?:^|\n)[ \t]*[^\n]{{0,60}}(?<![\p{{L}}])(?:{lex.pattern(nc, 'price_headings')})(?![\p{{L}}])[^\n$£€¥₽]{{0,60}}(?=\r?\n)", ci)
        # "Single $461 $433 $398", "Zones 1-2 €3.20 €1.60 €2.10": a row of a grid of prices, a few words of label, then three prices or
        # more, one per column, with nothing else (a row of figures with scale words, "$4.2bn $4.5bn", is none)
        self.grid_row = lex.compile(rf"[ \t]*(?:[\p{{L}}\d][\p{{L}}\d'’&/.–-]*[ \t]+){{0,4}}(?:{price}[ \t|]*){{3,}}(?:\r?\n|\Z)", ci)
        # "1-2 hours", "Up to 2 hours", "21 minutes to 1 hour", "от 1 до 2 часов": a length of time that labels
        # a line of a rate card, up to two words before it
        time_units = lex.pattern(nc, "time_units")
        first = rf"\d+(?:[ \t]*(?:{time_units}))?[ \t]+\p{{L}}{{1,4}}[ \t]+"   # "21 minutes to", "от 2 до"
        span = rf"(?:{first})?\d+(?:[ \t]*[-–][ \t]*\d+)?[ \t]*(?:{time_units})(?![\p{{L}}])"
        # "Speaker 1 (00:04):": the number of a machine transcript's speaker, at a line's start before the turn's colon
        roles = lex.alternation(lex.words("speakers", "numbered_roles"))
        self.role_before = lex.compile(rf"(?:^|\n)[ \t]*(?:{roles})[ \t\u00a0]+\Z", ci)
        self.turn_colon = lex.compile(unrequired(r"(?:[ \t\u00a0]*\([^\n()]{1,40}\))?[ \t\u00a0]?:"))
        self.tariff_label = lex.compile(rf"[ \t]*(?:\p{{L}}+[ \t]+){{0,2}}{span}[ \t]*[:–—-]?[ \t]*", ci)
        # "1 of 3": a gallery's counter, alone on its line; "Questions (112)", "Comments (45)": a heading's count of its
        # items, the line nothing else; "1. ", "2) ": a list's marker
        self.counter_line = lex.compile(rf"\s*(?:\p{{L}}+{GAP}+)?\d+{GAP}+{unrequired(lex.pattern('subject', 'of'))}{GAP}+\d+\s*"
                                        rf"|[ \t]*\p{{Lu}}\p{{L}}*(?:[ \t]\p{{L}}+){{0,2}}[ \t]*\(\d[\d,]*\)[ \t]*")
        self.list_marker_after = lex.compile(r"[.)](?:\s|$)")
        # "(PDF, 598.9 KB)", "[DOCX 45 КБ]": the size of a file a page links to, in brackets after its type
        types = lex.pattern(nc, 'file_types')   # (the type may stand before the bracket: "PDF (16 KB)")
        self.file_size = lex.compile(rf"(?:[(\[][ \t]*(?:{types})[ \t]*[,:;]?|(?<![\p{{L}}])(?:{types})[ \t]*[(\[])[ \t]*\Z", ci | regex.REVERSE)
        self.file_unit = lex.compile(rf"{GAP}?(?:{lex.pattern(nc, 'file_units')})(?![\p{{L}}])", ci)
        # "еще 6 фото", "+12 photos": a gallery's link, its count and noun, nothing after them on the line
        self.gallery_after = lex.compile(rf"{GAP}+(?:{lex.pattern(nc, 'gallery_items')}){GAP}*(?:\r?\n|\Z)", ci)


class WithFurniture(Protocol):
    """What these rules read of the not-a-claim patterns they are given (not_claims.NotClaimPatterns)."""

    lex: Lexicon
    furniture: FurniturePatterns
    next_word: regex.Pattern
    sentence_start: regex.Pattern   # a sentence's start (or the text's) right before a place
    ordinal_after: regex.Pattern    # an ordinal's ending or word after a number ("21st", "2nd", "place")

    def noun_follows(self, text: str, pos: int) -> bool: ...


def page_furniture(p: WithFurniture, text: str, m: Mention, lines: Lines) -> bool:
    """List markers ("1. ", "(2)"), section numbers ("3.2 Terminology"), page numbers after a dot leader,
    gallery counters ("1 of 3") and links ("еще 6 фото"), a widget's reading under its heading ("Погода" "+7") and marks of notes ("[1]", "< 2 >"; not "fell 5.3% (89)", a count of 10 or more,
    nor "составил 21,31 (21,78)", a figure's value of another time)."""
    line_start, line_end = lines.start(m.num_start), lines.end(m.num_end)
    head = lines.blank_before(m.num_start)   # only blanks, or a bracket, between the line's start and the number
    if (head == line_start or text[head - 1] == "(" and lines.opens_line(head - 1)) \
            and p.furniture.list_marker_after.match(text, m.num_end) and text[m.num_start:m.num_end].isdigit() and m.value < 1000:
        return True   # not "increased by\n82,000.": a list is not numbered in thousands
    if "." in text[m.num_start:m.num_end] and _SECTION_LINE.fullmatch(text, line_start, m.num_start) and _SECTION_AFTER.match(text, m.num_end):
        return True   # "3.2 Terminology"
    if _LEADER.search(text, max(0, m.num_start - 12), m.num_start) and m.unit == COUNT and text[m.num_start:m.num_end].isdigit() \
            and m.value < 1000 and (lines.ends_line(m.num_end) or _NEXT_ENTRY.match(text, m.num_end)):
        return True   # "Interfaces ........ 3", "Foreword ...... 3 Budget Summary by Fund ...... 9" (a contents page on one
        # line; not a value after its label's leader, "Labour force……….20,300", nor "... 300 people")
    if p.furniture.counter_line.fullmatch(text, line_start, line_end):
        return True
    if m.unit == COUNT and not m.scale and m.value < 1000 and p.furniture.gallery_after.match(text, m.end) \
            and len(text[line_start:m.start].split()) <= 1:
        return True   # "еще 6 фото", "+12 photos": a gallery's link
    if lines.opens_line(m.start) and not text[m.end:line_end].strip() and (above := lines.above(line_start, 1)) is not None \
            and p.furniture.widget_line.fullmatch(text, above, lines.end(above)):
        return True   # "Погода" then "+7": a page's weather widget
    if m.value >= 100 or m.scale:
        return False
    before = text[max(0, m.num_start - 2):m.num_start].rstrip(" \u00a0")
    after = text[m.num_end:m.num_end + 2].lstrip(" \u00a0")
    return bool(before) and bool(after) and before[-1] + after[0] in ("()", "[]", "<>") and not (
        m.value >= 10 and _PERCENT_BRACKET.search(text, max(0, m.num_start - 8), m.num_start)
        or not text[m.num_start:m.num_end].isdigit() and NUMBER_BEFORE.search(text, max(0, m.num_start - 24), m.num_start - 1)
        or listed_value(text, m))



_NEXT_ENTRY = compiled(r"[ \t\u00a0]+\p{Lu}[^.\n]{0,80}?(?:\.{3,}|…)")   # the next entry of a contents page, up to its leader
_LINE_NUMBER = compiled(r"[ \t]*(\d{1,4})(?=[ \t]|\r?\n|\Z)")   # a number opening a line, then a gap or the line's end
NUMBERED_LINES = 2   # lines either side of a line whose number is looked for (a blank line between them may be unnumbered)


def line_number(p: WithFurniture, text: str, m: Mention, lines: Lines) -> bool:
    """"16 City Manager Morrison presented ...\n17 meetings shall be scheduled": a whole number that opens its line
    in a run of lines numbered in turn (the line numbers of a PDF's minutes or statute) numbers the line."""
    if m.scale or not text[m.num_start:m.num_end].isdigit() or not lines.opens_line(m.num_start):
        return False   # (opens_line looks back over blanks only: a text on one long line stays linear)
    n, before, after = int(text[m.num_start:m.num_end]), lines.start(m.num_start), lines.end(m.num_end)
    for _ in range(NUMBERED_LINES):
        if before > 0:   # the line before
            before = lines.start(before - 1)
            found = _LINE_NUMBER.match(text, before, lines.end(before))
            if found and int(found.group(1)) == n - 1:
                return True
        if after < len(text):   # the line after
            found = _LINE_NUMBER.match(text, after + 1, lines.end(after + 1))
            if found and int(found.group(1)) == n + 1:
                return True
            after = lines.end(after + 1)
    return False


# A line that is one value only, as a chart's axis labels it: "-$30.0", "$5.0", "25%", "1,500"
_TICK_LINE = compiled(r"[ \t]*(?P<sign>[-−–]?)[ \t]*(?:[$£€¥][ \t]?)?(?P<value>\d{1,3}(?:,\d{3})*(?:\.\d+)?)[ \t]*%?[ \t]*")
AXIS_TICKS = 4   # lines of values in a row, one step apart, that are a chart's axis


def axis_tick(p: object, text: str, m: Mention, lines: Lines) -> bool:
    """"-$30.0\n-$25.0\n-$20.0\n-$15.0": a value alone on its line in a run of such lines that go up or down by one
    step, as the labels of a chart's axis come out of a PDF; a statistic's values are not evenly spaced."""
    start, end = lines.start(m.num_start), lines.end(m.num_end)
    own = _tick(text, start, end)
    if own is None:
        return False
    values = [own]   # the values of the lines of one value around it, in order
    above = start
    while above > 0 and len(values) < 2 * AXIS_TICKS and (value := _tick(text, lines.start(above - 1), above - 1)) is not None:
        values.insert(0, value)
        above = lines.start(above - 1)
    k = len(values) - 1   # the figure's own line
    below = end
    while below < len(text) and len(values) < 4 * AXIS_TICKS and (value := _tick(text, below + 1, lines.end(below + 1))) is not None:
        values.append(value)
        below = lines.end(below + 1)
    for step in {values[k] - values[k - 1] if k else 0, values[k + 1] - values[k] if k + 1 < len(values) else 0} - {0}:
        first, last = k, k
        while first > 0 and values[first] - values[first - 1] == step:
            first -= 1
        while last + 1 < len(values) and values[last + 1] - values[last] == step:
            last += 1
        if last - first + 1 >= AXIS_TICKS:
            return True
    return False


_COUNTER_LINE = compiled(r"[ \t]*(?P<sign>[+−–-]?)\d{1,3}[ \t]*")   # "+1", "0": a vote or like counter alone on its line
COUNTER_LINES = 4   # lone small whole numbers in a row, two of them signed, that are a page's vote counters


def vote_counter(p: object, text: str, m: Mention, lines: Lines) -> bool:
    """"+1\n0\n+1\n0\n+1": a signed small whole number alone on its line in a run of such lines, as the like and
    dislike counters under a news story's comments come out of the page; a statistic has a label."""
    start, end = lines.start(m.num_start), lines.end(m.num_end)
    own = _COUNTER_LINE.fullmatch(text, start, end)
    if m.unit != COUNT or own is None or not own.group("sign"):
        return False
    signed, count = 1, 1
    above = start
    while above > 0 and count < 2 * COUNTER_LINES and (line := _COUNTER_LINE.fullmatch(text, lines.start(above - 1), above - 1)):
        signed, count, above = signed + bool(line.group("sign")), count + 1, lines.start(above - 1)
    below = end
    while below < len(text) and count < 4 * COUNTER_LINES and (line := _COUNTER_LINE.fullmatch(text, below + 1, lines.end(below + 1))):
        signed, count, below = signed + bool(line.group("sign")), count + 1, lines.end(below + 1)
    return count >= COUNTER_LINES and signed >= 2


def vote_tally(p: WithFurniture, text: str, m: Mention, lines: Lines) -> bool:
    """"За — 38,\nПротив — 0,\nВоздержались — 7": a count on a line of a vote's tally, beside another such line (a
    vote counter: "For: 12" alone may be a list's item)."""
    return m.unit == COUNT and lines.paired_line(m.num_start, p.furniture.tally_line)


# "USD3,4682", "• EUR 3.6373", "RUB (100)3,3379": a line that is one currency's rate in a page's ticker, its code or
# sign, maybe the units the rate is for in brackets, and the rate with four decimals or more (a price has two, and
# three digits after a comma or point may group thousands: "$    612,450")
_RATE_LINE = compiled(r"[ \t]*(?:(?:[–-]|" + BULLET_MARK + r")[ \t]*)?(?:\p{Lu}{3}|[$€£¥₽])[ \t\u00a0]*(?:\(\d{1,4}\)[ \t\u00a0]*)?\d{1,5}[.,]\d{4,}[ \t]*\r?")


def rate_quote(p: object, text: str, m: Mention, lines: Lines) -> bool:
    """"USD3,4682" or "RUB (100)3,3379" alone on its line: a currency's exchange rate in a page's ticker, and the
    units it is quoted for; not "the dollar was at 3.4682 roubles", a rate a sentence states, nor "$ 612,450" alone."""
    return _RATE_LINE.fullmatch(text, lines.start(m.num_start), lines.end(m.num_end)) is not None


def _tick(text: str, start: int, end: int) -> Decimal | None:
    """The value of a line that is one value only (a Decimal), else None."""
    found = _TICK_LINE.fullmatch(text, start, end)
    if found is None:
        return None
    value = Decimal(found.group("value").replace(",", ""))
    return -value if found.group("sign") else value


def page_counter(p: WithFurniture, text: str, m: Mention, lines: Lines) -> bool:
    """"(57,391 posts)", "13 просмотров", "0 оценили": a counter of a page, at the start of its line, bracket or
    cell ("| 2275 просмотров |"), or ending it; not "the video had 1.5 million views in a week"."""
    f = p.furniture
    after = f.counter_after.match(text, m.num_end)
    if not after:
        return False
    line_start = lines.start(m.num_start)
    before = text[line_start:m.num_start].strip()
    return before in ("", "(", "[") or before.endswith(("|", "•", "·")) or bool(f.counter_end.match(text, after.end()))


CONTENTS_REACH = 600   # characters either side of a number, on its line, where a table of contents may be named
CONTENTS_ENTRY = 80    # characters an entry of a table of contents laid out one a line has at most


def contents_page(p: WithFurniture, text: str, m: Mention, lines: Lines) -> bool:
    """"Budget Memo 1 Unit Hierarchy 9 A-Tables: Operating Exhibits 10 ... TABLE OF CONTENTS": a bare number
    under 1,000 on the line of a table of contents (flattened into one line, as a PDF's text gives it) is a page number;
    so is one that ends a short line under a line that says "CONTENTS" ("Unemployment 2\nEmployment 8")."""
    if m.scale or m.value >= 1000 or not text[m.num_start:m.num_end].isdigit():
        return False
    line_start, line_end = lines.start(m.num_start), lines.end(m.num_end)
    if line_end - line_start <= CONTENTS_ENTRY and lines.ends_line(m.num_end) \
            and p.furniture.contents_line.search(text, max(0, line_start - CONTENTS_REACH), line_start) is not None:
        return True
    start = max(line_start, m.num_start - CONTENTS_REACH)
    if p.furniture.contents.search(text, start, min(line_end, m.num_end + CONTENTS_REACH)) is not None:
        return True
    return line_end - line_start <= CONTENTS_ENTRY and lines.ends_line(m.num_end) and _page_run(text, lines, line_start) \
        or _flat_page_run(text, m, line_start, line_end)


_ENTRY = compiled(r"[ \t]*(?P<title>[^\d\n]*\p{L}[^\d\n]*?)[ \t.…]+(?P<page>\d{1,3})[ \t]*")   # "Crime 91", "Energy .... 116"
PAGE_RUN = 6        # entries of a table of contents one a line, at least, around a number ...
PAGE_LOOK = 12      # ... looked for this many lines up and down
PAGE_ORDER = 0.8    # ... whose page numbers rise from one entry to the next this often, at least


def _page_run(text: str, lines: Lines, line_start: int) -> bool:
    """Is the line at ``line_start`` one of a run of lines each a title and a number, the numbers rising as pages do
    ("Health 68\nHousing 71\nEducation 82\nCrime 91"): a table of contents with no heading that names it?"""
    own = _ENTRY.fullmatch(text, line_start, lines.end(line_start))
    if own is None:
        return False
    pages = _pages(text, lines, line_start, -1)[::-1] + [int(own.group("page"))] + _pages(text, lines, line_start, 1)
    rises = sum(b > a for a, b in zip(pages, pages[1:]))
    return len(pages) >= PAGE_RUN and rises >= PAGE_ORDER * (len(pages) - 1)


# a page number between titles of a flattened table of contents: up to three digits, words and blanks alone between two
_FLAT_PAGE = compiled(r"(?<![\p{N}.,])\d{1,3}(?![\p{N}%]|[.,]\p{N})")
_TITLE_WORDS = compiled(r"[ \t]+[\p{L}][\p{L}'’&/ \t-]*[ \t]+")


def _flat_page_run(text: str, m: Mention, line_start: int, line_end: int) -> bool:
    """"Theatre 34 Circus 50 Opera and classical music 53 Dance 56 Family 63 ...": a number among PAGE_RUN or more,
    each after words alone (no punctuation), rising as pages do: a table of contents flattened into one line."""
    after = text[m.num_end:m.num_end + 2]
    if not (after[:1] == " " and after[1:].isupper()) and m.num_end + 1 < line_end:
        return False   # (a title, capitalised, follows each page number but the line's last)
    start, end = max(line_start, m.num_start - FLAT_REACH), min(line_end, m.num_end + FLAT_REACH)
    found = list(_FLAT_PAGE.finditer(text, start, end))
    at = next((k for k, n in enumerate(found) if n.start() == m.num_start), None)
    if at is None:
        return False
    lo = hi = at
    while lo > 0 and _TITLE_WORDS.fullmatch(text, found[lo - 1].end(), found[lo].start()):
        lo -= 1
    while hi + 1 < len(found) and _TITLE_WORDS.fullmatch(text, found[hi].end(), found[hi + 1].start()):
        hi += 1
    pages = [int(n.group()) for n in found[lo:hi + 1]]
    rises = sum(b > a for a, b in zip(pages, pages[1:]))
    return len(pages) >= PAGE_RUN and rises >= PAGE_ORDER * (len(pages) - 1)


FLAT_REACH = 300   # characters each side of a number where its flattened table of contents is read


def _pages(text: str, lines: Lines, line_start: int, step: int) -> list[int]:
    """The page numbers of the entry lines right above (``step`` -1) or below (1) the line at ``line_start``, nearest
    first, PAGE_LOOK at most."""
    found, at = [], line_start
    for _ in range(PAGE_LOOK):
        at = (lines.start(at - 1) if at else -1) if step < 0 else lines.end(at) + 1
        if at < 0 or at >= len(text) or (entry := _ENTRY.fullmatch(text, at, lines.end(at))) is None:
            break
        found.append(int(entry.group("page")))
    return found


# "–1 m–1", "9.8 m s−2": a power written after a unit's symbol (the "–1" of "m–1")
_POWER_AFTER = compiled(r"[-–−][1-3](?![\p{N}]|[.,]\p{N})|[⁻]?[¹²³]")
_POWER_BEFORE = compiled(r"(?<![\p{L}\p{N}])(?P<unit>\p{L}{1,3})[–−-]\Z")


def unit_power(p: WithFurniture, text: str, m: Mention) -> bool:
    """"–4.0 m–1 to +3.0 m–1" (dioptres): a unit raised to a power is another unit, so neither the
    length before it nor the power's digit is a claim."""
    if m.unit == COUNT:
        before = _POWER_BEFORE.search(text, max(0, m.num_start - 4), m.num_start)
        return m.form is Form.DIGITS and m.value <= 3 and before is not None \
            and before.group("unit") in p.lex.table("units", "forms")
    return m.unit_end == m.end and bool(_POWER_AFTER.match(text, m.end))


def speaker_number(p: WithFurniture, text: str, m: Mention) -> bool:
    """"Speaker 1 (00:04):", "Участник 2:": the number of a transcript's speaker, in the label of the turn."""
    f = p.furniture
    return m.form is Form.DIGITS and bool(f.turn_colon.match(text, m.num_end)) \
        and bool(f.role_before.search(text, max(0, m.num_start - 40), m.num_start))


def cue_number(p: WithFurniture, text: str, m: Mention) -> bool:
    """"16 00:00:53,221 --> 00:00:54,347": a subtitle's cue number, before its time stamp."""
    return m.form is Form.DIGITS and bool(_CUE_AFTER.match(text, m.num_end))


def code_value(p: WithFurniture, text: str, m: Mention) -> bool:
    """"tabletWidth: 1023", "max_age=30": a value under a key of code."""
    return bool(_CODE_KEY.search(text, max(0, m.start - 40), m.start))


def age(p: WithFurniture, text: str, m: Mention) -> bool:
    """"if you're over 50", "aged 16", "people over 65", "kids 12 and under": an age, not a count."""
    f = p.furniture
    return not m.scale and m.value < 130 and (bool(f.age_before.search(text, max(0, m.start - 30), m.start))
                                              or f.age_group.search(text, max(0, m.start - 30), m.start) is not None
                                              and f.age_bound.match(text, m.num_end) is not None)


def law_article(p: WithFurniture, text: str, m: Mention) -> bool:
    """"(264.1 УК РФ)", "18 U.S.C. 1030": the number of an article or a title of the code of law named after it; and
    "34 Or App 241, 578 P2d 467": a law report's volume, its name and page after it."""
    f = p.furniture
    return m.unit == COUNT and not m.scale and (bool(f.law_code_after.match(text, m.end))
                                                or f.report_after is not None and bool(f.report_after.match(text, m.end)))


_LONG_WORD = compiled(r"\p{L}{4,}")
_LIST_MARKER = compiled(r"\d[.)]\s*\Z")   # "1. Eleven Wonders vs Hearts": a list's item opens there
TITLE_SHARE = 0.8   # a line with nearly all its longer words capitalised is a headline in title case


def word_in_name(p: WithFurniture, text: str, m: Mention) -> bool:
    """"Hearts beat Eleven Wonders", "the Three Lions": a number word capitalised inside a sentence, before another
    capitalised word, is part of a name (not in a headline in title case: "Floods Kill Twelve People")."""
    raw = text[m.num_start:m.num_end]
    if m.form is not Form.WORDS or m.scale or not raw[:1].isupper() or p.sentence_start.search(text, max(0, m.start - 6), m.start) \
            or _LIST_MARKER.search(text, max(0, m.start - 6), m.start):
        return False
    after = p.next_word.match(text, m.end)
    if after is None or after.start("w") - m.end > 1 or not after.group("w")[0].isupper():
        return False
    start, end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
    words = _LONG_WORD.findall(text, start, len(text) if end < 0 else end)
    return sum(w[0].isupper() for w in words) < TITLE_SHARE * len(words)


def lettered_label(p: WithFurniture, text: str, m: Mention) -> bool:
    """"Class A-1B", "sections 198A–198B": a number glued to a capital letter that reads as a scale
    ("B", billion), where the text also writes the same number glued to the letter before or after
    it: one of a lettered series of labels, not an amount."""
    letter = text[m.num_end:m.num_end + 1]
    if not m.scale or m.unit != COUNT or len(letter) != 1 or not "B" <= letter <= "Y" or text[m.num_end + 1:m.num_end + 2].isalpha():
        return False
    digits = text[m.num_start:m.num_end]
    return any(_written_alone(text, digits + chr(ord(letter) + step)) for step in (-1, 1))


def _written_alone(text: str, word: str) -> bool:
    """Does ``word`` stand in the text with no letter, digit or number sign glued to it?"""
    at = text.find(word)
    while at >= 0:
        before, after = text[at - 1:at] if at else "", text[at + len(word):at + len(word) + 1]
        if not (before.isalnum() or before in (".", ",")) and not after.isalnum():
            return True
        at = text.find(word, at + 1)
    return False


AGE_MARKS = frozenset({0, 6, 12, 16, 18})   # the age marks of films, events and publications
_MARK_PLUS = compiled(r"\+(?![\p{L}\p{N}])")


def age_mark(p: WithFurniture, text: str, m: Mention) -> bool:
    """"«Байкальская миля» (6+)", "a festival (0+)", "rated 16+": the age an event, a film or a page is
    meant for, not a count."""
    return m.form is Form.DIGITS and not m.scale and m.value_to is None and m.value in AGE_MARKS \
        and text[m.num_start:m.num_end].isdigit() and bool(_MARK_PLUS.match(text, m.num_end))


def unit_of_price(p: WithFurniture, text: str, m: Mention) -> bool:
    """"стоимость 1 кв. м ... составила 49 472 руб.", "the price of 1 sq m": one unit of what a price is
    given for, the denominator of the price, not a quantity."""
    return m.value == 1 and not m.scale and m.unit.kind is UnitKind.PHYSICAL \
        and bool(p.furniture.unit_price_before.search(text, max(0, m.start - 30), m.start))


def product_grade(p: WithFurniture, text: str, m: Mention) -> bool:
    """"5% broken rice was priced at 657 USD per ton": a percentage that names a product's grade, not a share."""
    g = p.furniture.grade_after
    return m.unit == PERCENT and g is not None and m.unit_end == m.end and bool(g.match(text, m.end))


def side_of_size(p: WithFurniture, text: str, m: Mention) -> bool:
    """"15.00 x 12.00 x 0.76 mm": a side of a size, whose unit comes only with the last side."""
    return bool(_SIDE_AFTER.match(text, m.num_end))


def talk_count(p: WithFurniture, text: str, m: Mention) -> bool:
    """"So, two things", "two prominent features", "три вопроса": a small number word counting points
    of talk, not a statistic."""
    return m.form is Form.WORDS and not m.scale and m.value <= DISCOURSE_MOST \
        and bool(p.furniture.discourse_after.match(text, m.num_end))


def section_number(p: WithFurniture, text: str, m: Mention) -> bool:
    """"1.0 TIMINGS OF PAPERS", "2.1 MONDAY": a count written N.N before a word in capitals numbers a
    section or an item of a document (a number with a point counts no noun); not inside a sentence, after a
    word in small letters ("an average of 39.6 COVID patients")."""
    return m.form is Form.DIGITS and not m.scale and m.value_to is None \
        and bool(_SECTION.fullmatch(text, m.num_start, m.num_end)) and bool(_HEADING_AFTER.match(text, m.num_end)) \
        and not _SMALL_WORD_BEFORE.search(text, max(0, m.start - 20), m.start)


HEADING_REACH = 160   # characters from a numbered heading to the number before or after it in its run
# "5 Tenure of office 6 Vacation of office": a whole number before a capitalised word
_NUMBERED_HEADING = compiled(r"(?<![\p{N}.,])(\d{1,3})[ \t\u00a0]+\p{Lu}\p{Ll}")


def numbered_heading(p: WithFurniture, text: str, m: Mention) -> bool:
    """"5 Tenure of office 6 Vacation of office by Board member 7 Chairperson": the number of a heading in a
    run of three or more numbered headings in a row (a statute's contents pasted on one line), each a whole
    number before a capitalised word (not "12 Police stations and 13 Fire stations")."""
    if m.unit != COUNT or m.scale or m.form is not Form.DIGITS or m.end != m.num_end \
            or not _NUMBERED_HEADING.match(text, m.num_start):
        return False
    n = int(text[m.num_start:m.num_end])
    before = {int(h.group(1)) - n for h in _NUMBERED_HEADING.finditer(text, max(0, m.start - HEADING_REACH), m.start)}
    after = {int(h.group(1)) - n for h in _NUMBERED_HEADING.finditer(text, m.end, m.end + HEADING_REACH)}
    return -1 in before and (1 in after or -2 in before) or {1, 2} <= after


def file_size(p: WithFurniture, text: str, m: Mention) -> bool:
    """"(PDF, 598.9 KB)", "(DOCX 45 КБ)": the size of a linked file, page furniture."""
    return bool(p.furniture.file_unit.match(text, m.num_end)) and bool(p.furniture.file_size.search(text, max(0, m.start - 12), m.start))


def before_code(p: WithFurniture, text: str, m: Mention) -> bool:
    """"100 AGG 102 (e-TC)", "300 EME 310": a number right before a code of capitals and digits labels a
    timetable's or a catalogue's row (a level, a group); it counts no code."""
    return m.unit == COUNT and not m.scale and bool(_CODE_AFTER.match(text, m.end))


def before_link(p: WithFurniture, text: str, m: Mention) -> bool:
    """"03.05.2023 Руна 3044 https://runaruna.ru/39551/": a bare number right before a link is a page's id or counter."""
    return m.unit == COUNT and not m.scale and bool(_LINK_AFTER.match(text, m.end))


def ordinal_amount(p: WithFurniture, text: str, m: Mention) -> bool:
    """"1st 6,469 GBP 2nd 1,925 GBP": a currency or unit before an ordinal ("GBP 2nd") is no amount."""
    return m.end == m.num_end and text[m.num_end:m.num_end + 1].isalpha() and bool(p.ordinal_after.match(text, m.num_end))


def acronym_code(p: WithFurniture, text: str, m: Mention) -> bool:
    """"CB 16-132", "BEA 16-42": two numbers joined by a hyphen right after an acronym are a report's code."""
    return m.value_to is not None and m.range_word == "-" and m.unit == COUNT and not m.scale \
        and bool(_ACRONYM_BEFORE.search(text, max(0, m.start - 8), m.start)) \
        and not (p.noun_follows(text, m.end) and p.next_word.match(text, m.end).group("w")[0].islower())   # not "NATO 20-30 troops"


LABEL_DIGITS = 3   # digits a number needs to name one thing wherever it recurs in a document ("12314")


def label_digits(text: str, m: Mention) -> str | None:
    """The digits of a label's number that may name the same thing elsewhere in its document: three
    digits or more, not a round number ("Train No. 12314", not "No. 5" or "Section 100")."""
    raw = text[m.num_start:m.num_end]
    return raw if m.form is Form.DIGITS and raw.isdigit() and len(raw) >= LABEL_DIGITS and not raw.endswith("00") else None


def labelled_elsewhere(text: str, m: Mention, labels: frozenset[str]) -> bool:
    """"Train No. 12314 ... The 12314 leaves at 16:30", "12314 train route": a bare number that a designator
    labels elsewhere in the document names the same thing wherever it recurs."""
    return m.unit == COUNT and not m.scale and m.value_to is None and text[m.num_start:m.num_end] in labels
