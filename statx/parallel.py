"""An ordered map in worker processes that holds only a bounded window of work at a time."""
from __future__ import annotations

import collections
import contextlib
import itertools
import os
import signal
import sys
import threading
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 16   # the most items sent to a worker at once
WINDOW = 4   # chunks in flight per worker: enough to keep each busy, few enough to bound memory


def cores() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def imap(fn: Callable[[T], R], items: Iterable[T], jobs: int, chunk: int = CHUNK) -> Iterator[R]:
    """``fn(item)`` for every item, in the order of ``items``, computed by ``jobs`` processes.

    ``fn`` must be picklable (a module-level function or a partial of one), and so must items and
    results. Items are read from ``items`` only as workers need them, in chunks that grow from 1
    to ``chunk``, so a few items still spread over the workers and a long run stays cheap. With one
    job, or fewer than two items, everything runs in this process and no worker is started."""
    it = iter(items)
    head = list(itertools.islice(it, 2))
    if jobs <= 1 or len(head) < 2:
        yield from map(fn, itertools.chain(head, it))
        return
    import multiprocessing  # 35 ms to import, with the pool: only when there is one
    from concurrent.futures import ProcessPoolExecutor

    it = itertools.chain(head, it)
    context = multiprocessing.get_context()  # the one ProcessPoolExecutor would take
    forked = context.get_start_method() == "fork"
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_signals,
                               initargs=(os.getpid() if forked else None,))
    try:
        pending: collections.deque = collections.deque()
        size = 1
        while True:
            while len(pending) < jobs * WINDOW:
                batch = list(itertools.islice(it, size))
                if not batch:
                    break
                with _signals_held():  # the first submit forks the workers and starts the pool's thread
                    pending.append(pool.submit(_run, fn, batch))
                size = min(size * 2, chunk)
            if not pending:
                return
            yield from pending.popleft().result()
    finally:
        with _signals_held():
            pool.shutdown(wait=True, cancel_futures=True)


# The signals a command line's handler may turn into an exception (statx.cli_output.removed_on_signals).
_HELD = {getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)}


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP wait until the block is done: a handler that raises while the pool
    forks (inside an at-fork hook, where the exception is lost) or stops would leave it half made
    or hang its shutdown. Workers forked meanwhile unblock them (``_worker_signals``)."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _run(fn: Callable[[T], R], batch: list[T]) -> list[R]:
    return [fn(item) for item in batch]


def _worker_signals(parent: int | None) -> None:
    """Workers leave Ctrl-C to the parent, which stops them in order; any other signal ends a
    worker at once, whatever handler the parent had when it was forked. A worker forked on Linux
    (``parent`` is then its parent's id) also ends when its parent does, however that ended:
    else it would wait for work forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)  # held in the parent while it forked
    if parent is not None and sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # it ended before prctl
            os._exit(0)


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
