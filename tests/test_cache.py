"""statx/lang/cache.py: compiled patterns from a file, and compiling as usual whatever is wrong
with the file or its folder."""
from __future__ import annotations

import functools
import multiprocessing
import os
import pickle
import tomllib
from pathlib import Path

import pytest
import regex

import statx.lang as lexicon
from statx.lang import cache

PATTERNS = [
    (r"\d+(?:[.,]\d+)*", 0),
    (r"(?<![\p{L}])(?:fell|rose)[ \t]+by\Z", regex.IGNORECASE),
    (r"""(?P<n>\d+)   # a number
         \s*%""", regex.VERBOSE),
    (r"(?r)\p{Lu}\p{Ll}+", 0),
]
COMPILE = regex.compile  # the real one, for the tests that watch what the cache compiles
TEXT = "Crime FELL by 4.5 % in 2023, Rose by 12,000 %"


def compile_all(pc: cache.PatternCache) -> list[regex.Pattern]:
    return [pc.compile(p, f) for p, f in PATTERNS]


def same_matches(got: list[regex.Pattern]) -> None:
    for pattern, (source, flags) in zip(got, PATTERNS):
        want = COMPILE(source, flags)
        assert [m.span() for m in pattern.finditer(TEXT)] == [m.span() for m in want.finditer(TEXT)]
        assert pattern.pattern == source


def no_compiling(monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("compiled although the file has the pattern")

    monkeypatch.setattr(cache.regex, "compile", refuse)


def test_patterns_come_back_from_the_file_without_compiling(tmp_path, monkeypatch):
    path = tmp_path / "patterns.pickle"
    first = cache.PatternCache(path)
    same_matches(compile_all(first))
    first.save()
    assert path.exists()
    no_compiling(monkeypatch)
    same_matches(compile_all(cache.PatternCache(path)))


def test_a_pattern_from_the_file_is_unpickled_when_first_used(tmp_path, monkeypatch):
    path = tmp_path / "patterns.pickle"
    first = cache.PatternCache(path)
    compile_all(first)
    first.save()
    loaded = cache.PatternCache(path)
    patterns = compile_all(loaded)
    unpickled = []
    loads = pickle.loads
    monkeypatch.setattr(cache.pickle, "loads", lambda data: unpickled.append(data) or loads(data))
    assert patterns[0].search(TEXT).group() == "4.5"
    assert patterns[0].search(TEXT, 20).group() == "2023"
    assert len(unpickled) == 1   # that one pattern, once
    again = pickle.loads(pickle.dumps(patterns))   # to another process, as Dask sends them
    same_matches(again)


def test_one_pattern_is_compiled_once(tmp_path):
    pc = cache.PatternCache(tmp_path / "p.pickle")
    assert pc.compile(r"\d+") is pc.compile(r"\d+")
    assert pc.compile(r"a", regex.IGNORECASE) is not pc.compile(r"a")


def test_a_changed_pattern_is_compiled_and_kept_with_the_others(tmp_path):
    path = tmp_path / "p.pickle"
    old = cache.PatternCache(path)
    old.compile(r"(?:ton|tons)\b")
    old.save()
    new = cache.PatternCache(path)
    changed = new.compile(r"(?:ton|tonne|tons)\b")
    assert changed.search("5 tonne").group() == "tonne"
    new.save()
    with open(path, "rb") as fh:
        assert set(pickle.loads(pickle.load(fh)["patterns"])) == {(r"(?:ton|tons)\b", 0), (r"(?:ton|tonne|tons)\b", 0)}


def test_nothing_is_written_when_nothing_was_compiled(tmp_path):
    path = tmp_path / "p.pickle"
    pc = cache.PatternCache(path)
    compile_all(pc)
    pc.save()
    stamp = path.stat().st_mtime_ns
    again = cache.PatternCache(path)
    compile_all(again)
    os.utime(path, ns=(0, 0))
    again.save()
    assert path.stat().st_mtime_ns == 0 != stamp


def test_a_missing_folder_is_made(tmp_path):
    path = tmp_path / "not" / "yet" / "there" / "p.pickle"
    pc = cache.PatternCache(path)
    compile_all(pc)
    pc.save()
    assert path.exists()


def _refuse_temporary_files(*_args, **_kwargs):
    raise PermissionError(13, "Permission denied")


@pytest.mark.parametrize("case", ["folder is a file", "folder is read-only", "cache is off"])
def test_a_folder_that_cannot_be_written_means_compiling_as_usual(tmp_path, monkeypatch, case):
    if case == "folder is a file":
        (tmp_path / "file").write_text("not a folder")
        path = tmp_path / "file" / "p.pickle"
    elif case == "folder is read-only":  # as root, chmod does not stop a write: refuse it here
        monkeypatch.setattr(cache.tempfile, "mkstemp", _refuse_temporary_files)
        path = tmp_path / "p.pickle"
    else:
        path = None
    pc = cache.PatternCache(path)
    same_matches(compile_all(pc))
    pc.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == (["file"] if case == "folder is a file" else [])


def test_an_interrupted_write_leaves_no_file_behind(tmp_path, monkeypatch):
    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache.os, "replace", fail)
    pc = cache.PatternCache(tmp_path / "p.pickle")
    compile_all(pc)
    pc.save()
    assert list(tmp_path.iterdir()) == []


