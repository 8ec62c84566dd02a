"""Rows of tables pasted with blanks between their cells: a row that opens with its year ("2010 13 091 12 991")
or with its label ("Canada 86,600 61,768"). The layout keeps two such rows apart (no soft wrap between them),
and context/table.py reads their cells. Lines of a list that each give a label and its count ("Murder— 4"), or a
name and its count ("Aklavik 667")."""
from __future__ import annotations

import regex

from ..lang.cache import compiled

ROW_CHARS = 200   # characters of a table's row parted by blanks, at most
# A row of a table pasted with blanks between its cells that opens with its year: "2010 13 091 12 991"
# (thousands grouped by blanks: each cell's groups after its first are of three digits, taken possessively, so that
# a blank is never tried both ways: no catastrophic backtracking on a long line of groups)
_YEAR_ROW_CELL = r"[+\-−]?\d{1,3}(?:[ \u00a0]\d{3})*+(?:[.,]\d+)?"
# (a year may carry a mark of revised, provisional or estimated figures, and a footnote's number: "2010r", "2009r1";
# a list's line puts a colon after it: "2020: 4,009")
YEAR_ROW = compiled(rf"[ \t]*(?P<year>(?:19|20)\d\d)(?:[rpe]\d?)?(?P<colon>:)?(?:[ \t\u00a0]+{_YEAR_ROW_CELL}){{1,12}}[ \t]*")
YEAR_CELL = compiled(rf"(?<=[ \t\u00a0]){_YEAR_ROW_CELL}")   # a cell of a year row


# "Canada 86,600 61,768 32,932", "Говядина 71 72 85 65": a row of a table parted by blanks that opens with its label
# (a label's words hold no digit but a number before a word, "на 1000 человек населения 11,8 11,1", so the lazy label
# stops at the first cell once: no backtracking over the line)
LABELLED_ROW = compiled(r"""[ \t]*(?P<label>\p{L}(?:[^\d\n|\t:]|\d[\d.,]*+(?=[ \t]+\p{L}))*?)
                            (?P<cells>(?:[ \t]+[+\-−]?\d[\d.,]*){2,})[ \t]*""", regex.VERBOSE)


# "Aklavik 667", "Whitehorse 25085": a line of a list that gives a name, then its one count
# (a name's words hold no digit, so the lazy name stops at the count once: no backtracking over the line)
# (its thousands grouped by marks or by blanks: "Лесной 6 115")
# (not a name before a comma: "Population estimates by town, 2024" is a title and its year)
LIST_ROW = compiled(r"[ \t]*(?P<label>\p{L}[^\d\n|\t:]*?)(?<!,)[ \t]+(?P<count>\d{1,3}(?:[ \u00a0]\d{3})+|\d[\d.,]*)[ \t]*")


def list_row(text: str, start: int, end: int) -> regex.Match | None:
    """The match of a list's line (LIST_ROW) filling the line ``start``..``end``, or None."""
    return LIST_ROW.fullmatch(text, start, end) if end - start < ROW_CHARS else None


# "Kivalliq region: 12,062": a group's total among the lines of a list of names and counts, its label before a colon
_GROUP_ROW = compiled(r"[ \t]*\p{L}[^\d\n|\t:]*:[ \t]+(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d[\d.,]*)[ \t]*")


def list_line(text: str, start: int, end: int) -> bool:
    """Is the line ``start``..``end`` one of a list of names and counts: a name and its count, or a group's total
    ("Kivalliq region: 12,062") between them?"""
    return end - start < ROW_CHARS and (LIST_ROW.fullmatch(text, start, end) or _GROUP_ROW.fullmatch(text, start, end)) is not None


def short_line(text: str, start: int, end: int, most: int = ROW_CHARS) -> tuple[int, int] | None:
    """The line holding text[start:end], as (start, end), when it has at most about ``most`` characters; else None.
    Looks no further than that either side, so that a text on one long line is read in linear time.

    >>> short_line("a\\nrow 12 13\\nb", 6, 8)
    (2, 11)
    >>> short_line("x" * 500 + " 12", 501, 503) is None
    True
    """
    before = text.rfind("\n", max(0, start - most), start)
    if before < 0 and start > most:
        return None
    after = text.find("\n", end, end + most)
    if after < 0 and end + most < len(text):
        return None
    return before + 1, len(text) if after < 0 else after


def labelled_row(text: str, start: int, end: int) -> regex.Match | None:
    """The match of a labelled row (LABELLED_ROW) filling the line ``start``..``end``, or None."""
    return LABELLED_ROW.fullmatch(text, start, end) if end - start < ROW_CHARS else None


def year_row(text: str, start: int, end: int) -> regex.Match | None:
    """The match of a year row (YEAR_ROW) filling the line ``start``..``end``, or None."""
    return YEAR_ROW.fullmatch(text, start, end) if end - start < ROW_CHARS else None


BULLETS = frozenset("•·▪◦‣►▸▶♦◆■●○➢➤✓✔❖*")   # a list's mark before an item's line (the glyphs pages and word processors use)
BULLET_MARK = rf"[{regex.escape(''.join(sorted(BULLETS)))}]"   # one of them, in a pattern
_BULLET = rf"(?:{BULLET_MARK}[ \t]*)"   # a list's mark before a line's label
_LINE_LABEL = compiled(rf"[ \t]*{_BULLET}?\p{{L}}[^\n\d]{{0,120}}?[:–—-][ \t]*")   # "Death Investigations— ": a line's label before its count
_BULLET_LABEL = compiled(rf"[ \t]*{_BULLET}\p{{L}}[^\n\d:–—-]{{0,60}}?[ \t]+")   # "  • Витебская ": a marked line's name, no dash
_NEXT_LINE = compiled(r"[ \t]*\n(?:[ \t]*\n){0,2}")   # the count ends its line; the next item's line follows


def line_items(text: str, a, b) -> bool:
    """Are the spans ``a`` and ``b`` (with ``start`` and ``end``) the counts of two lines one after the other, each a
    label, a dash or a colon, then the count ("Murder— 4\n\nDeath Investigations— 13"), or a list's mark, a name and the
    count ("• Витебская 1 091 948")?"""
    line_a, line_b = text.rfind("\n", 0, a.start) + 1, text.rfind("\n", 0, b.start) + 1
    return _labelled(text, line_a, a.start) and _labelled(text, line_b, b.start) and _NEXT_LINE.fullmatch(text, a.end, line_b) is not None


def _labelled(text: str, start: int, end: int) -> bool:
    return _LINE_LABEL.fullmatch(text, start, end) is not None or _BULLET_LABEL.fullmatch(text, start, end) is not None
