"""Fast scans of a whole text: where a pattern may match is found by RE2 (google-re2, a DFA that reads
hundreds of MB/s), and each such place is confirmed by the pattern itself, so the matches are exactly
the pattern's own.

RE2 is given the pattern's *superset*: the same pattern without look-arounds, word boundaries and
anchors, its character classes widened where the two engines read them differently. Whatever the
pattern matches at a place, the superset matches there too, so the leftmost place the superset
matches is never after the leftmost place the pattern matches: trying the pattern there, and one
character further each time it fails, finds every match ``finditer`` would, in order.

A pattern the translation does not understand (a back-reference, a named list, fuzzy matching) or a
text that is not plain UTF-8 (a lone surrogate) is scanned by the pattern alone."""
from __future__ import annotations

import bisect
import functools
import itertools
from typing import Callable, Iterator

import regex

from ..lang.cache import compiled

re2 = None   # google-re2, imported when a scan first needs it (see available)

CHUNK = 256   # characters between the byte offsets kept for a text with many non-ASCII ones
WARM = 50_000   # characters a pattern scans alone before its RE2 pattern is built: a run on one small file builds none


def available() -> bool:
    """Is RE2 there (imported now, once)? Without it every scan is the pattern's own."""
    global re2
    if re2 is None:
        try:
            import re2 as module
        except ImportError:  # pragma: no cover - google-re2 is a dependency; kept working without it
            module = False
        re2 = module
    return bool(re2)

# regex's classes as RE2 reads them: a wider set where the pattern allows them (``outer``) and a
# narrower one inside a negated set (``inner``), so that the superset never loses a match.
_WHITE = r"\t-\r \x{85}\p{Z}"
_CLASSES = {   # escape -> (outer, inner), as members of a set
    "d": (r"\p{Nd}", "0-9"), "s": (_WHITE, r"\t-\r "), "w": (r"\p{L}\p{N}\p{M}\p{Pc}_", "0-9A-Za-z_"),
}
_NEGATED = {"D": "d", "S": "s", "W": "w"}


NEVER = r"[^\x00-\x{10ffff}]"   # RE2's empty set


class Unsupported(ValueError):
    """The pattern uses what the translation to RE2 does not handle."""


def superset(source: str, flags: int = 0) -> str:
    """An RE2 pattern that matches, at every place where ``source`` (a regex pattern, with
    ``flags``) matches, at least a beginning of that match. Each alternative of the top level keeps
    its items up to the first that cannot match nothing: the rest decides nothing about where a
    match starts, and RE2, which must find where its own match ends, would otherwise follow a
    repetition ("million million ...") to the end of the text each time."""
    if flags & ~(regex.VERBOSE | regex.IGNORECASE | regex.UNICODE | regex.VERSION0):
        raise Unsupported("flags")
    if not available():
        raise Unsupported("no RE2 to read it")
    case = "(?i)" if flags & regex.IGNORECASE else ""
    alternatives = _Translator(source, bool(flags & regex.VERBOSE)).alternatives()
    return case + "|".join("".join(_head(items, case)) for items in alternatives)


def _head(items: list[str], case: str) -> list[str]:
    """``items`` up to the first that cannot match the empty string (all of them when each can)."""
    for k, item in enumerate(items):
        if not re2.compile((case + item).encode("utf-8"), _options()).fullmatch(b""):
            return items[:k + 1]
    return items


def _options() -> "re2.Options":
    """RE2's options for a pattern as large as the document date's: room for its DFA (the default
    8 MB runs out on it, and RE2 says so on stderr)."""
    options = re2.Options()
    options.max_mem = 64 << 20
    return options


