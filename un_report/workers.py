"""Worker processes for a batch: each reads one file at a time, under a deadline.

A file that takes longer than the deadline, or whose reader crashes, is one refused file:
its worker is killed and replaced, and the rest of the batch goes on. Workers ignore
Ctrl-C (the main process decides what an interrupt means) and die with the main
process, however it ends (on Linux by `PR_SET_PDEATHSIG`; elsewhere a worker checks
its parent between files).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Generic, TypeVar

from un_report.errors import InputError

R = TypeVar("R")
PR_SET_PDEATHSIG = 1  # prctl option (linux/prctl.h): a signal for the child when its parent dies
POLL_SECONDS = 0.5  # how often a waiting main process looks at the deadlines
# The signals that wait while a worker is forked (`_Worker.start`), in the parent and, until
# it has its own handlers, in the child.
HELD_OVER_FORK = {signal.SIGINT, signal.SIGTERM}


def _die_with_parent(parent: int) -> None:
    """Make this process end when the process `parent` ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the main process's handler: just end
    signal.pthread_sigmask(signal.SIG_UNBLOCK, HELD_OVER_FORK)  # blocked by the parent over the fork
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the signal was set
        os._exit(1)


def _serve(work: Callable[[Path], R], conn: Connection, parent: int) -> None:
    """A worker's loop: a path in, its outcome out, until the main process sends None."""
    _die_with_parent(parent)
    while True:
        try:
            path = conn.recv()
        except EOFError:
            return
        if path is None or os.getppid() != parent:
            return
        conn.send(work(path))


class _Worker:
    """One worker process, the file it reads and when that file's time is up."""

    def __init__(self, context: multiprocessing.context.BaseContext, work: Callable[[Path], R]) -> None:
        self.conn, self._child = context.Pipe()
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(work, self._child, os.getpid()), daemon=True
        )
        self.index: int | None = None
        self.deadline = float("inf")

    def start(self) -> None:
        """Fork the worker process. Ctrl-C and SIGTERM wait meanwhile (`HELD_OVER_FORK`): the
        child must not hear one before it ignores it, and in the parent the first Python code
        after a fork is an after-fork hook (logging's), where the handler's exception would be
        printed and dropped: a SIGTERM that came while a loaded machine was slow to give the
        parent back its turn was lost, and the run went on to its end."""
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, HELD_OVER_FORK)
        try:
            self.process.start()
        finally:
            self._child.close()  # the child's end, kept by the child alone
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)

    def give(self, index: int, path: Path, timeout: float | None) -> None:
        self.index = index
        self.deadline = time.monotonic() + timeout if timeout else float("inf")
        self.conn.send(path)

    def kill(self) -> None:
        if self.process.pid is not None:  # started
            if self.process.is_alive():
                self.process.kill()
            self.process.join()
        self.conn.close()

    def stop(self) -> None:
        """End the worker: politely if it is idle, else by force."""
        if self.index is None and self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(timeout=1)
        self.kill()


class Workers(Generic[R]):
    """A pool of `count` worker processes running `work(path)`, each file under `timeout`
    seconds (None: no limit). Use as a context manager; `outcomes(files)` yields each file's
    index and outcome as it is done; a file whose worker is killed for being late, or dies,
    as an `error(path, reason)` (the reason `late`, or the worker's exit code)."""

    def __init__(
        self, work: Callable[[Path], R], count: int, timeout: float | None, late: str = "",
        error: type[InputError] = InputError,
    ) -> None:
        self.work, self.count, self.timeout = work, max(1, count), timeout
        self.late = late or f"not read within {timeout:g} s" if timeout else ""
        self.error = error
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.context = multiprocessing.get_context(method)
        self.workers: list[_Worker] = []

    def __enter__(self) -> Workers[R]:
        return self

    def __exit__(self, *exc: object) -> None:
        for worker in self.workers:
            worker.stop()
        self.workers = []

    def outcomes(self, files: list[Path]) -> Iterator[tuple[int, R | InputError]]:
        pending = list(enumerate(files))[::-1]
        busy: dict[Connection, _Worker] = {}
        idle: list[_Worker] = []
        while pending or busy:
            while pending and len(busy) < self.count:
                worker = idle.pop() if idle else self._start()
                index, path = pending.pop()
                worker.give(index, path, self.timeout)
                busy[worker.conn] = worker
            soonest = min(w.deadline for w in busy.values())
            ready = wait(list(busy), timeout=max(0.0, min(POLL_SECONDS, soonest - time.monotonic())))
            for conn in ready:
                worker = busy.pop(conn)  # type: ignore[call-overload]
                index = worker.index
                assert index is not None
                try:
                    outcome: R | InputError = worker.conn.recv()
                    worker.index, worker.deadline = None, float("inf")
                    idle.append(worker)
                except (EOFError, OSError):  # the reader died: out of memory, a crash
                    worker.process.join(timeout=1)
                    code = worker.process.exitcode
                    outcome = self.error(files[index], f"its worker process died (exit code {code})")
                    self._retire(worker)
                yield index, outcome
            now = time.monotonic()
            for conn, worker in list(busy.items()):
                if worker.deadline <= now and worker.index is not None:
                    del busy[conn]
                    late = worker.index
                    self._retire(worker)
                    yield late, self.error(files[late], self.late)

    def _start(self) -> _Worker:
        worker = _Worker(self.context, self.work)
        self.workers.append(worker)  # before it starts: a signal heard as it starts finds it to stop
        worker.start()
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        self.workers.remove(worker)
