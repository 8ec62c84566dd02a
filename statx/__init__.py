"""statx: numeric statistical claims (value, unit, year, subject, speaker) from speeches,
transcripts and news.

    >>> import statx
    >>> [c.value for c in statx.extract_text("Crimes fell by 4.5 percent in 2023.")]
    [Decimal('4.5')]
"""
from .claim import COLUMNS, Claim
from .io.read import Document, ReadError

__all__ = ["COLUMNS", "Claim", "Document", "ReadError", "extract_document", "extract_paths", "extract_text"]
_PIPELINE = ("extract_document", "extract_paths", "extract_text")


def __getattr__(name: str):
    """The extract_* functions, importing the pipeline (all the stages) only when first asked
    for, so that `statx --help` and commands that do not extract start faster."""
    if name in _PIPELINE:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'statx' has no attribute {name!r}")
