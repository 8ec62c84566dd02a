"""The prices of a price list, a menu, a rate card or a fare table, which are no statistics: "Timing belt 8 valves
from 2500 rub.", "BOUDIN NOIR – £6.50", "Single $461 $433 $398", "1-2 hours £2.20". Each is a rule of
``not_claims``' tables; they read the patterns of furniture.py."""
from __future__ import annotations

from ..text.segment import Lines
from .furniture import WithFurniture
from .mention import COUNT, Mention

PRICE_LINE = 200   # characters a line of a price list has at most


def price_listing(p: WithFurniture, text: str, m: Mention, lines: Lines) -> bool:
    """"Timing belt 8 valves from 2500 rub. from 3000 rub.": a price that "from" opens, on a line with
    another such price or next to a line with one, is a price list's, and so is a count on such a line
    ("8 valves"); not "prices rose from $3.50 to $4.10"."""
    f = p.furniture
    if m.is_money:
        if not f.price_from.search(text, max(0, m.start - 24), m.start) or f.price_until.match(text, m.end):
            return False
    elif m.unit != COUNT or m.scale:
        return False
    start, end = lines.start(m.start), lines.end(m.end)
    if end - start > PRICE_LINE:
        return False   # a line of prose, not of a list (and no scan of a long line for each of its numbers)
    here = len(f.line_prices.findall(text, start, end))
    if here >= 2:
        return True
    before = f.line_prices.search(text, max(lines.start(start - 1), start - 1 - PRICE_LINE), start - 1) if start else None
    after = f.line_prices.search(text, end + 1, min(lines.end(end + 1), end + 1 + PRICE_LINE)) if end < len(text) else None
    return here >= 1 and bool(before or after)


ITEM_LINES = 3   # lines either side of an item of a price list where another item stands


def price_list_item(p: WithFurniture, text: str, m: Mention, lines: Lines) -> bool:
    """"BOUDIN NOIR – £6.50", "Cut & Blow£36": a price without a scale word that ends a line an item's
    name opens (in capitals, or glued to the price), with another such line near it, is a menu's or a
    price list's; not "Health – £5.2bn" nor "Average weekly pay – £620"."""
    f = p.furniture
    start, end = lines.start(m.start), lines.end(m.end)
    if not m.is_money or m.scale or not lines.ends_line(m.end):
        return False
    glued = text[m.start - 1:m.start].isalpha() and text[m.start] in "$£€¥₽"
    if not (f.glued_label if glued else f.item_label).fullmatch(text, start, m.start):
        return False
    near = lines.around(start, end, ITEM_LINES)
    return sum(1 for line in near.split("\n") if f.item_line.match(line)) > bool(f.item_line.match(text, start))   # another line


GRID_LINES = 2   # lines either side of a row of a grid of prices where another row stands


def price_grid(p: WithFurniture, text: str, m: Mention, lines: Lines) -> bool:
    """"Single $461 $433 $398" and "Twin $393 $365 $330" under it: a price without a scale word in a row
    of three or more, with another such row near it, is a cell of a rate card or a fare table."""
    if not m.is_money or m.scale:
        return False
    f = p.furniture
    start, end = lines.start(m.start), lines.end(m.end)
    if end - start > PRICE_LINE or not f.grid_row.match(text, start):
        return False
    near = lines.around(start, end, GRID_LINES)
    return sum(1 for line in near.split("\n") if f.grid_row.match(line)) > 1   # this row and another


def tariff(p: WithFurniture, text: str, m: Mention, lines: Lines) -> bool:
    """"1-2 hours £2.20", "Up to 2 hours £1.00", "до 2 часов — 100 руб.": a price that ends a line a
    length of time labels is a rate card's, not a statistic."""
    if not m.is_money:
        return False
    return lines.ends_line(m.end) and p.furniture.tariff_label.fullmatch(text, lines.start(m.start), m.start) is not None


FEE_LINES = 3    # lines either side of a line of a schedule of fees where two more such lines stand
FEE_LINES_LEAST = 3   # lines of fees near one another that make a schedule (this line and two more), at least
FEE_REACH = 2000   # characters back from a line of a schedule of fees to the heading over it, at most


def fee_schedule(p: WithFurniture, text: str, m: Mention, lines: Lines) -> bool:
    """"Reservation fee $700" under "Cemetery services fees and charges": a price without a scale word that ends a short
    line of words, among other such lines, under a heading of fees, charges or prices, is a schedule's, not a statistic
    (not "Average weekly pay £620" in a list of key figures, which no such heading opens); so is a count on such a line
    ("Ashes position (up to 3 urns) $850")."""
    f = p.furniture
    if m.scale or not (m.is_money and lines.ends_line(m.end) or m.unit == COUNT):
        return False
    start, end = lines.start(m.start), lines.end(m.end)
    if end - start > PRICE_LINE or not f.fee_line.match(text, start):
        return False
    near = lines.around(start, end, FEE_LINES)
    if sum(1 for line in near.split("\n") if f.fee_line.match(line)) < FEE_LINES_LEAST:
        return False
    return f.fee_heading.search(text, max(0, start - FEE_REACH), start) is not None
