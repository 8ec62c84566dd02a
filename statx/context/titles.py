"""What a table's title says of its cells: the measure it names ("Stayover Visitor Arrivals by Market"), and where the
title stands (the unit and scale it gives them are read by numbers/headings.py's title_measure)."""
from __future__ import annotations

import regex

from ..lang import Lexicon
from ..lang.cache import compiled
from ..text.segment import Lines

TITLE_LINES = 2     # lines above a table's header where its title may stand
PROSE_WORDS = 8     # a line of this many words is prose (a table ends there); a title has fewer than twice as many,
TITLE_WORDS = 24    # or fewer than this when no full stop ends it (a statistics office's: "Среднемесячная ... за 2020 - 2022 годы, рублей")
WORDS = compiled(r"\p{L}[\p{L}-]*")   # a word of a title or a table's line




def title(text: str, lines: Lines, header: int) -> str:
    """The title of the table whose header line starts at ``header``: the nearest line above it with words, TITLE_LINES at most,
    if it is not prose."""
    at = header
    for _ in range(TITLE_LINES):
        if at == 0:
            return ""
        at = lines.start(at - 1)
        line = text[at:lines.end(at)].strip()
        if line:
            return title_line(line)
    return ""


def title_line(line: str) -> str:
    """``line`` (stripped) when it may be a title, not prose, else ""."""
    words = len(WORDS.findall(line))
    return line if words and (words < PROSE_WORDS * 2 or words < TITLE_WORDS and not line.endswith((".", ":", "!", "?"))) else ""


def title_noun(lex: Lexicon, title: str) -> str:
    """The measure a table's title names: its words before a colon, a bracket or a breakdown ("Stayover Visitor Arrivals by Market")."""
    head = regex.split(r"[:(]", title, maxsplit=1)[0]
    words = head.lower().split()
    cut = next((i for i, word in enumerate(words) if i and word in lex.words("subject", "table_breakdown")), len(words))
    return " ".join(words[:cut])


