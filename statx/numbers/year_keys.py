"""Figures a list keys by their years ("(2003=7128, 2004=6585)"): no values in code ("bits=256"), nor an index's base
("(2005=100)"); context/keyed.py gives them their years."""
from __future__ import annotations

from ..lang import unrequired
from ..lang.cache import compiled
from .mention import Mention

# "2004=" right before the figure, maybe after the year and figure before it ("2003=7128, 2004=")
_YEAR_KEY = compiled(r"(?<![\p{L}\p{N}_])(?P<before>(?:19|20)\d\d[ \t]*=[ \t]*\d[\d,.]*[ \t]*[,;][ \t]*)?(?:19|20)\d\d=[ \t]?\Z")
_NEXT_YEAR_KEY = compiled(rf"[ \t]*[,;][ \t]*(?:19|20)\d\d[ \t]*{unrequired('=')}")   # ", 2004=" after the figure
YEAR_KEYS = 40   # characters back from a figure keyed by a year to the key of the figure before it, at most


def keyed_by_year(text: str, m: Mention) -> bool:
    """Is ``m`` one of two or more figures keyed by their years, one after the other?

    >>> class M: pass
    >>> def m(text, n): x = M(); x.start = text.index(n); x.end = x.start + len(n); return x
    >>> text = "Thefts (2003=7128, 2004=6585), prices (2005=100)"
    >>> [keyed_by_year(text, m(text, n)) for n in ("7128", "6585", "100")]
    [True, True, False]
    """
    key = _YEAR_KEY.search(text, max(0, m.start - YEAR_KEYS), m.start)
    return key is not None and (bool(key.group("before")) or bool(_NEXT_YEAR_KEY.match(text, m.end)))
