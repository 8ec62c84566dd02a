"""Web pages as documents: the main text and the publication date, found by trafilatura (which
uses htmldate for the date). The text it extracts is the document: offsets refer to it, and
``statx text PAGE`` prints it. trafilatura is imported only when a page is met."""
from __future__ import annotations

import datetime as dt

from .read import Document, ReadError

# Only the page's own markup dates it (meta tags, <time>, JSON-LD, the address): htmldate's
# "extensive search" would also take a date from the story ("the law comes into force on ...").
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def is_page(head: bytes) -> bool:
    """Whether a file that starts with ``head`` is an HTML page (by its doctype or <html> tag)."""
    start = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<?xml"):
        start = start[start.find(b"?>") + 2:].lstrip()
    return start.startswith((b"<!doctype html", b"<html"))


def read_page(name: str, page: bytes | str) -> Document:
    """The document of a web page: its main text (navigation, scripts, styles, comments and
    boilerplate left out; entities decoded) and the publication date in its markup. ``page`` is
    the file's bytes (trafilatura then finds the encoding the page declares) or its decoded text.
    Raises ReadError when trafilatura is missing or finds no main text."""
    try:
        import trafilatura
    except ImportError:
        raise ReadError(name, "reading web pages needs trafilatura: pip install trafilatura") from None
    found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                        include_tables=True, date_extraction_params=_DATE_PARAMS)
    text = getattr(found, "text", None)
    if not text or not text.strip():
        raise ReadError(name, "no main text found in the web page")
    return Document(name, text, date=_date(getattr(found, "date", None)))


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
