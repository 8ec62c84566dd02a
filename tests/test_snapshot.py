"""The rows statx writes for the gold documents in ../shared (seeds, dev, dev2), against a snapshot.

A change that is meant to change no output keeps this test green; a change that means to change
rows updates the snapshot on purpose (``python tests/test_snapshot.py --update``) and says why in
its commit. The documents are read from ../shared at test time and never copied here: the snapshot
keeps the rows without their ``sentence`` column, and they are compared without ``id`` (which
depends on the path the documents are read from). Skipped where ../shared is not present."""
from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SETS = {
    "seeds": SHARED / "seeds",
    "dev": SHARED / "gold" / "dev" / "docs",
    "dev2": SHARED / "gold" / "dev2" / "docs",
}
SNAPSHOTS = Path(__file__).parent / "data" / "snapshot"


def current(folder: Path) -> list[str]:
    """The rows of every document in ``folder`` as JSON Lines, without ``sentence`` and ``id``,
    with ``doc`` relative to the folder."""
    import statx
    from statx.io.export import json_object

    out = []
    for claim in statx.extract_paths([str(folder)]):
        row = claim.as_dict()
        del row["sentence"], row["id"]
        row["doc"] = str(Path(row["doc"]).relative_to(folder))
        out.append(json_object(row))
    return out


def _without_id(line: str) -> str:
    """A snapshot line without its ``id`` (snapshots written before ids named the path have one)."""
    from statx.io.export import json_object

    row = json.loads(line, parse_float=Decimal)
    row.pop("id", None)
    return json_object(row)


@pytest.mark.parametrize("name", sorted(SETS))
def test_snapshot(name):
    if not SETS[name].is_dir():
        pytest.skip(f"{SETS[name]} is not here (the shared gold documents are only on the developers' machine)")
    want = [_without_id(line) for line in (SNAPSHOTS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    got = current(SETS[name])
    assert got == want


if __name__ == "__main__" and sys.argv[1:] == ["--update"]:
    for name, folder in SETS.items():
        (SNAPSHOTS / f"{name}.jsonl").write_text("".join(line + "\n" for line in current(folder)), encoding="utf-8")
        print(f"{name}: {sum(1 for _ in current(folder))} rows")
