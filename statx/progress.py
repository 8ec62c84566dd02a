"""A progress bar on stderr for runs over many files."""
from __future__ import annotations

import contextlib
import time
from typing import Callable, Iterable, Iterator, Optional

from .io.read import iter_paths

MANY = 20  # files; fewer are done before a bar is worth drawing
REFRESH = 0.1  # seconds between redraws


@contextlib.contextmanager
def bar(paths: Iterable[str], globs: Iterable[str], show: bool) -> Iterator[Optional[Callable[[str], None]]]:
    """A callback that moves a bar on stderr on by one file when it is called with another
    file's path than the last (a corpus file's rows call it with their file's), while the block
    runs; None (and no bar) unless ``show`` and there are at least MANY files under ``paths``.
    The bar is redrawn from the callback, never from a thread, so worker processes may be
    forked any time."""
    if not show:
        yield None
        return
    total = sum(1 for _ in iter_paths(paths, globs))
    if total < MANY:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn, TimeRemainingColumn

    columns = (BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), auto_refresh=False, transient=True,
                  redirect_stdout=False) as progress:
        task = progress.add_task("documents", total=total)
        drawn = time.monotonic()
        last: list[str] = []

        def advance(path: str) -> None:
            nonlocal drawn
            if last and last[0] == path:
                return
            last[:] = [path]
            progress.advance(task)
            now = time.monotonic()
            if now - drawn >= REFRESH:
                progress.refresh()
                drawn = now

        yield advance
