"""Web pages: the main text and the publication date found by trafilatura; navigation, scripts
and markup give no claims; entities keep their units; offsets index the text `statx text` prints."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from statx.cli import app
from statx.io.html import is_page, read_page
from statx.io.read import ReadError

pytest.importorskip("trafilatura")

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Crime report | Example News</title>
<meta property="article:published_time" content="2024-03-05T10:00:00+03:00">
<script>var views = 12345; var share = "50%";</script>
<style>.lead { width: 300px; margin: 2% }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/n">Channel 24</a></li><li>Top 10 stories</li></ul></nav>
<article><h1>Crime fell in 2023</h1>
<p>The number of burglaries fell by 12&nbsp;percent in 2023, the ministry said on Monday.</p>
<p>Cyber crimes rose by 30&#37; to 680,000 cases, and the damage reached 156 billion rubles.</p>
<p>Officials said the police had cleared more cases than in any year before, and that the
work would go on.</p>
</article>
<footer>Copyright 2024 Example News. 3 comments. Page 1 of 5.</footer>
<script>gtag('config', 'G-99'); window.dataLayer = [{"price": 199}];</script>
</body></html>
"""

EXPECTED = [("12 percent", "percent", 2023), ("30%", "percent", 2023), ("680,000", "count", 2023),
            ("156 billion rubles", "RUB", 2023)]


def run(*args, input=None):
    args = [*map(str, args)] + (["--jobs", "1"] if args[0] == "extract" else [])
    return CliRunner().invoke(app, args, input=input)


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def page(tmp_path: Path, name: str = "page.html", html: str = PAGE, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(html.encode(encoding))
    return path


def test_a_page_gives_the_claims_of_its_main_text(tmp_path):
    path = page(tmp_path)
    res = run("extract", path, "-f", "jsonl")
    assert res.exit_code == 0, res.stderr
    rows = jsonl(res.stdout)
    assert [(r["mention"], r["unit"], r["year"]) for r in rows] == EXPECTED
    assert {r["doc_date"] for r in rows} == {"2024-03-05"}
    text = run("text", path).stdout
    for r in rows:
        assert text[r["start"]:r["end"]] == r["mention"]
    assert "Channel 24" not in text and "views" not in text and "comments" not in text


def test_the_text_is_what_trafilatura_finds():
    doc = read_page("p.html", PAGE.encode())
    assert doc.text.splitlines()[0] == "Crime fell in 2023"
    assert "12 percent" in doc.text and "30%" in doc.text and "<" not in doc.text
    assert str(doc.date) == "2024-03-05"


@pytest.mark.parametrize("options, date", [
    ([], "2024-03-05"),                                          # the page's own date
    (["--dates", "{dates}"], "2023-12-31"),                      # a date from outside wins
    (["--dates", "{dates}", "--doc-date", "2022-01-01"], "2022-01-01"),
])
def test_the_page_date_gives_way_to_dates_from_outside(tmp_path, options, date):
    path = page(tmp_path)
    dates = tmp_path / "dates.csv"
    dates.write_text("file,date\npage.html,2023-12-31\n", encoding="utf-8")
    res = run("extract", path, "-f", "jsonl", *[o.format(dates=dates) for o in options])
    assert {r["doc_date"] for r in jsonl(res.stdout)} == {date}


def test_a_folder_of_pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    page(folder, "a.html")
    page(folder, "b.htm", PAGE.replace("2024-03-05", "2021-07-01").replace("in 2023", "in 2020"))
    (folder / "notes.txt").write_text("Thefts rose by 3 percent.\n", encoding="utf-8")
    res = run("extract", folder, "-f", "jsonl")
    assert res.exit_code == 0, res.stderr
    got = [(Path(r["doc"]).name, r["doc_date"], r["mention"]) for r in jsonl(res.stdout)]
    assert got[:4] == [("a.html", "2024-03-05", m) for m, _, _ in EXPECTED]
    assert got[4:8] == [("b.htm", "2021-07-01", m) for m, _, _ in EXPECTED]
    assert got[8:] == [("notes.txt", None, "3 percent")]


@pytest.mark.parametrize("name, html, reason", [
    ("empty.html", "<html><head><script>var x = 5;</script></head><body></body></html>", "no main text found in the web page"),
    ("app.html", "<!DOCTYPE html><html><body><div id='app'></div><script src='app.js'></script></body></html>",
     "no main text found in the web page"),
])
def test_a_page_without_text_is_reported(tmp_path, name, html, reason):
    good = tmp_path / "good.txt"
    good.write_text("Thefts rose by 3 percent.\n")
    path = page(tmp_path, name, html)
    res = run("extract", path, good, "-f", "jsonl")
    assert (res.exit_code, res.stderr) == (1, f"statx: {path}: {reason}\n")
    assert [r["mention"] for r in jsonl(res.stdout)] == ["3 percent"]


def test_a_page_in_a_legacy_encoding_it_declares(tmp_path):
    html = PAGE.replace('charset="utf-8"', 'charset="windows-1251"').replace(
        "Cyber crimes rose by 30&#37;", "Киберпреступлений стало больше на 30&#37;")
    res = run("extract", page(tmp_path, html=html, encoding="cp1251"), "-f", "jsonl")
    rows = jsonl(res.stdout)
    assert any(r["mention"] == "30%" and "Киберпреступлений" in r["sentence"] for r in rows)


@pytest.mark.parametrize("how", ["stdin", "txt name", "forced"])
def test_a_page_told_by_its_content(tmp_path, how):
    if how == "stdin":
        res = run("extract", "-", "-f", "jsonl", input=PAGE.encode())
    elif how == "txt name":
        res = run("extract", page(tmp_path, "saved.txt"), "-f", "jsonl")
    else:
        fragment = PAGE.replace('<!DOCTYPE html>\n<html lang="en">', "")   # no sign of a page: forced
        assert not is_page(fragment.encode())
        res = run("extract", page(tmp_path, "saved.txt", fragment), "-f", "jsonl", "--input-format", "html")
    assert [(r["mention"], r["unit"], r["year"]) for r in jsonl(res.stdout)] == EXPECTED


@pytest.mark.parametrize("head, expected", [
    (b"<!DOCTYPE html><html>", True),
    (b"\xef\xbb\xbf\n  <!doctype HTML>", True),
    (b"<html lang='ru'>", True),
    (b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', True),
    (b"Crime fell by <b>5</b> percent.", False),
    (b"<p>A fragment</p>", False),
])
def test_is_page(head, expected):
    assert is_page(head) is expected


def test_without_trafilatura_a_page_is_skipped_with_the_reason(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ReadError, match="reading web pages needs trafilatura"):
        read_page("p.html", PAGE.encode())
