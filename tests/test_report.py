"""The HTML pages statx writes, read as HTML (tests/test_browser.py opens them in Chromium):
highlighting by code-point offsets, escaping, the report of documents and of claim tables, the
series charts and the diff page."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

import statx
from statx.cli import app
from statx.io.pages import highlight, json_script, sentence_spans, unit_kind
from statx.io.report import OPEN_UP_TO

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
COMPARE = os.path.join(ROOT, "tests", "data", "compare")
runner = CliRunner()
HOSTILE = ('<script>window.pwned = 1</script> "><img src=x onerror="window.pwned = 2"> & '
           "Sales rose by 15 percent in 2023. </div></details></script>\n")


def invoke(*args):
    return runner.invoke(app, [*map(str, args)])


def tag(key, first):
    return f"<{key}{'' if first else '+'}>"


# ----------------------------------------------------------------------------- highlight

@pytest.mark.parametrize("text, spans, expected", [
    ("Rose by 5% in 2023", [(8, 10, 0)], "Rose by <0>5%</mark> in 2023"),
    ("5% and 7%", [(7, 9, 1), (0, 2, 0)], "<0>5%</mark> and <1>7%</mark>"),
    # Offsets are code points: an emoji or a letter outside the BMP is one character.
    ("😀𝕏 up 5%", [(6, 8, 0)], "😀𝕏 up <0>5%</mark>"),
    # Escaped, and never rewritten.
    ("<b>5%</b> & \"x\"", [(3, 5, 0)], "&lt;b&gt;<0>5%</mark>&lt;/b&gt; &amp; \"x\""),
    ("a\r\n\t5%", [(4, 6, 0)], "a\r\n\t<0>5%</mark>"),
    # One span inside another is nested in it.
    ("about 5 to 7 percent", [(0, 20, 0), (6, 7, 1)],
     "<0>about </mark><0+><1>5</mark></mark><0+> to 7 percent</mark>"),
    # Spans that cross are cut where either starts or ends.
    ("abcdefgh", [(0, 5, 0), (3, 8, 1)], "<0>abc</mark><0+><1>de</mark></mark><1+>fgh</mark>"),
    # An empty span still leaves its mark; spans past the end are cut to the text.
    ("abc", [(1, 1, 0), (2, 99, 1)], "a<0></mark>b<1>c</mark>"),
    ("abc", [(3, 3, 0)], "abc<0></mark>"),
    ("", [], ""),
])
def test_highlight(text, spans, expected):
    assert highlight(text, spans, tag) == expected


@pytest.mark.parametrize("sentence, mentions, spans, lost", [
    ("Crime fell by 5% in 2023.", ["5%"], [(14, 16, 0)], []),
    # The same mention twice: each claim takes the next one.
    ("Up 5% here and 5% there.", ["5%", "5%"], [(3, 5, 0), (15, 17, 1)], []),
    # A mention with a line break is found in the sentence, whose white space is folded.
    ("It rose by 5 percent.", ["5\npercent"], [(11, 20, 0)], []),
    ("No such figure.", ["5%"], [], [0]),
    ("", ["5%"], [], [0]),
])
def test_sentence_spans(sentence, mentions, spans, lost):
    claims = [(i, statx.Claim(id="x", doc="-", doc_date=None, speaker=None, start=0, end=0, mention=m, value=1,
                              value_to=None, unit="percent", qualifier="exact", direction=None, year=None,
                              since=None, subject=None, sentence=sentence)) for i, m in enumerate(mentions)]
    assert sentence_spans(sentence, claims) == (spans, lost)


@pytest.mark.parametrize("unit, kind", [
    ("percent", "percent"), ("pp", "percent"), ("count", "count"), ("times", "times"), ("RUB", "money"),
    ("USD", "money"), ("kg", "physical"), ("m2", "physical"), ("year", "physical"), ("kg/m2", "physical"),
])
def test_unit_kind(unit, kind):
    assert unit_kind(unit) == kind


def test_json_script_cannot_be_ended_by_its_data():
    data = {"text": "</script><script>alert(1)</script><!-- & \u2028"}
    block = json_script("d", data)
    assert block.count("</script>") == 1 and block.endswith("</script>\n")
    assert "<!--" not in block and "&" not in block.removeprefix('<script type="application/json" id="d">')
    inner = block[len('<script type="application/json" id="d">'):-len("</script>\n")]
    assert json.loads(inner) == data


# ----------------------------------------------------------------------------- the report page

class Page(HTMLParser):
    """The text of each document's text block and of each claim's mark, by their ids."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.marks: dict[str, str] = {}      # data-id -> text of the claim's first mark
        self.scripts: list[dict] = []
        self.open_docs = 0
        self._in_text = False
        self._open: list[str | None] = []    # data-id of each open mark (None for later pieces)

    def handle_starttag(self, name, attrs):
        attrs = dict(attrs)
        if name == "div" and attrs.get("class") == "text":
            self._in_text = True
            self.texts.append("")
        elif name == "mark":
            self._open.append(attrs.get("data-id") if "id" in attrs else None)
            if "id" in attrs:
                assert attrs["data-id"] not in self.marks, "each claim has one anchor"
                self.marks[attrs["data-id"]] = ""
        elif name == "script":
            self.scripts.append(attrs)
        elif name == "details" and "open" in attrs:
            self.open_docs += 1

    def handle_endtag(self, name):
        if name == "div" and self._in_text:
            self._in_text = False
        elif name == "mark":
            self._open.pop()

    def handle_data(self, data):
        if self._in_text:
            self.texts[-1] += data
        for key in self._open:
            if key is not None:
                self.marks[key] += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def test_report_of_documents_marks_every_claim_in_the_unchanged_text(tmp_path):
    out = tmp_path / "r.html"
    result = invoke("report", SEEDS, "-o", out)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    page = parse(html)
    claims = list(statx.extract_paths([SEEDS]))
    assert page.marks == {c.id: c.mention for c in claims}
    texts = [open(os.path.join(SEEDS, name), encoding="utf-8").read() for name in sorted(os.listdir(SEEDS))]
    assert page.texts == texts
    assert page.open_docs == len(texts)  # few documents: all open
    data = json.loads(re.search(r'<script type="application/json" id="statx-data">(.*?)</script>', html).group(1))
    assert [row[1] for row in data["rows"]] == [c.id for c in claims]
    assert [doc[0] for doc in data["docs"]] == [os.path.join(SEEDS, name) for name in sorted(os.listdir(SEEDS))]


