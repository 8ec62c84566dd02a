"""Attach-context stage: qualifier, direction, year and subject of every claim."""
from __future__ import annotations

from typing import Sequence

from ..lexicon import Lexicon
from ..match import Match
from ..segment import Layout
from .direction import directions
from .qualifier import qualifiers
from .subject import subjects
from .year import years


def attach(text: str, layout: Layout, matches: Sequence[Match], lex: Lexicon) -> None:
    """Fill qualifier, direction, year, since and subject of ``matches`` (in text order)."""
    q, d = qualifiers(lex), directions(lex)
    for m in matches:
        d.attach(text, m)
        q.attach(text, m)
    years(lex).attach(text, layout, matches)
    subjects(lex).attach(text, layout, matches)
