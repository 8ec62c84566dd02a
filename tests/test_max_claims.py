"""The per-document guard: a document with more numbers that may be claims than --max-claims allows
is reported on stderr as one line naming it and skipped; the other documents' rows are written,
and the run ends with exit code 1."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

import statx
from statx import TooManyClaims

MANY = "Exports rose by 5% in 2023, imports by 7% and services by 2%.\n"   # three claims
FEW = "Imports fell by 3 percent.\n"                                      # one claim

# (limit, text, claims it gives, or None when the limit refuses the text)
LIMITS = [
    (None, MANY, 3),
    (3, MANY, 3),
    (2, MANY, None),
    (1, FEW, 1),
    (1, "The 1990 reform changed the courts. Prices rose 4%.", 1),   # a year is no claim: one number counts
]


@pytest.mark.parametrize("limit, text, count", LIMITS)
def test_extract_text_limit(limit, text, count):
    if count is None:
        with pytest.raises(TooManyClaims, match=f"more than {limit} numbers"):
            statx.extract_text(text, max_claims=limit)
    else:
        assert len(statx.extract_text(text, max_claims=limit)) == count


def test_extract_paths_skips_the_document(tmp_path: Path):
    (tmp_path / "many.txt").write_text(MANY)
    (tmp_path / "few.txt").write_text(FEW)
    errors = []
    claims = list(statx.extract_paths([tmp_path], max_claims=2, on_error=errors.append))
    assert [c.mention for c in claims] == ["3 percent"]
    assert [(Path(e.path).name, e.reason) for e in errors] == [("many.txt", "more than 2 numbers that may be claims (--max-claims)")]


@pytest.mark.parametrize("extra", [[], ["--explain"], ["--jobs", "2"]])
def test_cli_reports_and_goes_on(tmp_path: Path, extra):
    many, few = tmp_path / "many.txt", tmp_path / "few.txt"
    many.write_text(MANY)
    few.write_text(FEW)
    done = subprocess.run([sys.executable, "-m", "statx", "extract", many, few, "--max-claims", "2", "-f", "csv",
                           "-c", "mention", *extra], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"statx: {many}: more than 2 numbers that may be claims (--max-claims)"]
    assert [row["mention"] for row in csv.DictReader(io.StringIO(done.stdout))] == ["3 percent"]
