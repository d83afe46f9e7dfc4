"""Matches read once per stretch of text (`extract.windows`): one row per case, text →
the same figures as a reading of the whole text match by match (`candidates`, the passes
over all of them), when read once and when the memo already holds every stretch; and the
look-behind of every rule pattern within the margin the stretches leave."""

from __future__ import annotations

import re
from re import _constants, _parser  # type: ignore[attr-defined]

import pytest

from un_report.extract import Reading, _share_ranges, _without_repeats, extract_text
from un_report.extract.matcher import LOOK_MARGIN
from un_report.extract.resolver import candidates, resolve
from un_report.extract.subject import subject_for
from un_report.extract.windows import _MEMOS
from un_report.numbers import ascii_view
from un_report.rules import language, supported

ROWS: list[tuple[str, str]] = [
    ("en", "one " * 50),  # the same stretch again and again
    ("en", "$1 " * 40 + "and 5 per cent, 3 to 4 per cent"),
    ("en", "paras. 28 and 29 and 30, then 12 staff and 40 posts"),  # a list after a reference word
    ("en", "on 4 and 18 March, from 21 to 22 November 2024, 17 000 people"),  # dates of a list
    ("en", "between 87 and 92 per cent, one to three months, two (2) men"),  # ranges, a repeat
    ("en", "see https://example.org/a?q=30%25 and 30 staff, someone said 5 things"),  # a web address
    ("en", "resolution 1540 (2004) and 2325 (2016); article 7(2); A/80/1 had 3 annexes"),
    ("en", ("at 0900 hours 20 staff met; " * 30)),  # a time of day, repeated
    ("zh", "十分之" * 40),
    ("zh", "1.16 亿人，" * 30 + "一至三个月，两(2)名，第12至15段"),
    ("zh", "80 和 90 年代，8 月 3 日，" * 10 + "超过 40 个特别政治任务"),
    ("zh", "万" * 300 + "一万人"),
    ("fr", "entre 87 et 92 pour cent, des deux tiers, " * 10),
    ("ru", "около 5 млн человек, " * 20),
    ("ar", "أكثر من 5 ملايين شخص، " * 20),
]


def whole_text(text: str, lang: str) -> list[tuple[Reading, str]]:
    """The figures of `text` read match by match on the whole text, with their subjects."""
    lang_ = language(lang)
    view = ascii_view(text)
    found: list[Reading] = []
    for c in candidates(text, lang_.patterns):
        reading = resolve(c.match, view, lang_.rules, lang_.patterns) if c.figure else None
        if reading is not None:
            reading.text = text[reading.start : reading.end]
            found.append(reading)
    _share_ranges(found, view, lang_.patterns)
    kept = _without_repeats([r for r in found if not r.pending], view)
    return [(r, subject_for(text, r.start, r.end, r.kind, r.unit, lang_)) for r in kept]


@pytest.mark.parametrize(("lang", "text"), ROWS)
def test_read_by_stretch_as_in_the_whole_text(lang: str, text: str) -> None:
    from un_report.extract import readings

    expected = whole_text(text, lang)
    _MEMOS.clear()
    for _ in range(2):  # a fresh memo, then one that holds every stretch
        got = [
            (Reading(r.kind, r.value, r.unit, r.qualifier, r.start + offset, r.end + offset, r.text, r.pending), s)
            for r, offset, s in readings(text, language(lang))
        ]
        assert got == expected
    assert [r for r, _ in expected] == extract_text(text, language(lang))


def _widest_look_behind(pattern: str, flags: int) -> int:
    """The most characters a look-behind of the pattern reads."""
    widest = 0

    def walk(items: object) -> None:
        nonlocal widest
        for op, arg in items:  # type: ignore[attr-defined]
            if op in (_constants.ASSERT, _constants.ASSERT_NOT) and arg[0] < 0:
                widest = max(widest, arg[1].getwidth()[1])
            for sub in arg if isinstance(arg, (list, tuple)) else ():
                if isinstance(sub, _parser.SubPattern):
                    walk(sub)
                elif isinstance(sub, (list, tuple)):
                    for s in sub:
                        if isinstance(s, _parser.SubPattern):
                            walk(s)

    walk(_parser.parse(pattern, flags))
    return widest


@pytest.mark.parametrize("lang", supported())
def test_every_look_behind_fits_the_margin(lang: str) -> None:
    patterns = language(lang).patterns
    if language(lang).rules.figures is None:
        pytest.skip("no figure rules")
    compiled = [p for p in vars(patterns).values() if isinstance(p, re.Pattern)]
    compiled += list(patterns.guards.values())
    widest = max(_widest_look_behind(p.pattern, p.flags) for p in compiled)
    assert 0 < widest <= LOOK_MARGIN
