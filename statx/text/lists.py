"""Items of lists and the headings over them: "Job losses by sector:\n  • Mining: 7,000", "January: 36"
on a line of its own under "These deaths occurred in:"."""
from __future__ import annotations

from ..lang import unrequired
from ..lang.cache import compiled
from .rows import BULLET_MARK, short_line

# "  • Trade: ", "• капуста — ", "• бананы (", "- в 2024 году — " (a year in its label) before a number
_BULLET_ITEM = compiled(rf"[ \t]*(?:{BULLET_MARK}|[–-])[ \t]+(?:[^:\n\d]|(?<![\d])(?:19|20)\d\d(?!\d)){{1,60}}(?::|[ \t][–—-]|\()[ \t]*")
# "January: 36" on a line of its own: a label, a colon, a number and nothing else
_PLAIN_ITEM = compiled(r"[ \t]*" + unrequired(r"[^:\n\d]{1,40}:") + r"[ \t]*")
PLAIN_LINE = compiled(_PLAIN_ITEM.pattern + r"\d[\d ,.]*[ \t]*")
_PLAIN_COUNT = compiled(_PLAIN_ITEM.pattern + r"\d[\d ,.]*[ \t]+\p{L}")   # "fatality: 2 accidents resulting in ...", an item too
# "-\nодежды — на 8,2%;": a bullet alone on its line, its item's label on the next
_BULLET_ALONE = compiled(rf"[ \t]*(?:{BULLET_MARK}|[–-])[ \t]*")
# "- в 2024 году порядка 230,8 млрд руб.": a bulleted line with a number, an item of the list above however its label ends
_BULLET_FIGURE = compiled(rf"[ \t]*(?:{BULLET_MARK}|[–-])[ \t]+[^\n\d]{{0,80}}\d")
_ITEM_UNDER_BULLET = compiled(r"[ \t]*[^:\n\d]{1,60}(?::|[ \t][–—-]|\()[ \t]*")
HEADING_ITEMS = 12   # lines back from an item to its list's heading at most
BLANK_LINES = 2      # blank lines between a bullet alone and its item's line at most
ITEM_REACH = 80      # characters from an item's line start to its number at most




def list_heading(text: str, pos: int, bullets: bool = True) -> str | None:
    """The heading of the bulleted "label: N" item whose number starts at ``pos`` (with ``bullets``
    False, of a "label: N" line that is nothing else: "January: 36"): the nearest line before the list
    that ends with a colon ("Job increases were recorded in the following sectors:"), or None when
    ``pos`` is in no such item or the list has no such heading."""
    span = heading_span(text, pos, bullets)
    return text[span[0]:span[1]].strip() if span else None


def plain_item_heading(text: str, line_start: int) -> tuple[int, int] | None:
    """Where the heading of the "label: N" line at ``line_start`` is ("Last year's figures are below:"), or None."""
    item = _PLAIN_ITEM.match(text, line_start)
    return heading_span(text, item.end(), bullets=False) if item else None


def heading_span(text: str, pos: int, bullets: bool = True) -> tuple[int, int] | None:
    """Where ``list_heading``'s line is."""
    start = text.rfind("\n", max(0, pos - ITEM_REACH), pos) + 1
    item = _BULLET_ITEM if bullets else _PLAIN_ITEM
    if start == 0 and pos > ITEM_REACH or not (item.fullmatch(text, start, pos) or bullets and _under_bullet(text, start, pos)):
        return None   # an item's label is short: a line that starts further back is none (and no long scan)
    if not bullets and not PLAIN_LINE.fullmatch(text, start, line_end(text, pos)):
        return None
    for _ in range(HEADING_ITEMS):
        if start == 0:
            return None
        start = text.rfind("\n", 0, start - 1) + 1
        line = text[start:line_end(text, start)].strip()
        if not line or (_BULLET_ITEM.match(line) or _BULLET_FIGURE.match(line) or _BULLET_ALONE.fullmatch(line)
                        or _under_bullet(text, start, start + len(line))
                        if bullets else PLAIN_LINE.fullmatch(line) or _PLAIN_COUNT.match(line)):
            continue   # a blank line or another item of the list
        return (start, line_end(text, start)) if line.endswith(":") else None
    return None


def _under_bullet(text: str, start: int, end: int) -> bool:
    """Is the line at ``start`` an item's label (up to ``end``) whose bullet stands alone on the line before it?"""
    if not _ITEM_UNDER_BULLET.match(text, start, end):
        return False
    stop = start - 1
    for _ in range(BLANK_LINES + 1):   # past blank lines
        if stop < 0:
            return False
        line_start = text.rfind("\n", 0, stop) + 1
        if text[line_start:stop].strip():
            return _BULLET_ALONE.fullmatch(text, line_start, stop) is not None
        stop = line_start - 1
    return False


def line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


# "маргарин (на 2,2 %)", "яблоки– на 0,4 %;", "пшено1,1%": an item of a list on a line of its own with no bullet,
# a label (no colon, no digit) then one number, a unit's sign or word and closing marks, nothing more
BARE_LINE = 100   # characters such an item's line has at most
_BARE_LINE = compiled(r"[ \t]*(?!" + BULLET_MARK + r")[^:\n\d\s][^:\n\d]{0,63}\d[\d.,]*[ \t\u00a0]*[^\s\d]{0,9}[ \t]*[);.,]?[ \t]*")


def bare_item_heading(text: str, pos: int) -> str | None:
    """The heading of the item without a bullet on the line holding ``pos`` ("Подорожали:\\n\\nмаргарин (на 2,2 %)"):
    the nearest line before the run of such items, when it ends with a colon; else None."""
    line = short_line(text, pos, pos, BARE_LINE)
    if line is None or not _BARE_LINE.fullmatch(text, *line):
        return None   # (a long line is no such item: not looked through, each of its numbers)
    start = line[0]
    for _ in range(HEADING_ITEMS):
        if start == 0:
            return None
        start = text.rfind("\n", 0, start - 1) + 1
        end = line_end(text, start)
        if text[start:end].strip() and not _BARE_LINE.fullmatch(text, start, end):
            line = text[start:end].strip()
            return line if line.endswith(":") else None
    return None
