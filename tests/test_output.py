"""`-o`: a regular file is replaced only when complete, with the umask's or the old file's mode,
through links; a FIFO, a device, /dev/stdout and a shell's >(...) are written where they are; a
missing folder, a read-only folder and a full disk are one line naming the path (exit 1); a
signal mid-run leaves no temporary file and the previous output as it was.

Run as root, permission bits do not stop a write; the read-only cases then take from statx the
capability that overrides them (setpriv), or mount the folder read-only in a private mount
namespace (unshare), so the kernel refuses the write as it would for any user."""
from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from statx.io.output import OutputError, open_file

DOC = "Exports rose by 12 percent in 2023.\n"
HEADER = "id,doc,doc_date,speaker,start,end,mention,value,value_to,unit,qualifier,direction,year,since,subject,sentence"
STATX = [sys.executable, "-m", "statx"]


def statx(*args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*STATX, *map(str, args)], capture_output=True, timeout=300, **kwargs)


def lines(data: bytes) -> list[str]:
    return data.decode().splitlines()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".statx-"))


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "doc.txt"
    path.write_text(DOC)
    return path


def expected_rows(doc: Path) -> list[str]:
    from typer.testing import CliRunner

    from statx.cli import app

    return CliRunner().invoke(app, ["extract", str(doc), "-f", "csv"]).stdout.splitlines()


# ----------------------------------------------------------------------------- written in place

def test_a_fifo_is_written_and_stays_a_fifo(tmp_path: Path, doc: Path):
    fifo = tmp_path / "claims.csv"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    proc = statx("extract", doc, "-o", fifo)
    reader.join(timeout=60)
    assert proc.returncode == 0 and proc.stderr == b""
    assert lines(got[0]) == expected_rows(doc) and lines(got[0])[0] == HEADER
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert leftovers(tmp_path) == []


def test_dev_stdout_is_written_not_replaced(doc: Path):
    proc = statx("extract", doc, "-f", "csv", "-o", "/dev/stdout")
    assert proc.returncode == 0 and lines(proc.stdout) == expected_rows(doc)
    assert os.path.islink("/dev/stdout")


def test_dev_stdout_keeps_an_appended_file(tmp_path: Path, doc: Path):
    log = tmp_path / "log.csv"
    log.write_text("earlier\n")
    with open(log, "ab") as fh:
        proc = subprocess.run([*STATX, "extract", str(doc), "-f", "csv", "-o", "/dev/stdout"], stdout=fh,
                              stderr=subprocess.PIPE, timeout=300)
    assert proc.returncode == 0
    assert log.read_text().splitlines() == ["earlier", *expected_rows(doc)]


@pytest.mark.parametrize("target", ["/dev/fd/3 3>>{log}", ">(cat >> {log})"])
def test_descriptors_and_process_substitution(tmp_path: Path, doc: Path, target: str):
    log = tmp_path / "log.csv"
    log.write_text("earlier\n")
    command = f'"{sys.executable}" -m statx extract "{doc}" -f csv -o {target.format(log=log)}; echo $?; wait $!'
    proc = subprocess.run(["bash", "-c", command], capture_output=True, timeout=300)
    assert (proc.stdout, proc.stderr) == (b"0\n", b"")
    assert log.read_text().splitlines() == ["earlier", *expected_rows(doc)]


# ----------------------------------------------------------------------------- links and modes

@pytest.mark.parametrize("make", [
    lambda d: (d / "link.csv").symlink_to("real.csv"),
    lambda d: (d / "link.csv").symlink_to(d / "real.csv"),
    lambda d: ((d / "sub").mkdir(), (d / "sub" / "hop.csv").symlink_to(d / "real.csv"),
               (d / "link.csv").symlink_to(Path("sub") / "hop.csv")),
])
@pytest.mark.parametrize("exists", [True, False])
def test_a_link_is_followed_to_the_file_it_names(tmp_path: Path, doc: Path, make, exists: bool):
    out = tmp_path / "out"
    out.mkdir()
    make(out)
    if exists:
        (out / "real.csv").write_text("previous\n")
    proc = statx("extract", doc, "-o", out / "link.csv")
    assert proc.returncode == 0, proc.stderr
    assert (out / "link.csv").is_symlink()
    assert (out / "real.csv").read_text().splitlines() == expected_rows(doc)
    assert leftovers(out) == []


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_has_the_umask_mode(tmp_path: Path, doc: Path, umask: int, mode: int):
    out = tmp_path / "claims.csv"
    assert statx("extract", doc, "-o", out, umask=umask).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == mode


