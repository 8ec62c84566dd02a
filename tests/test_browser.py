"""The pages in a real browser: headless Chromium (Debian's ``chromium`` package; .ci/run installs
it) driven by Playwright, which is never let download a browser of its own. Skipped, saying why,
where either is missing.

Set STATX_SCREENSHOT=docs/report.png to save the seeds' screenshot for the README as well, and
STATX_CHROMIUM to use a Chromium other than the one on PATH."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from statx.io.pages import unit_kind

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPARE = os.path.join("tests", "data", "compare")
CHROMIUM = os.environ.get("STATX_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]
EXOTIC = "😀👍🏽 𝕏 Ёлка: exports rose by 5 percent in 2023; imports fell by 7 percent.\n"
HOSTILE = ('<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> '
           "Sales rose by 15 percent in 2023.</div></details>\n")


def statx(*args) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "statx", *map(str, args)], cwd=ROOT, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright: pip install -e '.[test]'")
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser):
    """Opens a file in a new tab; returns the page and the lists of errors and of URLs requested."""
    pages = []

    def open_file(path, width=1100, height=800):
        page = browser.new_page(viewport={"width": width, "height": height})
        pages.append(page)
        errors, urls = [], []
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("request", lambda request: urls.append(request.url))
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        return page, errors, urls

    yield open_file
    for page in pages:
        page.close()


def claims(*paths) -> list[dict]:
    return [json.loads(line) for line in statx("extract", *paths, "-f", "jsonl").stdout.splitlines()]


def column(page, n: int) -> list[str]:
    return page.eval_on_selector_all(f"#claims-table tbody td:nth-child({n})", "cells => cells.map(c => c.textContent)")


def test_report_of_the_seeds(open_page, tmp_path):
    out = tmp_path / "r.html"
    statx("report", "seeds/", "-o", out)
    expected = claims("seeds/")
    page, errors, urls = open_page(out)

    # Every claim is marked, once, with its mention, coloured by its kind of unit.
    marks = page.eval_on_selector_all("mark[id]", "ms => ms.map(m => [m.dataset.id, m.textContent, m.className,"
                                                  " getComputedStyle(m).backgroundColor])")
    assert [m[0] for m in marks] == [c["id"] for c in expected]
    assert [m[1] for m in marks] == [c["mention"] for c in expected]
    for (_, _, classes, colour), c in zip(marks, expected):
        assert f"k-{unit_kind(c['unit'])}" in classes.split() and f"q-{c['qualifier']}" in classes.split()
        assert colour != "rgba(0, 0, 0, 0)"
    assert page.locator("#summary").text_content() == f"5 documents, {len(expected)} claims."

    # The table: all rows, then filtered by unit, subject, year and document.
    assert len(column(page, 2)) == len(expected)
    page.select_option("#f-unit", "percent")
    percent = [c for c in expected if c["unit"] == "percent"]
    assert column(page, 4) == ["percent"] * len(percent)
    assert page.locator("#count").text_content() == f"{len(percent)} of {len(expected)} claims"
    page.fill("#f-subject", "Crime")
    assert column(page, 8) == [c["subject"] for c in percent if "crime" in c["subject"]]
    page.click("#f-clear")
    page.select_option("#f-year", "2020")
    assert column(page, 2) == [c["mention"] for c in expected if c["year"] == 2020]
    page.click("#f-clear")
    docs = sorted({c["doc"] for c in expected})
    page.select_option("#f-d", "2")
    assert column(page, 2) == [c["mention"] for c in expected if c["doc"] == docs[2]]
    assert page.locator("details.doc:visible").count() == 1
    page.click("#f-clear")

    # Sorted by value, largest first.
    page.click("th button[data-sort=value]")
    page.click("th button[data-sort=value]")
    assert float(column(page, 3)[0]) == max(float(c["value"]) for c in expected)
    page.click("#f-clear")

    # A row's link goes to its mark and shows the row beside it.
    target = expected[-1]
    page.click(f"#claims-table tbody tr:has-text({json.dumps(target['mention'])}) a")
    mark = page.locator(f"mark[data-id='{target['id']}']")
    assert mark.is_visible() and mark.evaluate("m => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
    pop = page.locator("#pop")
    assert pop.is_visible() and target["id"] in pop.text_content() and target["subject"] in pop.text_content()
    page.keyboard.press("Escape")
    assert not pop.is_visible()
    page.locator("mark[id]").first.hover()
    assert pop.is_visible() and expected[0]["mention"] in pop.text_content()

    # The view for the README: one document's claims, and one of them in its text with its row.
    page.reload()
    page.select_option("#f-d", "0")
    page.locator("#claims-table tbody a").nth(3).click()
    assert page.locator("#claims-table tbody tr.current").count() == 1
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), animations="disabled")
    assert shot.stat().st_size > 10_000
    if os.environ.get("STATX_SCREENSHOT"):
        shutil.copy(shot, os.environ["STATX_SCREENSHOT"])
    assert errors == []
    assert all(url.startswith(("file:", "data:")) for url in urls), urls


def test_a_report_of_1000_documents_stays_usable(open_page, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(1000):
        (folder / f"{i:04}.txt").write_text(
            f"In {2000 + i % 25} exports of item {i} rose by {i % 90 + 1}.{i % 10} percent, to {i + 3} million rubles.\n"
            f"About {i * 7 + 10} people visited the fair {i % 9 + 2} times.\n", encoding="utf-8")
    out = tmp_path / "r.html"
    statx("report", folder, "-o", out)
    expected = claims(folder)
    text_bytes = sum(p.stat().st_size for p in folder.iterdir())
    size = out.stat().st_size
    # The page: the texts, a mark and a row of data per claim, and the page's own 20 KB.
    assert size < 2 * text_bytes + 400 * len(expected) + 50_000, (size, text_bytes, len(expected))
    page, errors, _ = open_page(out)
    assert page.locator("details.doc").count() == 1000
    assert page.locator("details.doc[open]").count() == 0
    assert page.locator("mark[id]").count() == len(expected)
    assert len(column(page, 2)) == 100
    assert page.locator("#page").text_content() == f"1–100 of {len(expected)}"
    page.click("#next")
    assert page.locator("#page").text_content() == f"101–200 of {len(expected)}"
    page.select_option("#f-d", "999")
    last = [c for c in expected if c["doc"].endswith("0999.txt")]
    assert column(page, 2) == [c["mention"] for c in last]
    assert page.locator("details.doc:visible").count() == 1
    page.locator("#claims-table tbody a").first.click()
    assert page.locator("details.doc[data-d='999']").evaluate("d => d.open")
    assert page.locator(f"mark[data-id='{last[0]['id']}']").is_visible()
    assert errors == []


@pytest.mark.parametrize("text", [HOSTILE, EXOTIC], ids=["markup", "astral"])
def test_the_text_is_shown_as_it_is_and_marked_by_code_points(open_page, tmp_path, text):
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    out = tmp_path / "r.html"
    statx("report", doc, "-o", out)
    expected = claims(doc)
    page, errors, urls = open_page(out)
    assert page.evaluate("window.pwned") is None
    assert page.locator("div.text").text_content() == text
    assert page.eval_on_selector_all("mark[id]", "ms => ms.map(m => m.textContent)") == [c["mention"] for c in expected]
    assert errors == [] and all(url.startswith(("file:", "data:")) for url in urls)


def test_series_and_diff_pages(open_page, tmp_path):
    series, diff = tmp_path / "s.html", tmp_path / "d.html"
    statx("series", COMPARE, "--html", series, "-f", "csv")
    statx("diff", os.path.join(COMPARE, "2022-01-ru.txt"), os.path.join(COMPARE, "2024-04-cyber-crimes.txt"),
          "--html", diff, "-f", "csv")
    page, errors, _ = open_page(series)
    assert page.locator("svg.chart").count() == page.locator("section.series").count() == 3
    assert page.locator("svg.chart rect").first.is_visible()
    assert errors == []
    page, errors, _ = open_page(diff)
    assert page.locator("article.pair:visible").count() == 3
    page.uncheck("#show-other_year")
    assert page.locator("article.pair:visible").count() == 1
    assert page.locator("article.pair:visible .side.new mark").text_content() == "over 156 billion rubles"
    assert errors == []
