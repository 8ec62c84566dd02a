"""statx report: one self-contained HTML page for reviewing claims against their text.

Each document's text is shown with every claim marked (coloured by the kind of its unit, its
qualifier and direction shown by signs); the claim's row shows on hover or click. One table of
all claims above, sortable, filterable and paged by the page's script, links each row to its
mark. Documents read from a claim table have no full text: each claim is marked in its
sentence. The page is written as the documents come, so memory holds the rows, not the texts."""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import os
import traceback
from typing import IO, Callable, Iterable, Iterator, Sequence

from .. import parallel
from ..claim import Claim
from ..pipeline import extract_document
from .export import plain
from .pages import (DIRECTION_SIGNS, KINDS, QUALIFIER_SIGNS, asset, esc, head, highlight, json_script,
                   mark_class, sentence_spans, tail, unit_kind)
from .read import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, Document, ReadError, iter_paths, read_document
from .readback import read_table

OPEN_UP_TO = 20  # documents: a report of more shows them collapsed
# The columns of a row in the page's data; "d" is the document's place in "docs".
ROW_COLUMNS = ("d", "id", "start", "end", "mention", "value", "value_to", "unit", "kind", "qualifier",
               "direction", "year", "since", "subject", "speaker")
# The claims table's columns: (key in a row, heading).
TABLE = (("d", "document"), ("mention", "mention"), ("value", "value"), ("unit", "unit"),
         ("qualifier", "qualifier"), ("direction", "direction"), ("year", "year"), ("subject", "subject"))
FILTERS = (("unit", "Unit"), ("year", "Year"), ("d", "Document"))


@dataclasses.dataclass(frozen=True)
class Source:
    """A document's part of the report: its text and claims; or, for claims read from a claim
    table (``table`` names it), no text: the claims are shown in their sentences."""

    name: str
    text: str | None
    claims: tuple[Claim, ...]
    table: str | None = None


def load_sources(
    paths: Iterable[str],
    *,
    globs: Iterable[str] = DEFAULT_GLOBS,
    doc_date: dt.date | None = None,
    lang: str = "auto",
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[ReadError], None] | None = None,
    jobs: int = 1,
    on_document: Callable[[str], None] | None = None,
) -> Iterator[Source]:
    """The sources under ``paths``, in order: documents are extracted (by ``jobs`` processes),
    claim tables read back, one source per document they name. Paths that cannot be read go
    to ``on_error`` (raised when it is None); ``on_document(path)`` follows each path."""
    work = functools.partial(_load, doc_date=doc_date, lang=lang, encoding=encoding, max_bytes=max_bytes)
    items = ((p.path, p.reason) if isinstance(p, ReadError) else p for p in iter_paths(paths, globs))
    items = (_stdin(p, encoding, max_bytes) if p == "-" else p for p in items)
    for path, result in parallel.imap(work, items, jobs):
        if isinstance(result, str):
            if on_error is None:
                raise ReadError(path, result)
            on_error(ReadError(path, result))
        else:
            yield from result
        if on_document is not None:
            on_document(path)


def _stdin(path: str, encoding: str | None, max_bytes: int) -> Document | tuple[str, str]:
    """stdin, read here: worker processes have none."""
    try:
        return read_document(path, encoding, max_bytes)
    except ReadError as err:
        return err.path, err.reason


def _load(item: str | Document | tuple[str, str], doc_date: dt.date | None, lang: str, encoding: str | None,
          max_bytes: int) -> tuple[str, list[Source] | str]:
    """(path, sources) of one path, or (path, reason) when it cannot be read: plain values, so
    that they pass between processes."""
    if isinstance(item, tuple):
        return item
    try:
        document = read_document(item, encoding, max_bytes) if isinstance(item, str) else item
        table = read_table(document.text, document.name)
        if table is None:
            return document.name, [Source(document.name, document.text, tuple(extract_document(document, doc_date, lang)))]
    except ReadError as err:
        return err.path, err.reason
    except Exception as exc:  # a bug met in one document must not cost the others their place
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return getattr(item, "name", item), (f"internal error: {type(exc).__name__} at "
                                             f"{os.path.basename(where.filename)}:{where.lineno} (please report it)")
    by_doc: dict[str, list[Claim]] = {}
    for claim in table:
        by_doc.setdefault(claim.doc, []).append(claim)
    return document.name, [Source(doc, None, tuple(claims), document.name) for doc, claims in by_doc.items()]


