"""The library as a user meets it: its version, help(statx), extract_paths' arguments, the error
callback, JSON-safe rows and claim ids that key a table."""
from __future__ import annotations

import datetime as dt
import json
import os
import pydoc
import subprocess
import sys
import tomllib
from decimal import Decimal
from importlib.metadata import version
from pathlib import Path

import pytest

import statx
from statx.claim import claim_id, document_key

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
TEXT = "April 2, 2024\n\nCyber crimes rose by almost 30 percent, causing damage of over 156 billion rubles.\n"


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "doc.txt"
    path.write_text(TEXT)
    return path


# ----------------------------------------------------------------------------- version and help

def test_version_has_one_source():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in pyproject["project"] and "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "statx.__version__"}
    assert statx.__version__ == version("statx")


def test_version_on_the_command_line():
    proc = subprocess.run([sys.executable, "-m", "statx", "--version"], capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, f"statx {statx.__version__}\n", "")


def test_help_does_not_load_the_pipeline():
    code = ("import sys\nsys.argv = ['statx', '--help']\nimport statx.cli\n"
            "try:\n    statx.cli.main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('statx.pipeline', 'statx.numbers', 'statx.context'))), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr.strip() == "[]"


@pytest.mark.parametrize("name", ["extract_text", "extract_paths", "extract_document", "Claim", "Document",
                                  "ReadError", "COLUMNS", "VERSION"])
def test_help_lists_the_public_api(name):
    assert name in pydoc.render_doc(statx, renderer=pydoc.plaintext)


def test_all_names_exist():
    assert all(hasattr(statx, name) for name in statx.__all__)
    assert set(statx.__all__) <= set(dir(statx))


# ----------------------------------------------------------------------------- extract_paths' paths

@pytest.mark.parametrize("wrap", [
    lambda p: [p], lambda p: [str(p)], lambda p: (p,), lambda p: (x for x in [p]), lambda p: [os.fsencode(p).decode()],
])
def test_paths_as_str_or_path(doc: Path, wrap):
    claims = list(statx.extract_paths(wrap(doc)))
    assert [(c.doc, c.mention) for c in claims] == [(str(doc), "almost 30 percent"), (str(doc), "over 156 billion rubles")]


@pytest.mark.parametrize("paths, message", [
    ("seeds", "expected a list of paths, got one path: write \\['seeds'\\]"),
    (b"seeds", "expected a list of paths, got one path"),
    (Path("seeds"), "expected a list of paths, got one path"),
    ([b"seeds"], "a path must be a str or an os.PathLike, not bytes"),
    (["seeds", 3], "a path must be a str or an os.PathLike, not int"),
])
def test_a_bare_path_or_a_bad_item_is_refused_at_once(paths, message):
    with pytest.raises(TypeError, match=message):
        statx.extract_paths(paths)  # before any iteration


def test_on_error_gets_the_path_and_the_reason(tmp_path: Path, doc: Path):
    missing = tmp_path / "missing.txt"
    errors: list[statx.ReadError] = []
    claims = list(statx.extract_paths([missing, doc], on_error=errors.append))
    assert len(claims) == 2
    [err] = errors
    assert (err.path, err.reason, str(err)) == (str(missing), "no such file or directory",
                                                f"{missing}: no such file or directory")


def test_on_error_print_shows_the_path(tmp_path: Path):
    code = f"import statx\nfor c in statx.extract_paths([{str(tmp_path / 'missing.txt')!r}], on_error=print): pass\n"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout == f"{tmp_path / 'missing.txt'}: no such file or directory\n"


def test_without_on_error_the_error_is_raised_naming_the_path(tmp_path: Path):
    with pytest.raises(statx.ReadError, match=f"^{tmp_path / 'missing.txt'}: no such file or directory$"):
        list(statx.extract_paths([tmp_path / "missing.txt"]))


# ----------------------------------------------------------------------------- JSON-safe rows

@pytest.mark.parametrize("text, doc_date, value, value_to, date", [
    ("Damage of over 156 billion rubles.", None, "156000000000", None, None),
    ("Crime fell by 4.5 percent.", "2024-03-01", "4.5", None, "2024-03-01"),
    ("Between 50 and 90 percent of requests were denied.", None, "50", "90", None),
    ("Prices rose by 0.000001 percent.", None, "0.000001", None, None),
])
def test_json_safe_rows(text, doc_date, value, value_to, date):
    [claim] = statx.extract_text(text, doc_date=doc_date)
    row = claim.as_dict(json_safe=True)
    back = json.loads(json.dumps(row))
    assert back == row and list(back) == list(statx.COLUMNS)
    assert (back["value"], back["value_to"], back["doc_date"]) == (value, value_to, date)
    assert Decimal(back["value"]) == claim.value
    assert {type(v) for v in back.values()} <= {str, int, type(None)}


def test_plain_rows_keep_python_objects():
    [claim] = statx.extract_text("Crime fell by 4.5 percent.", doc_date="2024-03-01")
    row = claim.as_dict()
    assert (row["value"], row["doc_date"]) == (Decimal("4.5"), dt.date(2024, 3, 1))


# ----------------------------------------------------------------------------- ids

def test_an_id_is_the_same_on_every_run_and_machine():
    # blake2b of the span and path, keyed by the text's digest: fixed by the text, path and span alone
    assert claim_id(document_key("Crime fell by 5%."), "news/a.txt", 14, 16) == "fc485c4f3efe501c"
    [claim] = statx.extract_text("Crime fell by 5%.", doc="news/a.txt")
    assert claim.id == claim_id(document_key("Crime fell by 5%."), "news/a.txt", claim.start, claim.end)
    assert [c.id for c in statx.extract_text("Crime fell by 5%.", doc="news/a.txt")] == [claim.id]


def test_copies_at_two_paths_have_different_ids(tmp_path: Path, doc: Path):
    copy = tmp_path / "copy.txt"
    copy.write_text(TEXT)
    claims = list(statx.extract_paths([doc, copy]))
    assert [c.mention for c in claims[:2]] == [c.mention for c in claims[2:]]
    assert len({c.id for c in claims}) == len(claims) == 4


def test_ids_key_a_run_over_the_seeds_and_their_copies(tmp_path: Path):
    copies = tmp_path / "copies"
    copies.mkdir()
    for path in SEEDS.glob("*.txt"):
        (copies / path.name).write_bytes(path.read_bytes())
    claims = list(statx.extract_paths([SEEDS, copies], jobs=2))
    assert len(claims) == 2 * len(list(statx.extract_paths([SEEDS]))) > 0
    assert len({c.id for c in claims}) == len(claims)
