"""statx diff --html: a page of the pairs of a diff, the old and new sentences side by side with
each claim marked. Check boxes (CSS only: the page has no script) hide a status."""
from __future__ import annotations

from collections import Counter
from typing import IO, Sequence

from ..claim import Claim
from ..compare.diff import ONLY_NEW, ONLY_OLD, OTHER_YEAR, REVISED, UNCHANGED, Pair
from ..compare.figures import Figure
from ..compare.series import value_text
from .pages import asset, esc, head, highlight, mark_class, number, sentence_spans, tail

STATUS_WORDS = {REVISED: "revised", OTHER_YEAR: "another year", UNCHANGED: "unchanged", ONLY_OLD: "only in old", ONLY_NEW: "only in new"}
# The rules that hide a status while its box is cleared.
_HIDING = "".join(f"body:has(#show-{s}:not(:checked)) .pair[data-status={s}] {{ display: none; }}\n" for s in STATUS_WORDS)


def write_diff_page(out: IO[str], pairs: Sequence[Pair], old: str, new: str, title: str | None = None) -> None:
    """The page of the diff of ``old`` and ``new``."""
    title = title or f"statx diff: {old} → {new}"
    out.write(head(title, asset("statx.css") + _HIDING))
    counts = Counter(p.status for p in pairs)
    boxes = " ".join(f'<label><input type="checkbox" id="show-{s}" checked> {words} ({counts[s]})</label>'
                     for s, words in STATUS_WORDS.items())
    out.write(f"<h1>{esc(title)}</h1>\n<p>Old: <code>{esc(old)}</code>. New: <code>{esc(new)}</code>.</p>\n"
              f'<p class="filters">Show: {boxes}</p>\n')
    if not pairs:
        out.write("<p>Neither side has a claim.</p>\n")
    out.writelines(_pair(p) for p in pairs)
    out.write(tail())


def _pair(p: Pair) -> str:
    row = p.row()
    change = ""
    if p.delta is not None:
        pct = "" if p.delta_pct is None else f", {number(p.delta_pct)}%"
        change = f" (delta {esc(number(p.delta))}{esc(pct)})"
    values = " → ".join(esc(_value(f)) for f in (p.old, p.new))
    return (f'<article class="pair" data-status="{p.status}">\n<h3><span class="status status-{p.status}">'
            f"{STATUS_WORDS[p.status]}</span> {esc(row['subject'] or '(no subject)')} · {esc(row['kind'])} · "
            f"{esc(row['unit'])}: {values}{change}</h3>\n<div class=\"sides\">\n"
            f"{_side('old', p.old)}{_side('new', p.new)}</div>\n</article>\n")


def _value(f: Figure | None) -> str:
    if f is None:
        return "—"
    return value_text(f, number) + ("" if f.year is None else f" in {f.year}")


def _side(name: str, f: Figure | None) -> str:
    """A side's sentences, each marked, naming the documents that hold it."""
    if f is None:
        return f'<div class="side {name}"><h4>{name}: no such claim</h4></div>\n'
    places: dict[tuple[str, str], list[str]] = {}
    firsts: dict[tuple[str, str], Claim] = {}
    for c in f.claims:
        key = (c.sentence, c.mention)
        places.setdefault(key, []).append(c.doc)
        firsts.setdefault(key, c)
    parts = []
    for key, docs in places.items():
        parts.append(f"<h4>{name}: {esc('; '.join(dict.fromkeys(docs)))}</h4>\n<p>{_sentence(firsts[key])}</p>\n")
    return f'<div class="side {name}">\n' + "".join(parts) + "</div>\n"


def _sentence(claim: Claim) -> str:
    spans, lost = sentence_spans(claim.sentence, [(0, claim)])
    opening = f'<mark class="{mark_class(claim)}" title="{esc(claim.id)}">'
    text = highlight(claim.sentence, spans, lambda _key, _first: opening)
    return text + (f" {opening}{esc(claim.mention)}</mark>" if lost else "")
