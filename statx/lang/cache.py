"""Compiled patterns, and what they are built from, kept on disk between runs.

The ``regex`` module parses a pattern in Python, which for statx's patterns takes about a third of
a second; a compiled pattern pickles as its compiled code and loads back in microseconds, tens of
milliseconds for a lexicon's four hundred. Each is kept pickled on its own and unpickled when first
used (``Stored``): a run on one small file uses about half of what the stages compile. A
PatternCache holds what a lexicon's start costs: its patterns, the alternations of its word lists
(statx/lang/__init__.py's ``alternation``: tens of milliseconds for all of them) and the word lists
as parsed from TOML (about as long). The first use loads the file; what is missing from it is built
as usual, and ``save`` writes the file again when something was added.

The file's name carries the versions of statx, ``regex`` and Python and a digest of the word lists
and of the code that builds alternations; inside, each pattern is found by its source and flags and
each alternation by its words, so a changed pattern or list is built anew. The patterns modules
compile when imported (``compiled``) have a file of their own, named for the versions alone.
Anything wrong with the file or its folder (missing, read-only, corrupt, written by another
process at the same time, owned by another user) only means compiling as usual: the file is
written to a temporary name and renamed, and no error leaves this module.

The folder is ``$STATX_CACHE_DIR``, else ``$XDG_CACHE_HOME/statx``, else ``~/.cache/statx``;
``STATX_CACHE_DIR=`` (empty) turns the cache off.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable

import regex

FORMAT = 3  # the layout of the file; raise it when that changes


def folder(environ: dict[str, str] | None = None) -> Path | None:
    """The cache folder the environment names, or None when the cache is turned off."""
    env = os.environ if environ is None else environ
    if "STATX_CACHE_DIR" in env:
        return Path(env["STATX_CACHE_DIR"]) if env["STATX_CACHE_DIR"] else None
    base = env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "statx"


def cache_for(name: str, data: bytes, environ: dict[str, str] | None = None) -> PatternCache:
    """The cache of the lexicon ``name`` built from ``data`` (the word lists' bytes, and the code
    that builds alternations from them)."""
    where = folder(environ)
    if where is None:
        return PatternCache(None)
    from .. import __version__

    versions = f"{__version__} {regex.__version__} {sys.version_info[0]}.{sys.version_info[1]} {FORMAT}"
    digest = hashlib.sha256(versions.encode() + b"\0" + data).hexdigest()[:16]
    return PatternCache(where / f"patterns-{name}-{digest}.pickle")


@functools.cache
def _fixed() -> PatternCache:
    return cache_for("fixed", b"")


def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    """``regex.compile(pattern, flags)`` for a pattern written in statx's code (one a module compiles
    when it is imported), through the cache of such patterns; ``save_compiled`` writes it."""
    return _fixed().compile(pattern, flags)


def save_compiled() -> None:
    """Write the cache of ``compiled``'s patterns if one was compiled since it was read."""
    _fixed().save()