@pytest.mark.parametrize("umask", [0o022, 0o077])
@pytest.mark.parametrize("mode", [0o640, 0o666, 0o604])
def test_an_existing_file_keeps_its_mode(tmp_path: Path, doc: Path, umask: int, mode: int):
    out = tmp_path / "claims.csv"
    out.write_text("previous\n")
    out.chmod(mode)
    assert statx("extract", doc, "-o", out, umask=umask).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert out.read_text().splitlines() == expected_rows(doc)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_an_existing_file_keeps_its_owner(tmp_path: Path, doc: Path):
    out = tmp_path / "claims.csv"
    out.write_text("previous\n")
    os.chown(out, 65534, 65534)
    assert statx("extract", doc, "-o", out).returncode == 0
    assert (out.stat().st_uid, out.stat().st_gid) == (65534, 65534)


# ----------------------------------------------------------------------------- errors name the path

def _check_refused(proc: subprocess.CompletedProcess, out: Path, reason: str, previous: str | None):
    assert (proc.returncode, lines(proc.stderr)) == (1, [f"statx: {out}: cannot write: {reason}"])
    assert proc.stdout == b""
    if previous is not None:
        assert out.read_text() == previous
    if out.parent.exists():
        assert leftovers(out.parent) == []


@pytest.mark.parametrize("command", ["extract", "diff", "series"])
def test_a_missing_folder(tmp_path: Path, doc: Path, command: str):
    out = tmp_path / "missing" / "claims.csv"
    args = [doc, doc] if command == "diff" else [doc]
    _check_refused(statx(command, *args, "-o", out), out, "no such file or directory", None)


def test_a_folder_given_as_the_output(tmp_path: Path, doc: Path):
    proc = statx("extract", doc, "-f", "csv", "-o", tmp_path)
    assert (proc.returncode, lines(proc.stderr)) == (1, [f"statx: {tmp_path}: cannot write: is a directory"])


def _without_dac_override() -> list[str]:
    """A command prefix under which permission bits stop this user's writes (root: without the
    capabilities that override them)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("root needs setpriv to be refused by permission bits")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


@pytest.mark.parametrize("previous", [None, "previous\n"])
def test_a_read_only_folder(tmp_path: Path, doc: Path, previous: str | None):
    folder = tmp_path / "read-only"
    folder.mkdir()
    out = folder / "claims.csv"
    if previous is not None:
        out.write_text(previous)
    folder.chmod(0o555)
    try:
        proc = subprocess.run([*_without_dac_override(), *STATX, "extract", str(doc), "-o", str(out)],
                              capture_output=True, timeout=300)
    finally:
        folder.chmod(0o755)
    _check_refused(proc, out, "permission denied", previous)


def test_a_read_only_file_is_not_replaced(tmp_path: Path, doc: Path):
    out = tmp_path / "claims.csv"
    out.write_text("previous\n")
    out.chmod(0o444)
    proc = subprocess.run([*_without_dac_override(), *STATX, "extract", str(doc), "-o", str(out)],
                          capture_output=True, timeout=300)
    _check_refused(proc, out, "permission denied", "previous\n")


def _private_mount(script: str, *args: str) -> subprocess.CompletedProcess:
    """``sh -c script`` in a mount namespace of its own, so that what it mounts is gone after."""
    flags = ["-m"] if os.geteuid() == 0 else ["-r", "-m"]
    probe = subprocess.run(["unshare", *flags, "true"], capture_output=True) if shutil.which("unshare") else None
    if probe is None or probe.returncode != 0:
        pytest.skip("no private mount namespace here (unshare)")
    return subprocess.run(["unshare", *flags, "sh", "-c", script, "sh", sys.executable, *args],
                          capture_output=True, timeout=300)


def test_a_read_only_file_system(tmp_path: Path, doc: Path):
    folder = tmp_path / "mounted"
    folder.mkdir()
    (folder / "claims.csv").write_text("previous\n")
    script = ('mount --bind "$2" "$2" && mount -o remount,ro,bind "$2" && '
              '"$1" -m statx extract "$3" -o "$2/claims.csv"')
    proc = _private_mount(script, str(folder), str(doc))
    _check_refused(proc, folder / "claims.csv", "read-only file system", "previous\n")


def test_a_full_disk_keeps_the_previous_file(tmp_path: Path, doc: Path):
    doc.write_text(DOC * 3000)  # 400 KB of rows for a 16 KB disk
    folder = tmp_path / "small"
    folder.mkdir()
    script = ('mount -t tmpfs -o size=16k tmpfs "$2" && echo previous > "$2/claims.csv" && '
              '"$1" -m statx extract "$3" -o "$2/claims.csv"; echo "exit $?"; ls -A "$2"; cat "$2/claims.csv"')
    proc = _private_mount(script, str(folder), str(doc))
    assert lines(proc.stderr) == [f"statx: {folder / 'claims.csv'}: cannot write: no space left on device"]
    assert lines(proc.stdout) == ["exit 1", "claims.csv", "previous"]


@pytest.mark.parametrize("output", [["-o", "/dev/full", "-f", "csv"], []])
def test_a_full_device_or_stdout(doc: Path, output: list[str]):
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([*STATX, "extract", str(doc), "-f", "csv", *output], stdout=full,
                              stderr=subprocess.PIPE, timeout=300)
    name = "/dev/full" if output else "stdout"
    assert (proc.returncode, lines(proc.stderr)) == (1, [f"statx: {name}: cannot write: no space left on device"])


# ----------------------------------------------------------------------------- signals mid-run

def _processes_naming(text: str) -> list[int]:
    """Processes whose command line holds ``text`` (a unique temporary path)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if text.encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(int(pid))
        except OSError:
            continue
    return found


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("signum, code", [(signal.SIGTERM, -signal.SIGTERM), (signal.SIGHUP, -signal.SIGHUP),
                                          (signal.SIGINT, 130)])
