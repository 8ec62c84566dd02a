"""Figures keyed by their years, as police and statistics releases list them after a change::

    All burglary reduced by 7.6% (2003=7128, 2004=6585)
    Violence increased (2003: 3734; 2004: 4236).

Each keyed figure is a claim of its key's year; a change right before the keys is of the last year, since the first.
Two keyed figures at least, one after the other: a year and a colon alone ("2003: 15 items") may be a heading's.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

from ..lang.cache import compiled
from ..numbers.mention import COUNT, Form, Mention

# "2003=", "2004 = ", "2003: ": a year and the sign that keys the figure after it
_KEY = compiled(r"(?<![\p{L}\p{N}_.,])(?P<year>(?:19|20)\d\d)[ \t]*[=:][ \t]*\Z")
_JOIN = compiled(r"[ \t]*[,;][ \t]*\Z")   # what stands between one keyed figure and the next year
_OPEN = compiled(r"[ \t]*\([ \t]*\Z")     # the bracket the keys open after a change
KEY_CHARS = 12     # characters of a key before its figure, at most ("2004 = ")


class Keyed(NamedTuple):
    """The years the figures keyed by a year are of, and the changes the keys date (by index: (year, since))."""

    years: dict[int, int]
    changes: dict[int, tuple[int, int]]


def year_keyed(text: str, mentions: Sequence[Mention], directions: Sequence[object]) -> Keyed:
    """The figures among ``mentions`` keyed by a year, and the change before each run of them (``directions``: the
    figures' directions, None where a figure is no change).

    >>> class M: pass
    >>> def m(at, n): x = M(); x.start, x.end, x.num_start, x.unit, x.form = at, at + n, at, COUNT, Form.DIGITS; return x
    >>> text = "Burglary fell 7.6% (2003=7128, 2004=6585)"
    >>> year_keyed(text, [m(14, 4), m(25, 4), m(36, 4)], ["down", None, None])
    Keyed(years={1: 2003, 2: 2004}, changes={0: (2004, 2003)})
    """
    keys = {k: int(found.group("year")) for k, m in enumerate(mentions)
            if m.unit == COUNT and m.form is Form.DIGITS and (found := _KEY.search(text, max(0, m.start - KEY_CHARS), m.start))}
    years: dict[int, int] = {}
    changes: dict[int, tuple[int, int]] = {}
    k = 0
    while k < len(mentions):
        if k not in keys:
            k += 1
            continue
        run = [k]
        while run[-1] + 1 in keys and _joined(text, mentions[run[-1]], mentions[run[-1] + 1]):
            run.append(run[-1] + 1)
        if len(run) > 1:
            years.update((i, keys[i]) for i in run)
            before = run[0] - 1
            key_start = _KEY.search(text, max(0, mentions[run[0]].start - KEY_CHARS), mentions[run[0]].start).start()
            if before >= 0 and directions[before] is not None and _OPEN.fullmatch(text, mentions[before].end, key_start):
                changes[before] = (keys[run[-1]], keys[run[0]])
        k = run[-1] + 1
    return Keyed(years, changes)


def _joined(text: str, a: Mention, b: Mention) -> bool:
    """Does only a comma or a semicolon stand between ``a`` and the key of ``b``?"""
    key = _KEY.search(text, max(a.end, b.start - KEY_CHARS), b.start)
    return key is not None and bool(_JOIN.fullmatch(text, a.end, key.start()))