def stores(patterns: dict | None = None, alternations: dict | None = None, data: dict | None = None) -> bytes:
    """A cache file's bytes, as ``save`` lays them out: each store pickled on its own."""
    return pickle.dumps({"patterns": pickle.dumps(patterns or {}), "alternations": pickle.dumps(alternations or {}),
                         "data": pickle.dumps(data or {})})


CORRUPT = {
    "empty": b"",
    "not a pickle": b"statx patterns\n",
    "cut short": stores({(PATTERNS[0][0], 0): regex.compile(PATTERNS[0][0])})[:40],
    "a list": pickle.dumps([1, 2, 3]),
    "a store cut short": pickle.dumps({"patterns": stores()[:10], "alternations": pickle.dumps({}), "data": pickle.dumps({})}),
    "the first layout (patterns alone)": pickle.dumps({(PATTERNS[0][0], 0): regex.compile(PATTERNS[0][0])}),
    "strings, not patterns": stores({(PATTERNS[0][0], 0): PATTERNS[0][0]}),
    "a pattern, not its bytes": stores({(PATTERNS[0][0], 0): regex.compile(PATTERNS[0][0])}),
    "another pattern's bytes under the key": stores({(PATTERNS[0][0], 0): pickle.dumps(regex.compile("x"))}),
    "a pattern's bytes cut short": stores({(PATTERNS[0][0], 0): pickle.dumps(regex.compile(PATTERNS[0][0]))[:30]}),
    "an alternation that is not a string": stores(alternations={frozenset({"a"}): 1}),
    "word lists that are not a table": stores(data={"data": ["a"]}),
    "a class that is gone": pickle.dumps({"x": 1}).replace(b"builtins", b"nowherex"),
}


@pytest.mark.parametrize("content", CORRUPT.values(), ids=CORRUPT.keys())
def test_a_corrupt_file_means_compiling_as_usual(tmp_path, content):
    path = tmp_path / "p.pickle"
    path.write_bytes(content)
    path.chmod(0o600)
    pc = cache.PatternCache(path)
    same_matches(compile_all(pc))
    pc.save()  # and it is replaced by a good one
    same_matches(compile_all(cache.PatternCache(path)))
    with open(path, "rb") as fh:
        assert len(pickle.loads(pickle.load(fh)["patterns"])) == len(PATTERNS)


def test_a_pattern_whose_bytes_are_spoilt_is_compiled_and_written_again(tmp_path, monkeypatch):
    path = tmp_path / "p.pickle"
    good = cache.PatternCache(path)
    compile_all(good)
    good.save()
    with open(path, "rb") as fh:
        file = pickle.load(fh)
    patterns = pickle.loads(file["patterns"])
    patterns[PATTERNS[1]] = patterns[PATTERNS[1]][:25]
    path.write_bytes(pickle.dumps({**file, "patterns": pickle.dumps(patterns)}))
    spoilt = cache.PatternCache(path)
    same_matches(compile_all(spoilt))
    spoilt.save()
    no_compiling(monkeypatch)
    same_matches(compile_all(cache.PatternCache(path)))


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="file owners and modes are POSIX")
def test_a_file_others_may_write_is_not_unpickled(tmp_path, monkeypatch):
    path = tmp_path / "p.pickle"
    pc = cache.PatternCache(path)
    compile_all(pc)
    pc.save()
    path.chmod(0o666)
    compiled = []
    monkeypatch.setattr(cache.regex, "compile", lambda p, f=0: compiled.append(p) or COMPILE(p, f))
    compile_all(cache.PatternCache(path))
    assert compiled == [p for p, _ in PATTERNS]


def test_alternations_and_word_lists_come_back_from_the_file_without_building(tmp_path):
    path = tmp_path / "p.pickle"
    first = cache.PatternCache(path)
    words = ["per cent", "percent", "percents"]
    source = first.alternation(words, lexicon.alternation)
    assert first.data(lambda: {"percent": {"after": words}}) == {"percent": {"after": words}}
    first.save()

    def refuse(*_args):
        raise AssertionError("built although the file has it")

    again = cache.PatternCache(path)
    assert again.alternation(reversed(words), refuse) == source  # the same words in another order
    assert again.data(refuse) == {"percent": {"after": words}}
    assert again.alternation(["tons"], lexicon.alternation) == "tons"  # a list the file lacks is built


