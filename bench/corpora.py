"""The bench's corpora, built under bench/out/ from the seeds and (when present) the shared dev
documents, read at run time: their text never enters the repository.

* **dense** (claim-dense): English documents of 2 KB to 50 KB, each the head of a source document
  (title, date, place) and then paragraphs drawn from all of them; the sources are the seeds and
  the dev documents (statistics speeches: many figures), as in earlier runs of this bench.
* **news** (news-like): the same, but about nine bytes in ten from paragraphs without a digit of
  all the documents, dev2's included (news, transcripts, pages without claims), and the rest from
  the paragraphs with figures of the seeds and dev documents, so there are fewer claims per MB.

A corpus is a folder of .txt files and, beside it, the same documents as JSON Lines records
(``id``, ``text``, ``date``) in a few partitions, for Dask and Spark. Each is rebuilt only when its
recipe changes."""
from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SHARED = ROOT.parent / "shared" / "gold"
SOURCES = {"dense": (ROOT / "seeds", SHARED / "dev" / "docs"),
           "news": (ROOT / "seeds", SHARED / "dev" / "docs", SHARED / "dev2" / "docs")}
MB = 1_000_000
HEAD_LINE = 200   # characters: a longer line of a document's first six is a paragraph, not its head
_DIGIT = re.compile(r"\d")


def source_texts(kind: str) -> list[str]:
    """The English source documents of a kind of corpus."""
    from statx import lang

    texts = []
    for folder in SOURCES[kind]:
        if folder.is_dir():
            for path in sorted(folder.glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                if lang.detect(text) == "en":
                    texts.append(text)
    return texts


def build(kind: str, size: int, seed: int = 0, partitions: int = 16) -> Path:
    """The folder of a corpus of about ``size`` bytes of the ``kind`` "dense" or "news"."""
    texts = source_texts(kind)
    # the head is the title, date and place lines: short ones (a document written one paragraph
    # per line has its first paragraphs there, and they would put their claims in every document)
    heads = ["\n".join(line for line in t.splitlines()[:6] if len(line) <= HEAD_LINE) + "\n" for t in texts]
    paragraphs = [p for t in texts for p in t.splitlines()[6:] if len(p.strip()) > 40]
    plain = [p for p in paragraphs if not _DIGIT.search(p)]
    if kind == "news":   # its figures from the speeches and releases: some dev2 pages are tables, a claim every few words
        paragraphs = [p for t in source_texts("dense") for p in t.splitlines()[6:] if len(p.strip()) > 40]
    recipe = {"kind": kind, "size": size, "seed": seed, "sources": len(texts), "paragraphs": len(paragraphs),
              "chars": sum(map(len, texts)), "partitions": partitions, "version": 7}
    folder = OUT / f"{kind}-{size / MB:g}MB"
    manifest = folder / "recipe.json"
    if manifest.exists() and json.loads(manifest.read_text()) == recipe:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    rng = random.Random(seed)
    written, n = 0, 0
    while written < size:
        target = int(2000 * 25 ** rng.random())  # 2 KB .. 50 KB, log-uniform
        parts = [rng.choice(heads)]
        length = len(parts[0].encode())
        digits = 0   # bytes of paragraphs with a digit: a news document's are about a tenth of it
        while length < target:
            pool = plain if kind == "news" and digits > length / 10 else paragraphs
            parts.append(rng.choice(pool) + "\n")
            length += len(parts[-1].encode())
            digits += len(parts[-1].encode()) if pool is paragraphs and _DIGIT.search(parts[-1]) else 0
        path = folder / "txt" / f"{n // 1000:04d}" / f"{n:07d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(parts), encoding="utf-8")
        written += length
        n += 1
    _write_records(folder, partitions)
    manifest.write_text(json.dumps(recipe))
    return folder


def _write_records(folder: Path, partitions: int) -> None:
    """The documents as JSON Lines records in ``partitions`` files of about the same size."""
    (folder / "jsonl").mkdir()
    paths = files(folder)
    for part in range(partitions):
        with open(folder / "jsonl" / f"part-{part:03d}.jsonl", "w", encoding="utf-8") as fh:
            for path in paths[part::partitions]:
                record = {"id": str(path.relative_to(folder)), "text": path.read_text(encoding="utf-8"), "date": None}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def files(folder: Path) -> list[Path]:
    return sorted((folder / "txt").rglob("*.txt"))


def records(folder: Path) -> list[dict]:
    """The corpus's JSON Lines records, partition by partition."""
    out = []
    for path in sorted((folder / "jsonl").glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            out.extend(json.loads(line) for line in fh)
    return out


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in files(folder))


def sample(folder: Path, most: int) -> list[str]:
    """The first documents of a corpus, about ``most`` bytes in all."""
    texts, total = [], 0
    for path in files(folder):
        if total >= most:
            break
        texts.append(path.read_text(encoding="utf-8"))
        total += len(texts[-1].encode())
    return texts