def write_report(out: IO[str], sources: Iterable[Source], title: str = "statx report",
                 skipped: Sequence[ReadError] = ()) -> int:
    """Write the page to ``out``; return the number of claims. ``skipped`` (which may fill while
    ``sources`` is read) is listed at the end."""
    css, script = asset("statx.css"), asset("report.js")
    out.write(head(title, css, script, "report"))
    out.write(_header(title))
    sources = iter(sources)
    first = list(itertools.islice(sources, OPEN_UP_TO + 1))
    is_open = len(first) <= OPEN_UP_TO
    out.write('<section id="documents">\n<h2>Documents <button type="button" id="open-all">Open all</button> '
              '<button type="button" id="close-all">Close all</button></h2>\n')
    docs: list[list] = []
    rows: list[list] = []
    for d, source in enumerate(itertools.chain(first, sources)):
        out.write(_document(d, source, rows, is_open))
        date = source.claims[0].doc_date if source.claims else None
        docs.append([source.name, plain(date) or None, source.table])
    if skipped:
        out.write('<div id="skipped">\n<h2>Not read</h2>\n<ul>\n')
        out.writelines(f"<li><code>{esc(err.path)}</code>: {esc(err.reason)}</li>\n" for err in skipped)
        out.write("</ul>\n</div>\n")
    out.write("</section>\n")
    out.write(json_script("statx-data", {"columns": ROW_COLUMNS, "docs": docs, "rows": rows}))
    out.write(tail(script))
    return len(rows)


def _header(title: str) -> str:
    kinds = " ".join(f'<span class="swatch k-{k}">{esc(words)}</span>' for k, words in KINDS.items())
    signs = ", ".join(f"{sign} {name.replace('_', ' ')}" for name, sign in QUALIFIER_SIGNS.items())
    arrows = ", ".join(f"{sign} {name}" for name, sign in DIRECTION_SIGNS.items())
    selects = "\n".join(f'<label>{label} <select id="f-{key}"><option value="">any</option></select></label>'
                        for key, label in FILTERS)
    heads = "".join(f'<th><button type="button" data-sort="{key}">{words}</button></th>' for key, words in TABLE)
    return (f'<header>\n<h1>{esc(title)} <small id="summary"></small></h1>\n'
            f'<p class="legend">Kind of unit: {kinds}. Qualifier: {signs}. Direction of a change: {arrows}. '
            'Point at a number or click it to see its row.</p>\n</header>\n'
            '<section id="claims">\n<form id="filters" role="search">\n'
            f'{selects}\n<label>Subject <input id="f-subject" type="search" placeholder="words of the subject"></label>\n'
            '<button type="button" id="f-clear">Clear</button> <output id="count"></output>\n'
            '<span id="pager"><button type="button" id="prev">‹ previous</button> <span id="page"></span> '
            '<button type="button" id="next">next ›</button></span>\n</form>\n'
            f'<div class="scroll">\n<table id="claims-table">\n<thead><tr>{heads}</tr></thead>\n<tbody></tbody>\n</table>\n</div>\n'
            '<noscript><p>The claims table needs JavaScript; every claim is marked in the documents below.</p></noscript>\n'
            '</section>\n')


def _row(d: int, c: Claim) -> list:
    values = {"d": d, "kind": unit_kind(c.unit)}
    return [values[k] if k in values else _json(getattr(c, k)) for k in ROW_COLUMNS]


def _json(value):
    return value if value is None or isinstance(value, (int, str)) else plain(value)


def _document(d: int, source: Source, rows: list[list], is_open: bool) -> str:
    """One document's section; its claims' rows are added to ``rows``."""
    first = len(rows)
    keyed = {first + j: c for j, c in enumerate(source.claims)}
    rows.extend(_row(d, c) for c in source.claims)

    def opening(key: int, first_piece: bool) -> str:
        c = keyed[key]
        anchor = f' id="c{key}" data-id="{esc(c.id)}" tabindex="0"' if first_piece else ""
        return f'<mark class="{mark_class(c)}" data-i="{key}"{anchor}>'

    if source.text is not None:
        body = f'<div class="text">{highlight(source.text, [(c.start, c.end, k) for k, c in keyed.items()], opening)}</div>'
    else:
        body = "".join(_sentence(sentence, list(group), opening)
                       for sentence, group in itertools.groupby(keyed.items(), key=lambda kc: kc[1].sentence))
    n = len(source.claims)
    date = plain(source.claims[0].doc_date) if source.claims else ""
    meta = " · ".join(filter(None, [date, f"{n} claim{'' if n == 1 else 's'}",
                                    source.table and f"from the table {source.table}"]))
    return (f'<details class="doc" id="d{d}" data-d="{d}"{" open" if is_open else ""}>'
            f'<summary><span class="name">{esc(source.name)}</span> <span class="meta">{esc(meta)}</span></summary>\n'
            f"{body}\n</details>\n")


def _sentence(sentence: str, group: list[tuple[int, Claim]], opening: Callable[[int, bool], str]) -> str:
    """A sentence of a claim table with its claims marked; a mention not found in it follows it."""
    spans, lost = sentence_spans(sentence, group)
    claims = dict(group)
    extra = "".join(f" {opening(k, True)}{esc(claims[k].mention)}</mark>" for k in lost)
    return f'<p class="sentence">{highlight(sentence, spans, opening)}{extra}</p>\n'
