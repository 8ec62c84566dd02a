"""A compact scorer for the gold file in tests/data (same matching rules as shared/tools/score.py:
a prediction matches a gold claim of the same document when their spans overlap)."""
from __future__ import annotations

import json
import math
import os
import re

STOP = {"the", "a", "an", "of", "number", "in", "to", "by", "and", "or", "for", "on", "its", "their"}


def _tokens(s: str | None) -> set[str]:
    out = set()
    for t in re.findall(r"[\w-]+", (s or "").lower()):
        for part in t.split("-"):
            if part and part not in STOP:
                out.add(part[:5] if re.search(r"[а-яё]", part) else part[:-1] if len(part) > 3 and part.endswith("s") else part)
    return out


def subject_ok(pred: str | None, golds: list[str]) -> bool:
    p = _tokens(pred)
    for g in golds:
        gt = _tokens(g)
        inter = len(p & gt)
        if p and gt and inter and 2 * (inter / len(p)) * (inter / len(gt)) / (inter / len(p) + inter / len(gt)) >= 0.5:
            return True
    return False


def _list(v):
    return v if isinstance(v, list) else [v]


def load_gold(path: str, docs_dir: str) -> list[dict]:
    claims, texts = [], {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            if "mention" not in g:
                continue
            name = g["doc"]
            if name not in texts:
                with open(os.path.join(docs_dir, name), encoding="utf-8") as d:
                    texts[name] = d.read()
            pattern = r"\s+".join(re.escape(p) for p in g["mention"].split())
            found = list(re.finditer(pattern, texts[name]))
            g["start"], g["end"] = found[g.get("occurrence", 1) - 1].span()
            claims.append(g)
    return claims


def score(gold: list[dict], claims) -> dict:
    """Detection F1 and the accuracy of each field over matched claims."""
    used, tp, fp = set(), 0, 0
    fields = {k: [0, 0] for k in ("value_unit", "qualifier", "direction", "year", "subject", "speaker")}
    for c in sorted(claims, key=lambda c: (os.path.basename(c.doc), c.start)):
        doc = os.path.basename(c.doc)
        cands = [g for g in gold if g["doc"] == doc and id(g) not in used and c.start < g["end"] and g["start"] < c.end]
        if not cands:
            fp += 1
            continue
        g = min(cands, key=lambda g: abs(g["start"] - c.start))
        used.add(id(g))
        if g.get("optional"):
            continue
        tp += 1
        checks = {
            "value_unit": c.unit == g["unit"] and math.isclose(float(c.value), float(g["value"]), rel_tol=2e-3),
            "qualifier": c.qualifier in _list(g.get("qualifier", "exact")),
            "direction": c.direction in _list(g.get("direction")),
            "subject": subject_ok(c.subject, _list(g.get("subject"))),
        }
        if _list(g.get("year")) != [None]:
            checks["year"] = c.year in _list(g.get("year"))
        if "speaker" in g:
            checks["speaker"] = any((s is None and not c.speaker) or (s and c.speaker and s.split()[-1].lower() in c.speaker.lower())
                                    for s in _list(g["speaker"]))
        for k, ok in checks.items():
            fields[k][0] += ok
            fields[k][1] += 1
    required = sum(1 for g in gold if not g.get("optional"))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / required if required else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"f1": f1, **{k: a / b if b else 1.0 for k, (a, b) in fields.items()}}
