"""What the HTML pages statx writes share: the page shell, escaping, the kind of a claim's unit,
and claims highlighted in a text.

Pages are self-contained: their CSS and script are inline and a Content Security Policy lets the
page load nothing else and run no script but its own (named by hash), so a document holding
``<script>`` shows as text and could not run even if escaping failed. Offsets are Python string
offsets (code points), so the highlighting is done here, not in the browser's UTF-16 strings."""
from __future__ import annotations

import base64
import hashlib
import html
import json
from decimal import Decimal
from importlib import resources
from typing import Callable, Iterable, Sequence

from ..claim import Claim
from .export import plain

# The kinds of unit a claim is coloured by, with the legend's words for them.
KINDS = {"percent": "percent, pp", "count": "count", "money": "money", "times": "times",
         "physical": "physical quantity"}
QUALIFIER_SIGNS = {"approx": "≈", "at_least": "≥", "at_most": "≤", "range": "↔"}
DIRECTION_SIGNS = {"up": "▲", "down": "▼"}


def esc(text) -> str:
    """Text (or a number, or None) escaped for HTML text and quoted attributes."""
    return html.escape("" if text is None else plain(text), quote=True)


def asset(name: str) -> str:
    """A file of statx/io/assets: CSS or a script."""
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def unit_kind(unit: str) -> str:
    """percent (percent, pp), count, times, money (an ISO 4217 code) or physical (the rest)."""
    if unit in ("percent", "pp"):
        return "percent"
    if unit in ("count", "times"):
        return unit
    if len(unit) == 3 and unit.isascii() and unit.isalpha() and unit.isupper():
        return "money"
    return "physical"


def number(value: Decimal | None) -> str:
    """A value for people: thousands separated ("156,000,000,000")."""
    return "" if value is None else f"{value:,f}"


def json_script(element_id: str, data) -> str:
    """Data for the page's script, in a JSON block that no text can end early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, code)
    return f'<script type="application/json" id="{element_id}">{text}</script>\n'


def _digest(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def head(title: str, css: str, script: str | None = None, page: str = "") -> str:
    """The page up to its body's first element; ``script`` is the one script it may run (given
    to ``tail`` too); ``page`` is the body's class."""
    policy = (f"default-src 'none'; style-src {_digest(css)}; img-src data:; base-uri 'none'; form-action 'none'; "
              f"script-src {_digest(script) if script else chr(39) + 'none' + chr(39)}")
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="statx">\n<title>{esc(title)}</title>\n'
            f'<link rel="icon" href="data:,">\n<style>{css}</style>\n</head>\n<body class="{esc(page)}">\n')


def tail(script: str | None = None) -> str:
    return (f"<script>{script}</script>\n" if script else "") + "</body>\n</html>\n"


def mark_class(claim: Claim) -> str:
    """The classes that colour a claim's mark: its kind of unit, qualifier and direction."""
    return f"k-{unit_kind(claim.unit)} q-{claim.qualifier}" + (f" d-{claim.direction}" if claim.direction else "")


def highlight(text: str, spans: Sequence[tuple[int, int, int]], opening: Callable[[int, bool], str]) -> str:
    """``text`` escaped, with each span (start, end, key) wrapped in ``opening(key, first)`` and
    ``</mark>``. Where spans overlap, the text is cut where any span starts or ends and each piece
    is wrapped in the marks of every span over it (the longest outside); ``first`` is true for a
    span's first piece only, so that one element per span can carry its id."""
    size = len(text)
    spans = sorted(((max(0, min(s, size)), max(0, min(e, size)), k) for s, e, k in spans), key=lambda x: (x[0], -x[1]))
    cuts = sorted({0, size, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[str] = []
    active: list[tuple[int, int, int]] = []
    following = iter(spans)
    pending = next(following, None)
    for a, b in zip(cuts, cuts[1:] + [None]):
        active = [sp for sp in active if sp[1] > a]
        while pending is not None and pending[0] == a:
            if pending[1] == a:  # an empty span: an empty mark, so that it is still there
                out.append(opening(pending[2], True) + "</mark>")
            else:
                active.append(pending)
            pending = next(following, None)
        if b is None:
            break
        active.sort(key=lambda sp: (sp[0], -sp[1]))
        out.extend(opening(k, s == a) for s, _, k in active)
        out.append(html.escape(text[a:b], quote=False))
        out.append("</mark>" * len(active))
    return "".join(out)


def sentence_spans(sentence: str, claims: Iterable[tuple[int, Claim]]) -> tuple[list[tuple[int, int, int]], list[int]]:
    """Where each claim's mention is in its sentence (white space folded, as the sentence is), in
    order: ((start, end, key) spans, keys of claims whose mention is not found there)."""
    spans, lost, pos = [], [], 0
    for key, claim in claims:
        mention = " ".join(claim.mention.split())
        at = sentence.find(mention, pos) if mention else -1
        if at < 0 and mention:
            at = sentence.find(mention)
        if at < 0:
            lost.append(key)
            continue
        spans.append((at, at + len(mention), key))
        pos = at + len(mention)
    return spans, lost
