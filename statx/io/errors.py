"""The one shape of an input or output error: the path as the user gave it, and the reason."""
from __future__ import annotations


class PathError(Exception):
    """``path`` as given, ``reason`` in a few words, and ``str()`` both ("notes/a.txt: binary file")."""

    def __init__(self, path: str, reason: str):
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
