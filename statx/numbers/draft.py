"""A mention while the number stage is still reading it, and the plain numbers it reads on the way."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

import regex

from ..claim import Direction
from . import parse
from .mention import Form, Mention, Unit
from .patterns import NumberPatterns


@dataclasses.dataclass(slots=True)
class Draft:
    """A mention while the number stage is still reading it (the fields of Mention)."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal
    unit: Unit
    form: Form
    value_to: Decimal | None = None
    unit_start: int = -1
    unit_end: int = -1
    sign: int = 1
    scale: str = ""
    range_word: str = ""
    written_sign: Direction | None = None

    def freeze(self) -> Mention:
        return Mention(*[getattr(self, name) for name in _FIELDS])


_FIELDS = tuple(f.name for f in dataclasses.fields(Draft))   # Mention's, in its order


def core_match(p: NumberPatterns, text: str, pos: int, end: int) -> tuple[str, regex.Match] | None:
    """A number (digits or words) starting exactly at ``pos``."""
    for kind in ("digits", "words"):
        m = p.core(kind).match(text, pos, end)
        if m:
            return kind, m
    return None


def number_at(p: NumberPatterns, text: str, pos: int, end: int) -> tuple[Decimal, int] | None:
    """A plain number (digits or words, no unit) starting exactly at ``pos``, and where it ends."""
    found = core_match(p, text, pos, end)
    if not found:
        return None
    kind, m = found
    if kind == "digits":
        value = parse.digits(m.group(), p.lex)
        return (value, m.end()) if value is not None else None
    tokens = list(p.word_token.finditer(text, m.start(), m.end()))
    number, used = parse.words([t.group() for t in tokens], p.lex, "")
    if number is None or number.kind != "number":
        return None
    return number.value, tokens[used - 1].end()
