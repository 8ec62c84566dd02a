"""statx: numeric statistical claims (value, unit, year, subject, speaker) from speeches,
transcripts and news, in English and Russian.

    >>> import statx
    >>> [c.value for c in statx.extract_text("Crimes fell by 4.5 percent in 2023.")]
    [Decimal('4.5')]

The public API:

extract_text(text, doc="-", doc_date=None, lang="auto", max_claims=None) -> list[Claim]
    The claims of one text; offsets index the string given. With ``max_claims``, a text holding
    more numbers that may be claims raises TooManyClaims (a ValueError).
extract_document(document, doc_date=None, lang="auto") -> list[Claim]
    The claims of a Document (a name and its decoded text).
extract_paths(paths, *, globs, doc_date, lang, encoding, max_bytes, on_error, jobs, on_document, max_claims)
    The claims of every document under a list of paths (files, folders, "-" for stdin), document
    by document; a path that cannot be read, or a document with more than ``max_claims`` numbers
    that may be claims, goes to on_error as a ReadError.
Claim
    One row: a frozen dataclass whose fields are COLUMNS; ``as_dict(json_safe=True)`` gives a
    row that ``json.dumps`` takes.
Document, ReadError, TooManyClaims
    A decoded document; a path that could not be read (``str()`` names the path and the reason);
    a text over ``max_claims``.
COLUMNS
    The columns of every table statx writes, in order.
__version__
    The installed version.

The library prints nothing, sets up no logging and changes no process-wide state.
"""
from .claim import COLUMNS, Claim
from .io.read import Document, ReadError

__version__ = "0.1.0"   # the one place it is written: pyproject.toml reads it from here

__all__ = ["COLUMNS", "Claim", "Document", "ReadError", "TooManyClaims", "__version__", "extract_document",
           "extract_paths", "extract_text"]
_PIPELINE = ("extract_document", "extract_paths", "extract_text", "TooManyClaims")


def __getattr__(name: str):
    """The extract_* functions, imported only when first asked for, so that `statx --help` and
    commands that do not extract start faster."""
    if name in _PIPELINE:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'statx' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