def test_a_lexicon_from_the_cache_is_the_lexicon_from_its_toml(tmp_path, monkeypatch):
    monkeypatch.setenv("STATX_CACHE_DIR", str(tmp_path))
    parsed = lexicon.load.__wrapped__("ru")
    assert [p.name.split("-")[1] for p in tmp_path.iterdir()] == ["ru"]  # the word lists are kept at once
    monkeypatch.setattr(tomllib, "loads", lambda *_: pytest.fail("parsed the TOML again"))
    assert lexicon.load.__wrapped__("ru").data == parsed.data


def test_patterns_of_the_modules_come_from_their_own_file(tmp_path, monkeypatch):
    def new_process():
        monkeypatch.setattr(cache, "_fixed", functools.cache(cache._fixed.__wrapped__))

    monkeypatch.setenv("STATX_CACHE_DIR", str(tmp_path))
    new_process()
    same_matches([cache.compiled(p, f) for p, f in PATTERNS])
    cache.save_compiled()
    assert [p.name.split("-")[1] for p in tmp_path.iterdir()] == ["fixed"]
    new_process()
    no_compiling(monkeypatch)
    same_matches([cache.compiled(p, f) for p, f in PATTERNS])


def _save_many(path: str) -> None:
    for i in range(20):
        pc = cache.PatternCache(Path(path))
        compile_all(pc)
        pc.compile(rf"\d{{{i % 5 + 1}}}")
        pc.save()


def test_processes_writing_one_file_at_once_leave_a_good_file(tmp_path):
    path = tmp_path / "p.pickle"
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    workers = [ctx.Process(target=_save_many, args=(str(path),)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert [w.exitcode for w in workers] == [0, 0, 0]
    assert [p.name for p in tmp_path.iterdir()] == ["p.pickle"]  # no temporary file left
    same_matches(compile_all(cache.PatternCache(path)))


@pytest.mark.parametrize("environ,expected", [
    ({"STATX_CACHE_DIR": "/somewhere/else"}, "/somewhere/else"),
    ({"STATX_CACHE_DIR": "", "XDG_CACHE_HOME": "/xdg"}, None),
    ({"XDG_CACHE_HOME": "/xdg"}, "/xdg/statx"),
    ({"XDG_CACHE_HOME": ""}, "~/.cache/statx"),
    ({}, "~/.cache/statx"),
])
def test_the_folder_comes_from_the_environment(environ, expected):
    got = cache.folder(environ)
    assert got == (None if expected is None else Path(os.path.expanduser(expected)))


def test_each_lexicon_and_word_list_has_its_own_file(tmp_path):
    env = {"STATX_CACHE_DIR": str(tmp_path)}
    en, en_again = cache.cache_for("en", b"words", env), cache.cache_for("en", b"words", env)
    assert en.path == en_again.path and en.path.parent == tmp_path and en.path.name.startswith("patterns-en-")
    assert cache.cache_for("en", b"other words", env).path != en.path
    assert cache.cache_for("ru", b"words", env).path != en.path
    assert cache.cache_for("en", b"words", {"STATX_CACHE_DIR": ""}).path is None


ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [str(ROOT / "seeds"), str(ROOT / "tests" / "data" / "compare" / "2022-01-ru.txt")]


def _extract(cache_dir: str) -> str:
    import subprocess
    import sys

    env = {**os.environ, "STATX_CACHE_DIR": cache_dir}
    done = subprocess.run([sys.executable, "-m", "statx", "extract", *DOCUMENTS, "--format", "jsonl", "--jobs", "1"],
                          capture_output=True, text=True, env=env, check=True)
    assert done.stderr == ""
    return done.stdout


def test_rows_are_the_same_with_patterns_compiled_or_from_the_cache(tmp_path):
    compiled = _extract(str(tmp_path))
    files = sorted(p.name for p in tmp_path.iterdir())
    assert [f.split("-")[1] for f in files] == ["en", "fixed", "ru"]  # one file each, and the modules' own
    assert compiled.count("\n") > 40
    stamps = [p.stat().st_mtime_ns for p in sorted(tmp_path.iterdir())]
    assert _extract(str(tmp_path)) == compiled
    assert [p.stat().st_mtime_ns for p in sorted(tmp_path.iterdir())] == stamps  # read, not written again
    assert _extract("") == compiled