class PatternCache:
    """Compiled patterns by (source, flags), alternations by their words and the parsed word lists,
    loaded from and saved to ``path`` (None: memory only). Each of the three stores is pickled on
    its own inside the file and unpickled when first used: a lexicon loaded for its word lists
    alone (another language's abbreviations) does not load its patterns."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._file: dict[str, bytes] | None = None   # the stores as read, each still pickled
        self._stores: dict[str, dict] = {}
        self._added = False

    def _store(self, name: str) -> dict:
        store = self._stores.get(name)
        if store is None:
            if self._file is None:
                self._file = self._read()
            store = self._stores[name] = _unpickled(self._file.get(name), _WELL_FORMED[name])
        return store

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern:
        """``regex.compile(pattern, flags)``, from the file when it is there (a ``Stored`` pattern, unpickled
        when first used)."""
        patterns = self._store("patterns")
        key = (pattern, int(flags))
        found = patterns.get(key)
        if found is None:
            found = patterns[key] = regex.compile(pattern, flags)
            self._added = True
        elif found.__class__ is bytes:
            found = patterns[key] = Stored(found, pattern, int(flags), self)
        return found

    def alternation(self, words: Iterable[str], build: Callable[[frozenset[str]], str]) -> str:
        """``build(words)``, the pattern source of a word list, from the file when it is there."""
        alternations = self._store("alternations")
        key = frozenset(words)
        found = alternations.get(key)
        if found is None:
            found = alternations[key] = build(key)
            self._added = True
        return found

    def data(self, parse: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """``parse()``, the word lists this file is named for, from the file when it is there."""
        stores = self._store("data")
        if "data" not in stores:
            stores["data"] = parse()
            self._added = True
        return stores["data"]

    def save(self) -> None:
        """Write the file if something was built since it was read (quietly: any error is ignored)."""
        if not self._added or self.path is None or self._file is None:
            return
        self._added = False
        stores = {name: pickle.dumps(_kept(name, dict(self._stores[name])), protocol=pickle.HIGHEST_PROTOCOL)  # a copy: threads may add
                  if name in self._stores else self._file.get(name, _EMPTY) for name in _WELL_FORMED}
        with contextlib.suppress(Exception):
            self._write(pickle.dumps(stores, protocol=pickle.HIGHEST_PROTOCOL))

    def _read(self) -> dict[str, bytes]:
        """The file's stores, each as pickled bytes; none when the file is missing, not trusted or
        not what ``save`` writes."""
        if self.path is None:
            return {}
        try:
            with open(self.path, "rb") as fh:
                if not _trusted(os.fstat(fh.fileno())):
                    return {}
                loaded = pickle.load(fh)
            if isinstance(loaded, dict) and set(loaded) == set(_WELL_FORMED) and all(
                    isinstance(v, bytes) for v in loaded.values()):
                return loaded
        except Exception:  # noqa: BLE001 - missing, unreadable or corrupt: build as usual
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


class Stored:
    """A compiled pattern as the file keeps it, unpickled when one of its attributes is first read.
    It then keeps the pattern's attributes as its own, so that reading ``search`` costs what it costs
    on the pattern. What does not unpickle as the pattern of its source and flags is compiled anew."""

    def __init__(self, data: bytes, source: str, flags: int, cache: PatternCache | None = None):
        self._data, self._source, self._flags, self._cache = data, source, flags, cache

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):   # not a pattern's: pickle and copy look for their own methods
            raise AttributeError(name)
        pattern = self.pattern_itself()
        self.__dict__.update({a: getattr(pattern, a) for a in _ATTRIBUTES})
        return getattr(pattern, name)

    def pattern_itself(self) -> regex.Pattern:
        """The pattern: unpickled, or compiled (and its cache's file to be written again) when the bytes
        are not what they should be."""
        with contextlib.suppress(Exception):
            pattern = pickle.loads(self._data)
            if isinstance(pattern, regex.Pattern) and pattern.pattern == self._source and pattern.flags & self._flags == self._flags:
                return pattern
        pattern = regex.compile(self._source, self._flags)
        self._data = pickle.dumps(pattern, protocol=pickle.HIGHEST_PROTOCOL)
        if self._cache is not None:
            self._cache._added = True
        return pattern

    def __reduce__(self):
        return Stored, (self._data, self._source, self._flags)

    def __repr__(self) -> str:
        return f"Stored({self._source!r}, {self._flags})"


_ATTRIBUTES = [a for a in dir(regex.compile("")) if not a.startswith("_")]   # search, match, finditer, pattern, flags...


def _kept(name: str, store: dict) -> dict:
    """A store as the file keeps it: each pattern pickled on its own."""
    if name != "patterns":
        return store
    return {key: p if p.__class__ is bytes else p._data if isinstance(p, Stored) else pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL)
            for key, p in store.items()}


def _unpickled(data: bytes | None, well_formed: Callable[[dict], bool]) -> dict:
    """The store pickled in ``data``, or an empty one when it is missing, corrupt or not well formed."""
    if data is not None:
        try:
            store = pickle.loads(data)
            if isinstance(store, dict) and well_formed(store):
                return store
        except Exception:  # noqa: BLE001 - corrupt: build as usual
            pass
    return {}


_EMPTY = pickle.dumps({}, protocol=pickle.HIGHEST_PROTOCOL)

# What each store holds: every key with what it names.
_WELL_FORMED: dict[str, Callable[[dict], bool]] = {
    "patterns": lambda store: all(isinstance(k, tuple) and len(k) == 2 and isinstance(k[0], str) and isinstance(k[1], int)
                                  and isinstance(p, bytes) for k, p in store.items()),
    "alternations": lambda store: all(isinstance(k, frozenset) and isinstance(v, str) for k, v in store.items()),
    "data": lambda store: set(store) <= {"data"} and all(isinstance(v, dict) for v in store.values()),
}


def _trusted(st: os.stat_result) -> bool:
    """A file only its owner, this user, can write: unpickling runs what the file says."""
    if not hasattr(os, "geteuid"):
        return True
    return st.st_uid == os.geteuid() and not st.st_mode & 0o022
