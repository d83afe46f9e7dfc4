"""The time limit of a document leaves out the process's one-time start-up (`limits.start_up`):
one row per case, what the reading does → whether the document is refused."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from un_report.errors import Interrupted
from un_report.limits import Limits, start_up, within

LIMIT = 0.3  # seconds; each row's work takes twice that, in start-up or not
WORK = 2 * LIMIT


def _plain() -> None:
    time.sleep(WORK)


def _start_up() -> None:
    with start_up():
        time.sleep(WORK)


def _nested_start_up() -> None:
    with start_up():
        time.sleep(WORK / 2)
        with start_up():
            time.sleep(WORK / 2)


def _start_up_then_work() -> None:
    with start_up():
        time.sleep(WORK)
    time.sleep(WORK)


ROWS = [
    pytest.param(_plain, True, id="work over the limit"),
    pytest.param(_start_up, False, id="start-up over the limit"),
    pytest.param(_nested_start_up, False, id="nested start-ups"),
    pytest.param(_start_up_then_work, True, id="start-up, then work over the limit"),
]


@pytest.mark.parametrize(("read", "refused"), ROWS)
def test_start_up_does_not_count_against_the_time_limit(read: object, refused: bool) -> None:
    def run() -> None:
        with within(Limits(seconds=LIMIT), Path("report.txt")):
            read()  # type: ignore[operator]

    if refused:
        with pytest.raises(Interrupted, match="over the time limit"):
            run()
    else:
        run()


def test_start_up_outside_a_limit_just_runs() -> None:
    with start_up():
        pass
