"""Limits per document: a time limit and a memory limit, so that one pathological document
cannot stall a corpus. A document over either is refused with the reason; the batch goes on.

A watchdog thread looks at the clock and at the process's resident memory every
`POLL_SECONDS` while the document is read, and when either is over its limit raises
`OverLimit` in the thread that reads it (an asynchronous exception: it arrives at the next
Python instruction, and pdfminer, which does most of the reading, is pure Python). The same
code therefore works in a process of the local pool and in a Dask worker's thread. A
`MemoryError` while reading is reported as over the memory limit too.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from un_report.errors import Interrupted

POLL_SECONDS = 0.05  # how often the watchdog looks at the clock and the memory
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
MIB = 2**20


@dataclass(frozen=True)
class Limits:
    """Per document: seconds of wall time and MiB of the reading process's resident memory;
    None for no limit."""

    seconds: float | None = None
    memory_mib: float | None = None

    def __bool__(self) -> bool:
        return self.seconds is not None or self.memory_mib is not None


class OverLimit(BaseException):
    """Raised in the reading thread when the document goes over a limit; not an Exception,
    so that a reader's `except Exception` lets it through."""


def resident_mib() -> float:
    """The resident memory of this process, in MiB (0 where /proc is missing)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as stream:
            return int(stream.read().split()[1]) * PAGE_BYTES / MIB
    except (OSError, IndexError, ValueError):
        return 0.0


class _Watchdog(threading.Thread):
    def __init__(self, limits: Limits, target: int) -> None:
        super().__init__(daemon=True, name="limits-watchdog")
        self.limits, self.target = limits, target
        self.began = time.monotonic()
        self.paused = 0  # how many `start_up` blocks the reading thread is in
        self.done = threading.Event()
        self.reason: str | None = None

    def run(self) -> None:
        while not self.done.wait(POLL_SECONDS):
            self.reason = self.over()
            if self.reason is not None:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.target), ctypes.py_object(OverLimit))
                return

    def over(self) -> str | None:
        seconds, memory = self.limits.seconds, self.limits.memory_mib
        if seconds is not None and not self.paused and time.monotonic() - self.began > seconds:
            return f"over the time limit ({seconds:g} s)"
        if memory is not None and resident_mib() > memory:
            return f"over the memory limit ({memory:g} MiB)"
        return None


@contextmanager
def within(limits: Limits, path: Path) -> Iterator[None]:
    """Run the block under `limits`; a document over one raises `Interrupted` with the reason."""
    if not limits:
        yield
        return
    watchdog = _Watchdog(limits, threading.get_ident())
    _WATCHING[watchdog.target] = watchdog
    watchdog.start()
    over = False
    try:
        yield
    except OverLimit:
        over = True
    except MemoryError:
        raise Interrupted(path, f"over the memory limit ({limits.memory_mib or 'all available'} MiB)") from None
    finally:
        _stop(watchdog)
        del _WATCHING[watchdog.target]
    reason = watchdog.reason or watchdog.over()  # a document quicker than a poll is judged at its end
    if over or reason:
        raise Interrupted(path, reason or "over a limit")


_WATCHING: dict[int, _Watchdog] = {}  # a reading thread → the watchdog of its document


@contextmanager
def start_up() -> Iterator[None]:
    """Run a one-time start-up of the process (a dictionary loaded, patterns compiled) that
    falls while a document is read: its seconds are not the document's, so they do not count
    against its time limit (a fresh worker's first Chinese report loads jieba's dictionary)."""
    watchdog = _WATCHING.get(threading.get_ident())
    if watchdog is None:
        yield
        return
    outermost = not watchdog.paused
    watchdog.paused += 1
    began = time.monotonic()
    try:
        yield
    finally:
        if outermost:
            watchdog.began += time.monotonic() - began
        watchdog.paused -= 1


def _stop(watchdog: _Watchdog) -> None:
    """Stop the watchdog and drop an exception it raised too late to matter (the block ended
    while it was on its way)."""
    watchdog.done.set()
    while watchdog.is_alive():
        try:
            watchdog.join()
        except OverLimit:
            pass
    if watchdog.reason is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(watchdog.target), ctypes.py_object())
