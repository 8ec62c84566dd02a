"""Compiled patterns kept on disk between runs.

The ``regex`` module parses a pattern in Python, which for statx's patterns takes about a third of
a second; a compiled pattern pickles as its compiled code and loads back in microseconds. A
PatternCache holds the patterns of one lexicon: the first ``compile`` loads the file, a pattern
missing from it is compiled as usual, and ``save`` writes the file again when something was added.

The file's name carries the versions of statx, ``regex`` and Python and a digest of the word lists;
inside, each pattern is found by its source and flags, so a changed pattern is compiled anew.
Anything wrong with the file or its folder (missing, read-only, corrupt, written by another
process at the same time, owned by another user) only means compiling as usual: the file is
written to a temporary name and renamed, and no error leaves this module.

The folder is ``$STATX_CACHE_DIR``, else ``$XDG_CACHE_HOME/statx``, else ``~/.cache/statx``;
``STATX_CACHE_DIR=`` (empty) turns the cache off.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

import regex

FORMAT = 1  # the layout of the file; raise it when that changes


def folder(environ: dict[str, str] | None = None) -> Path | None:
    """The cache folder the environment names, or None when the cache is turned off."""
    env = os.environ if environ is None else environ
    if "STATX_CACHE_DIR" in env:
        return Path(env["STATX_CACHE_DIR"]) if env["STATX_CACHE_DIR"] else None
    base = env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "statx"


def cache_for(name: str, data: bytes, environ: dict[str, str] | None = None) -> PatternCache:
    """The cache of the lexicon ``name`` whose word lists are ``data`` (the file's bytes)."""
    where = folder(environ)
    if where is None:
        return PatternCache(None)
    from .. import __version__

    versions = f"{__version__} {regex.__version__} {sys.version_info[0]}.{sys.version_info[1]} {FORMAT}"
    digest = hashlib.sha256(versions.encode() + b"\0" + data).hexdigest()[:16]
    return PatternCache(where / f"patterns-{name}-{digest}.pickle")


class PatternCache:
    """Compiled patterns by (source, flags), loaded from and saved to ``path`` (None: memory only)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._patterns: dict[tuple[str, int], regex.Pattern] | None = None
        self._added = False

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern:
        """``regex.compile(pattern, flags)``, from the file when it is there."""
        if self._patterns is None:
            self._patterns = self._load()
        key = (pattern, int(flags))
        found = self._patterns.get(key)
        if found is None:
            found = self._patterns[key] = regex.compile(pattern, flags)
            self._added = True
        return found

    def save(self) -> None:
        """Write the file if patterns were compiled since it was read (quietly: any error is ignored)."""
        if not self._added or self.path is None or self._patterns is None:
            return
        self._added = False
        with contextlib.suppress(Exception):
            self._write(pickle.dumps(dict(self._patterns), protocol=pickle.HIGHEST_PROTOCOL))  # a copy: threads may add

    def _load(self) -> dict[tuple[str, int], regex.Pattern]:
        if self.path is None:
            return {}
        try:
            with open(self.path, "rb") as fh:
                if not _trusted(os.fstat(fh.fileno())):
                    return {}
                loaded = pickle.load(fh)
            if all(isinstance(k, tuple) and isinstance(p, regex.Pattern) and p.pattern == k[0]
                   for k, p in loaded.items()):
                return loaded
        except Exception:  # noqa: BLE001 - missing, unreadable or corrupt: compile as usual
            pass
        return {}

    def _write(self, data: bytes) -> None:
        """``data`` to the file, through a temporary file in its folder renamed over it."""
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _trusted(st: os.stat_result) -> bool:
    """A file only its owner, this user, can write: unpickling runs what the file says."""
    if not hasattr(os, "geteuid"):
        return True
    return st.st_uid == os.geteuid() and not st.st_mode & 0o022