def test_the_page_runs_only_its_own_script_and_loads_nothing(tmp_path):
    out = tmp_path / "r.html"
    assert invoke("report", SEEDS, "-o", out).exit_code == 0
    html = out.read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in policy
    script = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(script) == 1
    assert "'sha256-" + base64.b64encode(hashlib.sha256(script[0].encode()).digest()).decode() + "'" in policy
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)


def test_a_document_holding_markup_is_shown_as_text(tmp_path):
    (tmp_path / "evil.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "r.html"
    assert invoke("report", tmp_path / "evil.txt", "-o", out).exit_code == 0
    html = out.read_text(encoding="utf-8")
    page = parse(html)
    assert page.texts == [HOSTILE]
    assert page.marks == {c.id: c.mention for c in statx.extract_paths([str(tmp_path / "evil.txt")])}
    assert "15 percent" in page.marks.values()
    assert len(page.scripts) == 2 and "pwned" not in html.replace("window.pwned = ", "")  # only as escaped text
    assert "<img" not in html and "&lt;script&gt;window.pwned" in html


def test_many_documents_are_collapsed(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(OPEN_UP_TO + 1):
        (docs / f"{i:02}.txt").write_text(f"Exports rose by {i + 1} percent in 2023.\n")
    out = tmp_path / "r.html"
    assert invoke("report", docs, "-o", out).exit_code == 0
    page = parse(out.read_text(encoding="utf-8"))
    assert page.open_docs == 0 and len(page.marks) == OPEN_UP_TO + 1


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "json"])
def test_report_of_a_claim_table_marks_each_claim_in_its_sentence(tmp_path, fmt):
    table = tmp_path / f"claims.{fmt}"
    assert invoke("extract", SEEDS, "-o", table).exit_code == 0
    out = tmp_path / "r.html"
    result = invoke("report", table, "-o", out)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    page = parse(html)
    claims = list(statx.extract_paths([SEEDS]))
    assert page.marks == {c.id: " ".join(c.mention.split()) for c in claims}
    assert page.texts == []  # no full text: sentences
    assert html.count('<p class="sentence">') == len({(c.doc, c.sentence) for c in claims})
    assert html.count(f"from the table {table}") == len({c.doc for c in claims})