def test_a_signal_mid_run_leaves_the_previous_output(tmp_path: Path, jobs: int, signum: int, code: int):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(60):
        (docs / f"{i:02}.txt").write_text(DOC * 1000)
    out = tmp_path / "claims.csv"
    out.write_text("previous\n")
    proc = subprocess.Popen([*STATX, "extract", str(docs), "-o", str(out), "--jobs", str(jobs)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not leftovers(tmp_path) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert leftovers(tmp_path) and proc.poll() is None, "the run should be writing its temporary file"
    proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == code
    assert b"Traceback" not in stderr
    assert out.read_text() == "previous\n"
    assert leftovers(tmp_path) == []
    deadline = time.monotonic() + 30   # workers die with their parent; on a loaded machine that takes a moment
    while _processes_naming(str(docs)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _processes_naming(str(docs)) == []  # no worker left behind


# ----------------------------------------------------------------------------- the function itself

def test_open_file_names_its_temporary_only_while_it_exists(tmp_path: Path):
    out, temporaries = tmp_path / "claims.csv", set()
    with open_file(str(out), temporaries=temporaries) as fh:
        fh.write("rows\n")
        [tmp] = temporaries
        assert Path(tmp).parent == tmp_path and Path(tmp).name.startswith(".statx-") and Path(tmp).exists()
    assert temporaries == set() and out.read_text() == "rows\n" and leftovers(tmp_path) == []
    with pytest.raises(OutputError, match=f"^{out.parent / 'no' / 'x.csv'}: cannot write: no such file or directory$"):
        with open_file(str(tmp_path / "no" / "x.csv"), temporaries=temporaries):
            pass
    assert temporaries == set()


_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def test_the_cli_handles_signals_only_while_its_file_is_open(tmp_path: Path):
    from statx.cli import open_output

    before = {s: signal.getsignal(s) for s in _SIGNALS}
    with open_output(str(tmp_path / "claims.csv")) as fh:
        during = {s: signal.getsignal(s) for s in _SIGNALS}
        fh.write("rows\n")
    assert {s: signal.getsignal(s) for s in _SIGNALS} == before
    assert all(during[s] is not before[s] for s in _SIGNALS)


def test_an_ignored_signal_stays_ignored(tmp_path: Path):
    from statx.cli import open_output

    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as nohup leaves it
    try:
        with open_output(str(tmp_path / "claims.csv")):
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, previous)


def test_the_library_touches_no_signal(tmp_path: Path, doc: Path):
    import statx

    (tmp_path / "two.txt").write_text(DOC)
    before = {s: signal.getsignal(s) for s in _SIGNALS}
    assert len(list(statx.extract_paths([doc, tmp_path / "two.txt"], jobs=2))) == 2
    assert {s: signal.getsignal(s) for s in _SIGNALS} == before


_SWALLOWED = """
import gc, os, signal, sys, time
from statx.cli_output import removed_on_signals

class Finalized:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)   # Ctrl-C arrives while a finalizer runs
        for _ in range(1000):                 # (its handler runs inside the finalizer)
            pass

try:
    with removed_on_signals() as temporaries:
        Finalized()
        gc.collect()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            time.sleep(0.001)
    print("not interrupted")
except KeyboardInterrupt:
    print("interrupted", temporaries.interrupted)
"""


def test_a_ctrl_c_that_a_finalizer_swallows_still_stops_the_run():
    """Raised inside a "__del__", KeyboardInterrupt is lost ("Exception ignored in ..."): the signal comes again."""
    done = subprocess.run([sys.executable, "-c", _SWALLOWED], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "interrupted True"
    assert "Traceback" not in done.stderr   # (Python's report of the dropped exception is not printed)
