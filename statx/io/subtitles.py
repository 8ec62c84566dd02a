"""Subtitles (SRT and WebVTT) as documents. The text statx reads is the file's own text, of the
same length, with everything that is not said blanked to spaces: cue numbers and identifiers,
timestamps and cue settings, headers and NOTE/STYLE blocks, markup tags, and the line breaks
between and inside cues, so that cues join into sentences and every offset indexes the file.
A line break is kept before a line that opens a speaker turn ("MINISTER:", "- Ms. Jones:" or
a WebVTT voice tag), and each turn is also given as (offset, name)."""
from __future__ import annotations

import regex

from ..lang.cache import compiled
from .read import Document

# A cue's timing line: "00:00:01,000 --> 00:00:04,000" (SRT) or "01:02.500 --> 01:04.000 align:start" (WebVTT).
_TIMING = compiled(r"""
    ^[ \t]*(?P<start>(?:\d{1,3}:)?\d{1,2}:\d{2}[,.]\d{1,3})   # start: [hours:]minutes:seconds,milliseconds
    [ \t]*-->[ \t]*
    (?:\d{1,3}:)?\d{1,2}:\d{2}[,.]\d{1,3}                     # end
    [^\n]*$                                                  # cue settings or SRT coordinates
""", regex.VERBOSE | regex.MULTILINE)

# Markup inside a cue: HTML-like tags (<i>, </v>, <c.loud>, <00:00:05.000>), ASS overrides ({\an8})
# and the entity of a no-break space.
_MARKUP = compiled(r"<[^<>\n]{0,200}>|\{\\[^{}\n]{0,200}\}|&nbsp;")
_VOICE = compiled(r"<v(?:\.[^\s>]+)?[ \t]+(?P<name>[^<>\n]{1,100})>")

# What opens a line: a dialogue dash or the ">>" of broadcast captions (blanked), then maybe a
# name and a colon: capitalised words, or small linking words inside ("Minister of Finance").
_OPENING = compiled(r"""
    (?P<mark>[-–—][ \t]*|>>[ \t]*)?
    (?:(?P<label>\p{Lu}[\p{L}\p{M}.'’-]*(?:[ ](?:\p{Lu}[\p{L}\p{M}.'’-]*|of|the|and|for|de|da|van|von|al|bin)){0,4})
       :(?=[ \t]|$))?
""", regex.VERBOSE)


# A title on the first line and a blank line, as a page or an archive heads a transcript it gives whole.
_TITLE = compiled(r"[^\n]{1,200}\n[ \t\r]*\n")


def is_subtitles(text: str) -> str | None:
    """"vtt" or "srt" when ``text`` reads as that kind of subtitle file (maybe under a title), else None."""
    head = text[:2000].lstrip("\ufeff \t\r\n")
    title = _TITLE.match(head)
    for start in (0, title.end()) if title else (0,):
        if head.startswith("WEBVTT", start):
            return "vtt"
        m = _TIMING.search(head, start)
        if m and head[start:m.start()].strip().isdigit():
            return "srt"
    return None


def read_subtitles(name: str, text: str) -> Document:
    """The document of a subtitle file whose decoded text is ``text`` (see the module's doc)."""
    out = [" "] * len(text)
    turns: list[tuple[int, str]] = []
    cues: list[tuple[int, str]] = []
    timings = list(_TIMING.finditer(text))
    for k, timing in enumerate(timings):
        limit = timings[k + 1].start() if k + 1 < len(timings) else len(text)
        first = True
        for start, end in _cue_lines(text, timing.end() + 1, limit):
            if first:
                cues.append((start, _clock(timing.group("start"))))
            turn = _copy_line(text, start, end, out)
            if turn is not None:
                turns.append(turn)
                if start > 0:
                    out[start - 1] = "\n"   # the line break before the turn (a "\r" before it stays blank)
            first = False
    return Document(name, "".join(out), turns=tuple(turns), cues=tuple(cues))


def _cue_lines(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the text lines of a cue from ``pos``: up to a blank line, and never the
    last line before the next timing line (the next cue's number or identifier)."""
    lines = []
    while pos < limit:
        end = text.find("\n", pos, limit)
        end = limit if end < 0 else end
        line_end = end - 1 if end > pos and text[end - 1] == "\r" else end
        if not text[pos:line_end].strip():
            return lines
        lines.append((pos, line_end))
        pos = end + 1
    if lines and limit < len(text):
        lines.pop()  # no blank line before the next cue: this line is its number
    return lines


def _copy_line(text: str, start: int, end: int, out: list[str]) -> tuple[int, str] | None:
    """Copy one line of cue text into ``out`` with its markup blanked; the turn it opens, if any."""
    voice = None
    pos = start
    for m in _MARKUP.finditer(text, start, end):
        out[pos:m.start()] = text[pos:m.start()]
        pos = m.end()
        v = _VOICE.fullmatch(m.group())
        if v and voice is None:
            voice = v.group("name")
    out[pos:end] = text[pos:end]
    said = start
    while said < end and out[said] in " \t":
        said += 1
    m = _OPENING.match("".join(out[said:end]))
    if m.group("mark"):
        out[said:said + m.end("mark")] = " " * m.end("mark")
    if voice is not None:
        return said, _name(voice)
    if m.group("label"):
        return said + m.start("label"), _name(m.group("label"))
    return None


def _name(label: str) -> str:
    """A speaker's name as written, white space folded; one in capitals in title case."""
    label = " ".join(label.split())
    return label.title() if label.isupper() else label


def _clock(stamp: str) -> str:
    """A cue's start time as HH:MM:SS.mmm."""
    stamp = stamp.replace(",", ".")
    clock, _, millis = stamp.partition(".")
    parts = clock.split(":")
    if len(parts) == 2:
        parts.insert(0, "0")
    hours, minutes, seconds = (int(p) for p in parts)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis.ljust(3, '0')[:3]}"
