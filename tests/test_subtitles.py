"""Subtitles: cue numbers, timestamps and markup are not text; cues join into sentences; names
at the start of a cue and WebVTT voice tags open speaker turns; offsets index the file."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import statx
from statx.cli import app
from statx.io.subtitles import is_subtitles, read_subtitles

SRT = """1
00:00:01,000 --> 00:00:04,000
MINISTER: Last year crime fell by
5 percent, to 2 million cases.

2
00:00:04,500 --> 00:00:07,250
<i>Thefts rose by 3 percent.</i>

3
00:00:08,000 --> 00:00:10,500
- Ms. Jones: Cyber crimes rose by 30%
in 2023, and damage reached

4
00:00:10,600 --> 00:00:12,000
156 billion rubles.
"""

VTT = """WEBVTT - a hearing

NOTE Written for these tests; 99 is no claim.

STYLE
::cue { color: yellow }

intro
00:01.000 --> 00:04.000 align:start position:10%
<v Ms. Jones>Crime fell by 5 percent in 2023.</v>

00:00:05.000 --> 00:00:07.000
<v.loud MINISTER>Thefts rose by <00:00:06.000>3 percent
and robberies by 2%.</v>

3
00:00:08.000 --> 00:00:09.500
Damage reached 156 billion rubles.
"""

# (mention, speaker, cue start) of each claim.
SRT_ROWS = [("5 percent", "Minister", "00:00:01.000"), ("2 million", "Minister", "00:00:01.000"),
            ("3 percent", "Minister", "00:00:04.500"), ("30%", "Jones", "00:00:08.000"),
            ("156 billion rubles", "Jones", "00:00:10.600")]
VTT_ROWS = [("5 percent", "Jones", "00:00:01.000"), ("3 percent", "Minister", "00:00:05.000"),
            ("2%", "Minister", "00:00:05.000"), ("156 billion rubles", "Minister", "00:00:08.000")]


def run(*args):
    return CliRunner().invoke(app, [*map(str, args)] + (["--jobs", "1"] if args[0] == "extract" else []))


@pytest.mark.parametrize("name, content, expected", [("hearing.srt", SRT, SRT_ROWS), ("hearing.vtt", VTT, VTT_ROWS)])
def test_subtitles_give_claims_speakers_and_cue_starts(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    res = run("extract", path, "-f", "jsonl", "--doc-date", "2024-02-01", "--keep", "cue_start")
    assert res.exit_code == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(r["mention"], r["speaker"], r["cue_start"]) for r in rows] == expected
    for r in rows:
        assert content[r["start"]:r["end"]] == r["mention"]          # offsets index the file itself
    text = run("text", path).stdout
    assert len(text) == len(content)
    assert all(text[r["start"]:r["end"]] == r["mention"] for r in rows)


def test_cues_join_into_sentences():
    doc = read_subtitles("x.srt", SRT)
    claims = statx.extract_document(doc, "2024-02-01")
    by_mention = {c.mention: c for c in claims}
    assert by_mention["156 billion rubles"].sentence == "Ms. Jones: Cyber crimes rose by 30% in 2023, and damage reached 156 billion rubles."
    assert by_mention["156 billion rubles"].year == 2023
    assert by_mention["5 percent"].sentence == "MINISTER: Last year crime fell by 5 percent, to 2 million cases."


@pytest.mark.parametrize("content", [SRT, VTT, SRT.replace("\n", "\r\n")])
def test_the_text_is_the_file_with_what_is_not_said_blanked(content):
    doc = read_subtitles("x", content)
    assert len(doc.text) == len(content)
    kept = [(i, ch) for i, ch in enumerate(doc.text) if ch != " "]
    assert all(content[i] == ch for i, ch in kept)                    # nothing but blanks is changed
    for gone in ("-->", "00:00", "WEBVTT", "NOTE", "<v", "</i>", "::cue", "intro"):
        assert gone not in doc.text
    # a line break only before a line that opens a speaker turn: what follows it is the turn
    breaks = [i for i, ch in enumerate(doc.text) if ch == "\n"]
    after = [len(doc.text) - len(doc.text[i + 1:].lstrip(" ")) for i in breaks]
    assert after == [pos for pos, _ in doc.turns] and len(after) == 2


@pytest.mark.parametrize("content", [
    "1\n00:00:01,000 --> 00:00:02,000\nGood evening.\n\n2\n00:00:02,500 --> 00:01:03,999\nThank you.\n",
    "WEBVTT\n\n00:00:01.000 --> 00:00:02.000 line:90%\n<c.yellow>Good evening.</c>\n\n2\n00:02.500 --> 00:03.999\n<00:00:03.000>Thank you.\n",
    "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}Welcome back.\n",
])
def test_cue_numbers_timestamps_and_settings_are_no_claims(content):
    assert statx.extract_document(read_subtitles("x", content)) == []


@pytest.mark.parametrize("text, kind", [
    (SRT, "srt"), ("\ufeff" + SRT, "srt"), (VTT, "vtt"), ("WEBVTT\n\n", "vtt"),
    # under a title line, as an archive's page gives a file whole
    ("Evening news, 3 May (captions)\n\n" + VTT, "vtt"), ("Hearing of 3 May\n\n" + SRT, "srt"),
    ("Crime fell by 5 percent.\n", None),
    ("Crime report\n\nCrime fell by 5 percent.\n", None),
    ("1\nThe first point: crime fell by 5 percent.\n", None),
])
def test_is_subtitles(text, kind):
    assert is_subtitles(text) == kind


def test_a_subtitle_file_named_txt_is_told_by_its_content(tmp_path):
    path = tmp_path / "hearing.txt"
    path.write_text(SRT, encoding="utf-8")
    rows = [json.loads(line) for line in run("extract", path, "-f", "jsonl", "--doc-date", "2024-02-01").stdout.splitlines()]
    assert [(r["mention"], r["speaker"]) for r in rows] == [(m, s) for m, s, _ in SRT_ROWS]


@pytest.mark.parametrize("text, turns, expected", [
    # a name kept as written when no rule finds one in it ("Minister" is only a title)
    ("Crime fell by 5 percent.", [(0, "Minister")], [("5 percent", "Minister")]),
    # a label is named as a "Label:" turn is: titles dropped
    ("Crime fell by 5 percent.", [(0, "Ms. Jones")], [("5 percent", "Jones")]),
    # turns from outside and the text's own turns together
    ("Vladimir Putin: Crime fell by 5 percent.\n\nThefts rose by 3 percent.", [(42, "Anna Petrova")],
     [("5 percent", "Vladimir Putin"), ("3 percent", "Anna Petrova")]),
    # a given turn replaces the one the text marks at the same place
    ("Vladimir Putin: Crime fell by 5 percent.", [(0, "Other Speaker")], [("5 percent", "Other Speaker")]),
    # a label that is no speaker opens no turn
    ("Q: Did crime fall by 5 percent?", [(0, "Q")], [("5 percent", None)]),
])
def test_extract_text_takes_turns_from_outside(text, turns, expected):
    claims = statx.extract_text(text, turns=turns)
    assert [(c.mention, c.speaker) for c in claims] == expected
    assert all(text[c.start:c.end] == c.mention for c in claims)
