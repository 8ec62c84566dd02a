"""statx: numeric statistical claims (value, unit, year, subject, speaker) from speeches,
transcripts and news.

    >>> import statx
    >>> [c.value for c in statx.extract_text("Crimes fell by 4.5 percent in 2023.")]
    [Decimal('4.5')]
"""
from .claim import COLUMNS, Claim
from .pipeline import extract_document, extract_paths, extract_text
from .read import Document, ReadError

__all__ = ["COLUMNS", "Claim", "Document", "ReadError", "extract_document", "extract_paths", "extract_text"]