def test_report_lists_the_inputs_it_could_not_read(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "r.html"
    result = invoke("report", SEEDS, tmp_path / "bad.txt", tmp_path / "missing.txt", "-o", out)
    assert result.exit_code == 1
    assert "bad.txt: binary file" in result.stderr and "missing.txt: no such file" in result.stderr
    html = out.read_text(encoding="utf-8")
    assert '<div id="skipped">' in html and "missing.txt</code>: no such file or directory" in html
    assert len(parse(html).marks) == len(list(statx.extract_paths([SEEDS])))


def test_report_to_stdout_and_from_stdin():
    result = runner.invoke(app, ["report", "-"], input="Exports fell by 4 percent in 2023.\n")
    assert result.exit_code == 0
    page = parse(result.stdout)
    assert page.texts == ["Exports fell by 4 percent in 2023.\n"] and list(page.marks.values()) == ["4 percent"]


def test_report_with_jobs_is_the_same_page(tmp_path):
    one, two = tmp_path / "one.html", tmp_path / "two.html"
    assert invoke("report", SEEDS, "-o", one, "-j", "1").exit_code == 0
    assert invoke("report", SEEDS, "-o", two, "-j", "2").exit_code == 0
    assert one.read_bytes() == two.read_bytes()


# ----------------------------------------------------------------------------- series and diff pages

SERIES_DOCS = {
    "a.txt": "In 2021 exports fell by 5 percent. In 2023 exports rose by 3 percent.\n",
    "b.txt": "In 2022 exports rose by 2 percent.\n",
    "c.txt": "In 2022 exports rose by 4 percent.\n",  # disagrees with b.txt
}


def bars(svg: str) -> list[dict]:
    return [dict(re.findall(r'(\w+)="([^"]*)"', rect)) for rect in re.findall(r"<rect [^>]*>", svg)]


def test_series_page_draws_falls_below_the_axis_and_disagreements_side_by_side(tmp_path):
    for name, text in SERIES_DOCS.items():
        (tmp_path / name).write_text(text)
    page = tmp_path / "s.html"
    result = invoke("series", tmp_path, "--html", page, "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("subject,kind,unit,year")  # the table still goes to stdout
    html = page.read_text(encoding="utf-8")
    svg, = re.findall(r"<svg .*?</svg>", html, re.S)
    axis = float(re.search(r'<line class="axis" [^>]*y1="([\d.]+)"', svg).group(1))
    drawn = sorted(bars(svg), key=lambda b: float(b["x"]))  # 2021, 2022 twice, 2023
    assert len(drawn) == 4
    fall, *others = drawn
    # 2021's fall hangs from the axis; the rises stand on it.
    assert float(fall["y"]) == pytest.approx(axis, abs=0.1)
    for bar in others:
        assert float(bar["y"]) + float(bar["height"]) == pytest.approx(axis, abs=0.1)
    # 2022's two values side by side, in two colours.
    b2022 = drawn[1:3]
    assert float(b2022[0]["x"]) + float(b2022[0]["width"]) <= float(b2022[1]["x"]) + 1
    assert b2022[0]["fill"] != b2022[1]["fill"]
    assert "2022: 2 (exact)" in svg and "2022: 4 (exact)" in svg
    assert "<script" not in html


def test_series_page_of_a_series_without_years(tmp_path):
    (tmp_path / "a.txt").write_text("Exports rose by 3 percent.\n")
    page = tmp_path / "s.html"
    assert invoke("series", tmp_path / "a.txt", "--html", page, "-f", "csv").exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "No value of this series has a year." in html and "Without a year: 3 (" in html


def test_diff_page_shows_old_and_new_sentences_side_by_side(tmp_path):
    old, new = os.path.join(COMPARE, "2022-01-ru.txt"), os.path.join(COMPARE, "2024-04-cyber-crimes.txt")
    page = tmp_path / "d.html"
    result = invoke("diff", old, new, "--html", page, "-o", tmp_path / "d.csv")
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    olds = [c for c in statx.extract_paths([old])]
    news = [c for c in statx.extract_paths([new])]
    pairs = re.findall(r'<article class="pair" data-status="(\w+)">(.*?)</article>', html, re.S)
    assert sorted(s for s, _ in pairs) == ["only_new", "other_year", "other_year"]
    for status, body in pairs:
        old_side, new_side = re.search(r'<div class="side old">(.*?)</div>\n<div class="side new">(.*?)</div>', body, re.S).groups()
        if status == "other_year":
            assert any(f">{c.mention}</mark>" in old_side for c in olds)
        assert any(f">{c.mention}</mark>" in new_side for c in news)
    assert 'id="show-other_year" checked' in html and "<script" not in html
