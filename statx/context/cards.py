"""Key-figure cards of a statistics dashboard pasted as text: a measure's name, its period and its figure, each on a
line of its own, then captions that end in a colon, each over another figure of the same measure::

    Population
    January 2024
    540,552
    Y/Y Change:
    5,588
    January 2023 Value:
    534,964

Every figure of a card is a claim about the card's measure; its year is its caption's, else the card's period's.
A text needs two cards or more and a caption over a figure to be read so: a heading, a date and a number alone may be
a page's number or a day's."""
from __future__ import annotations

from typing import Sequence

from ..lang.cache import compiled
from ..numbers.mention import Mention
from ..text.segment import Lines
from .table import Cell

CARDS = 2          # cards in a text that make it a dashboard
CARD_LINES = 12    # lines from a card's first figure to the caption of its last, at most
FIGURE_LINE = 40   # characters of a card's line that holds a figure alone, at most ("-0.3 pct points")
NOTE_LINE = 70     # characters of any line of a card, at most ("unadjusted, 2022 NAICS", "January 2023 Value:")

# "Net Migration", "Employment Insurance Beneficiaries", "Индекс потребительских цен": a capital, a few words, no figure
_NAME_LINE = compiled(r"[ \t]*\p{Lu}[\p{L}'’&/-]*(?:[ \t]+[\p{L}'’&/()-]+){0,6}[ \t]*")
# "January 2024", "4th Quarter 2023", "Q1 2024", "2023 г.", "IV квартал 2023": a period with its year, nothing else
_PERIOD_LINE = compiled(r"[ \t]*(?:[\p{L}\d]{1,12}\.?[ \t]+){0,3}(?P<year>(?:19|20)\d\d)(?:[ \t]*\p{L}{1,4}\.?)?[ \t]*")
# "Y/Y Change:", "January 2023 Value:", "4th Quarter 2022 Value:": a caption of the figure below it, and its year
_CAPTION_LINE = compiled(r"[ \t]*[^\n:]{1,40}:[ \t]*")
_YEAR = compiled(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a line of a card that holds a figure alone: "-1,333", "10.1 %", "-0.3 pct points", "$819,035,000"
_FIGURE_ALONE = compiled(r"[ \t]*[+\-−–]?[$€£¥₽]?[ \t]?\d[\d.,\u00a0 ]*[ \t]*(?:%|[$€£¥₽]|\p{L}{1,6}(?:[ \t]+\p{L}{1,6})?)?[ \t]*")
# "seasonally adjusted", "unadjusted, 2022 NAICS", "$ billions": a note under a figure, in lower case
_NOTE_LINE = compiled(r"[ \t]*[$€£¥₽]?[ \t]*\p{Ll}[^\n:]{0,60}")


def card_cells(text: str, lines: Lines, mentions: Sequence[Mention]) -> dict[int, Cell]:
    """The figures among ``mentions`` (by index) that are a dashboard's cards', each with its card's measure and its year.

    >>> from statx.text.segment import Lines
    >>> text = "Population\\nJanuary 2024\\n540\\nY/Y Change:\\n5\\n\\nDeaths\\nQ1 2024\\n9"
    >>> class M: pass
    >>> ms = []
    >>> for at, n in ((24, 3), (40, 1), (58, 1)):
    ...     m = M(); m.start, m.end, m.num_start = at, at + n, at; ms.append(m)
    >>> cells = card_cells(text, Lines(text), ms)
    >>> [(k, c.label, c.year) for k, c in sorted(cells.items())]
    [(0, 'population', 2024), (1, 'population', 2024), (2, 'deaths', 2024)]
    """
    out: dict[int, Cell] = {}
    card: tuple[str, int, int] | None = None   # the current card: its measure, its year and where its first figure's line starts
    heads = captioned = 0
    for k, m in enumerate(mentions):
        start, end = lines.start(m.num_start), lines.end(m.num_start)
        if end - start > FIGURE_LINE or text[start:m.start].strip() or text[m.end:end].strip() or start < 2:
            continue   # not a figure alone on its line (and no long line sliced once per figure on it)
        above = lines.start(start - 1)
        period = _PERIOD_LINE.fullmatch(text, above, start - 1)
        name_start = lines.start(above - 1) if period and above >= 2 else -1
        if period and _NAME_LINE.fullmatch(text, name_start, above - 1):
            card = (text[name_start:above - 1].strip(), int(period.group("year")), start)
            out[k] = Cell(None, card[1], card[0].lower())
            heads += 1
            continue
        caption = _CAPTION_LINE.fullmatch(text, above, start - 1)
        if caption and card and _within_card(text, lines, card[2], above):
            years = _YEAR.findall(text, above, start - 1)
            out[k] = Cell(None, int(years[0]) if len(years) == 1 else card[1], card[0].lower())
            captioned += 1
    return out if heads >= CARDS and captioned else {}


def _within_card(text: str, lines: Lines, first: int, caption: int) -> bool:
    """Do only a card's lines (figures, captions, notes) stand from the line at ``first`` to the caption at ``caption``?"""
    at, seen = first, 0
    while at < caption:
        end = lines.end(at)
        if end - at > NOTE_LINE:
            return False   # a line of prose
        line = text[at:end]
        if not (_CAPTION_LINE.fullmatch(line) or _NOTE_LINE.fullmatch(line) or _FIGURE_ALONE.fullmatch(line)):
            return False
        at, seen = end + 1, seen + 1
        if seen > CARD_LINES:
            return False
    return True