class _Translator:
    def __init__(self, source: str, verbose: bool):
        self.s, self.i, self.verbose = source, 0, verbose

    def peek(self, k: int = 0) -> str:
        return self.s[self.i + k] if self.i + k < len(self.s) else ""

    def alternatives(self) -> list[list[str]]:
        """The items of each alternative of the whole pattern."""
        out: list[list[str]] = [[]]
        for item in self.items(top=True):
            if item == "|":
                out.append([])
            else:
                out[-1].append(item)
        return out

    def group(self) -> str:
        """A group's items, up to the ``)`` that closes it."""
        return "".join(self.items())

    def items(self, top: bool = False) -> list[str]:
        """Items (each with its quantifier) up to the ``)`` that closes the group (or the end of the pattern)."""
        out: list[str] = []
        dropped = False   # the item before was dropped: a quantifier after it goes too
        while self.i < len(self.s):
            c = self.s[self.i]
            if self.verbose and c in " \t\n\r\f\v":
                self.i += 1
                continue
            if self.verbose and c == "#":
                while self.i < len(self.s) and self.s[self.i] != "\n":
                    self.i += 1
                continue
            if c == ")":
                if top:
                    raise Unsupported("unbalanced )")
                self.i += 1
                return out
            if c in "*+?{" and self._quantifier_here():
                q = self._quantifier()
                if not dropped:
                    out[-1] = f"(?:{out[-1]}){q}"
                continue
            item = self.item()
            dropped = item is None
            if item is not None:
                out.append(item)
        if not top:
            raise Unsupported("unbalanced (")
        return out

    def _quantifier_here(self) -> bool:
        if self.s[self.i] != "{":
            return True
        j = self.s.find("}", self.i)
        return j > 0 and all(ch.isdigit() or ch == "," for ch in self.s[self.i + 1:j]) and j > self.i + 1

    def _quantifier(self) -> str:
        c = self.s[self.i]
        if c == "{":
            j = self.s.find("}", self.i)
            low, _, high = self.s[self.i + 1:j].partition(",")
            # a long count is left open: RE2 would build a state for each ("[^\n]{0,80}")
            q = "{%s,}" % (low or 0) if _ and (not high or int(high) > 20) else self.s[self.i:j + 1].replace("{,", "{0,")
            self.i = j + 1
        else:
            q = c
            self.i += 1
        if self.peek() == "?":          # lazy: RE2 has it
            q += "?"
            self.i += 1
        elif self.peek() == "+":        # possessive: a greedy one matches more
            self.i += 1
        return q

    def item(self) -> str | None:
        """One item, translated; None for one that is dropped (a look-around or an anchor)."""
        c = self.s[self.i]
        if c == "(":
            return self._paren()
        if c == "[":
            return self._set()
        if c == "\\":
            return self._escape(in_set=False)
        self.i += 1
        if c in "^$":
            return None
        if c == "|":
            return "|"
        if c == ".":
            return "."
        return _literal(c)

    def _paren(self) -> str | None:
        s = self.s
        if s.startswith("(?", self.i):
            rest = s[self.i + 2:self.i + 4]
            if rest == "!)":   # "(?!)" never matches (an empty word list, a conditional's other branch)
                self.i += 4
                return NEVER
            if rest.startswith(("=", "!")) or rest in ("<=", "<!"):
                self.i += 2 + (2 if rest in ("<=", "<!") else 1)
                self.group()
                return None
            if rest.startswith("("):   # a conditional "(?(name)yes|no)": either branch may match
                self.i = s.index(")", self.i + 3) + 1
                return "(?:" + self.group() + ")"
            if rest.startswith(":") or rest.startswith(">"):   # a group; an atomic one matches less than a plain one
                self.i += 3
                return "(?:" + self.group() + ")"
            if rest.startswith("P<") or rest.startswith("<"):
                self.i = s.index(">", self.i) + 1
                return "(?:" + self.group() + ")"
            j = self.i + 2
            while j < len(s) and (s[j].isalpha() or s[j] == "-"):
                j += 1
            flags = s[self.i + 2:j]
            if flags and set(flags) <= set("i-") and j < len(s) and s[j] in ":)":
                self.i = j + 1
                if s[j] == ")":
                    raise Unsupported("scoped flags")
                return f"(?{flags}:" + self.group() + ")"
            raise Unsupported(s[self.i:self.i + 4])
        self.i += 1
        return "(?:" + self.group() + ")"

    def _set(self) -> str:
        s = self.s
        self.i += 1
        negated = self.peek() == "^"
        if negated:
            self.i += 1
        members: list[str] = []
        first = True
        while True:
            if self.i >= len(s):
                raise Unsupported("unclosed [")
            c = s[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            if c == "[":
                raise Unsupported("nested set")
            if c == "\\":
                members.append(self._escape(in_set=True, negated=negated))
            elif c == "-":   # a range, or a hyphen at either end: RE2 reads it as regex does
                members.append("-")
                self.i += 1
            else:
                members.append(_literal(c, in_set=True))
                self.i += 1
        return ("[^" if negated else "[") + "".join(members) + "]"

    def _escape(self, in_set: bool, negated: bool = False) -> str | None:
        s = self.s
        c = self.peek(1)
        self.i += 2
        if c in "pP" and self.peek() == "{":
            j = s.index("}", self.i)
            name = s[self.i + 1:j]
            self.i = j + 1
            if not name.replace("_", "").isalnum():
                raise Unsupported(f"\\p{{{name}}}")
            return f"\\{c}{{{name}}}"
        if c == "u":
            code = s[self.i:self.i + 4]
            self.i += 4
            return _literal(chr(int(code, 16)), in_set)
        if c == "U":
            code = s[self.i:self.i + 8]
            self.i += 8
            return _literal(chr(int(code, 16)), in_set)
        if c == "x":
            if self.peek() == "{":
                j = s.index("}", self.i)
                code = s[self.i + 1:j]
                self.i = j + 1
            else:
                code = s[self.i:self.i + 2]
                self.i += 2
            return _literal(chr(int(code, 16)), in_set)
        if c in _CLASSES:
            outer, inner = _CLASSES[c]
            members = inner if in_set and negated else outer
            return members if in_set else f"[{members}]"
        if c in _NEGATED:
            outer, inner = _CLASSES[_NEGATED[c]]
            if in_set:
                if negated:   # [^\D] is \d: its narrower form
                    raise Unsupported(f"\\{c} in a negated set")
                return {"D": r"\P{Nd}", "S": r"\S", "W": r"\W"}[c]   # RE2's ASCII forms: wider
            return {"D": r"\P{Nd}", "S": r"\S", "W": r"\W"}[c]
        if not in_set and c in "bBAZz":
            return None
        if c in "ntrfv":
            return "\\" + c
        if c == "0" or c.isdigit() or c.isalpha():
            raise Unsupported("\\" + c)
        return _literal(c, in_set)


def _literal(ch: str, in_set: bool = False) -> str:
    """One character as RE2 reads it literally."""
    if ch.isalnum() or ch == "_" or ord(ch) > 127 and ch.isprintable():
        return ch
    return f"\\x{{{ord(ch):x}}}"


class Prefilter:
    """A regex pattern (one that matches no empty string) with the RE2 pattern that finds where it may match."""

    def __init__(self, pattern: regex.Pattern, source: str, flags: int = 0):
        self.pattern, self._source, self._flags = pattern, source, flags
        self.fast = None
        self._scanned = 0       # characters scanned by the pattern alone so far
        self._built = False

    def build(self) -> bool:
        """Build the RE2 pattern now, if not done; whether there is one."""
        if not self._built:
            self._built = True
            if available():
                try:
                    options = _options()
                    options.never_capture = True
                    # google-re2's own search decodes offsets into the str each call; the engine's Match
                    # takes the bytes once encoded (Utf8) and gives byte spans
                    self.fast = re2.compile(superset(self._source, self._flags).encode("utf-8"), options)._regexp.Match
                    self.anywhere = re2._Anchor.UNANCHORED
                except (Unsupported, re2.error, AttributeError):
                    self.fast = None
        return self.fast is not None

    def _fast(self, text: "Utf8") -> bool:
        """Does RE2 scan ``text``? Not before the pattern alone has scanned WARM characters."""
        if not self._built and self._scanned < WARM:
            return False
        return self.build() and text.data is not None

    def finditer(self, text: "Utf8", start: int = 0, end: int | None = None) -> Iterator[regex.Match]:
        """The matches of the pattern in ``text.text[start:end]``, as its ``finditer`` gives them."""
        end = len(text.text) if end is None else end
        if not self._fast(text):
            self._scanned += end - start
            yield from self.pattern.finditer(text.text, start, end)
            return
        pos = start
        while pos < end:
            m = self.search(text, pos, end)
            if m is None:
                return
            yield m
            pos = m.end()

    def search(self, text: "Utf8", pos: int, end: int) -> regex.Match | None:
        """The pattern's ``search(text.text, pos, end)``."""
        if not self._fast(text):
            m = self.pattern.search(text.text, pos, end)
            self._scanned += (m.start() if m else end) - pos
            return m
        stop = text.byte(end)
        at = text.byte(pos)
        while at < stop:
            found = self.fast(self.anywhere, text.data, at, stop)[0][0]
            if not 0 <= found < stop:   # none, or an empty one at the end: the pattern matches no empty string
                return None
            place = text.char(found)
            m = self.pattern.match(text.text, place, end)
            if m is not None:
                return m
            at = found + _UTF8_LENGTH[text.data[found] >> 4]
        return None


_UTF8_LENGTH = [1] * 12 + [2, 2, 3, 4]   # a character's bytes, by the high bits of its first byte


class Utf8:
    """A text with the UTF-8 bytes of ``text[start:end]`` (all of it by default), and the offsets of
    one in the other (``data`` is None for a text that UTF-8 cannot hold, a lone surrogate, or when
    there is no RE2 to read it): only that part can be scanned. A text with few characters outside
    ASCII (quotes, dashes) keeps where they are; others, the byte offset of every CHUNK-th character."""

    def __init__(self, text: str, start: int = 0, end: int | None = None):
        self.text, self.start, self._end = text, start, end

    @functools.cached_property
    def data(self) -> bytes | None:
        """The UTF-8 bytes of the part, encoded when first asked for (a scan by RE2)."""
        self._encode()
        return self._data

    def _encode(self) -> None:
        self._data: bytes | None = None
        self.ascii = True
        if not available():
            return
        start, end = self.start, self._end
        text = self.text[start:end] if start or end is not None else self.text
        try:
            self._data = text.encode("utf-8")
        except UnicodeEncodeError:
            return
        self.ascii = len(self._data) == len(text)
        if self.ascii:
            return
        self.sparse = len(self._data) - len(text) <= max(CHUNK, len(text) // 64)   # the bytes added bound the wide characters
        if self.sparse:   # each wide character: where it is, in characters and bytes, and the bytes added so far
            self._chars = [m.start() for m in _WIDE.finditer(text)]
            self._added = list(itertools.accumulate(_added(text[k]) for k in self._chars))
            self._bytes = [k + added - _added(text[k]) for k, added in zip(self._chars, self._added)]
        else:
            count = re2._re2.CharLenToBytes
            self._bytes = [0]
            for _ in range(len(text) // CHUNK):
                self._bytes.append(self._bytes[-1] + count(self._data, self._bytes[-1], CHUNK))

    def byte(self, pos: int) -> int:
        """The byte offset of character offset ``pos``."""
        pos -= self.start
        if self.data is None or self.ascii:
            return pos
        if self.sparse:
            k = bisect.bisect_left(self._chars, pos)
            return pos + (self._added[k - 1] if k else 0)
        k = pos // CHUNK
        return self._bytes[k] + re2._re2.CharLenToBytes(self.data, self._bytes[k], pos - k * CHUNK)

    def char(self, at: int) -> int:
        """The character offset of byte offset ``at`` (the start of a character)."""
        return self.start + self._char(at)

    def _char(self, at: int) -> int:
        if self.data is None or self.ascii:
            return at
        k = bisect.bisect_right(self._bytes, at) - 1
        if self.sparse:
            if k < 0:
                return at
            return self._chars[k] if at == self._bytes[k] else at - self._added[k]
        return k * CHUNK + re2._re2.BytesToCharLen(self.data, self._bytes[k], at)


_WIDE = compiled(r"[^\x00-\x7f]")


def _added(ch: str) -> int:
    """The bytes UTF-8 adds for a character outside ASCII: 1, 2 or 3."""
    code = ord(ch)
    return 1 if code < 0x800 else 2 if code < 0x10000 else 3


class EndAnchored:
    """A pattern that ends with ``\\Z``, searched in a window that ends where it must end. Its forward
    search tries every place of the window; searched backwards (``regex.REVERSE``) it starts at the
    end, several times faster. Whether it matches is the same either way, so the backward search
    says whether, and the forward search, only when there is a match, which (the leftmost)."""

    def __init__(self, compile: Callable[[str, int], regex.Pattern], source: str, flags: int = 0):
        self.forward = compile(source, flags)
        self.backward = compile(source, flags | regex.REVERSE)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        """``regex.Pattern.search`` of the pattern."""
        endpos = len(text) if endpos is None else endpos
        return self.forward.search(text, pos, endpos) if self.backward.search(text, pos, endpos) else None
