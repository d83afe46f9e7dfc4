"""Patterns scanned over whole texts (un_report.extract.scan): the opening characters read
from a pattern, one row per construct; and the same matches, at the same places, with the
look-ahead as without it."""

from __future__ import annotations

import re

import pytest

from un_report.extract.scan import opening_classes, scanning
from un_report.rules import MODULES, language

# (pattern, flags) → the one-character pattern a match opens with; None: cannot be told
OPENINGS: list[tuple[str, int, str | None]] = [
    (r"ab", 0, "(?:[a])"),
    (r"(?<!\w)(?:ab|c\d)", 0, "(?:[ac])"),  # a look-behind is passed over
    (r"\b(?=x)\d{1,2}:\d\d", 0, r"(?:[\d])"),  # so are \b and a look-ahead
    (r"a?b*c", 0, "(?:[abc])"),  # optional items open with what follows too
    (r"[0-2]\d|[^\W\d]x", 0, r"(?:[0-2]|[^\W\d])"),  # a negated class stays apart
    (r"(?-i:[A-Z]{2})\s\d|x", re.IGNORECASE, "(?:[x]|(?-i:[A-Z]))"),  # a group that reads case otherwise
    (r"(?i:k)m", 0, "(?:(?i:[k]))"),
    (r"(?>ab)|(?:c)++", 0, "(?:[ac])"),  # atomic groups, possessive repeats
    (r"[-\]^]x", 0, r"(?:[\-\]\^])"),  # class metacharacters escaped
    (r"a*", 0, None),  # may match the empty string: anywhere
    (r"x|", 0, None),
    (r"(?:a|b?)", 0, None),
    (r".x", 0, None),  # any character
    (r"(a)?\1b", 0, None),  # a back-reference
    (r"(?a:\d)", 0, None),  # a group whose \d reads ASCII only
]


@pytest.mark.parametrize(("pattern", "flags", "expected"), OPENINGS)
def test_the_opening_characters_of_a_pattern(pattern: str, flags: int, expected: str | None) -> None:
    assert opening_classes(re.compile(pattern, flags)) == expected


# (pattern, flags, text): scanning finds what re finds
SCANS: list[tuple[str, int, str]] = [
    (r"(?<![\d.:])\d{1,2}:\d{2}(?![\d:])", 0, "at 10:30, 1:234 and 12:00:01 or 9:45"),
    (r"(?<!\w)(?:one(?:\s+another)?|each one)(?!\w)", re.IGNORECASE, "One another, each one, ones, ONE"),
    (r"(?-i:\b[A-Z]{2,6}\s\d{1,3})|(?:\+\d{1,3})[\s\d()\-]{6,}\d", re.IGNORECASE, "UNDP 12 and undp 12, +41 22 917 1234"),
    (r"[上下]午\s*\d{1,2}时|\d+分", 0, "上午 9时 到 下午5时30分"),
    (r"k+", re.IGNORECASE, "K k \u212a kk"),  # the Kelvin sign is a k to a case-blind class
]


@pytest.mark.parametrize(("pattern", "flags", "text"), SCANS)
def test_scanning_finds_the_same_matches(pattern: str, flags: int, text: str) -> None:
    scanned = scanning(pattern, flags)
    assert scanned.pattern.startswith("(?=")
    assert [m.span() for m in scanned.finditer(text)] == [m.span() for m in re.compile(pattern, flags).finditer(text)]


@pytest.mark.parametrize("code", [code for code in MODULES if language(code).rules.figures is not None])
def test_the_languages_scanned_patterns_have_a_look_ahead(code: str) -> None:
    """The stretches a language's rules exclude are scanned behind their opening characters
    (a rule pattern that hides them would be scanned slowly, not wrongly)."""
    patterns = language(code).patterns
    assert patterns.exclusions.pattern.startswith("(?=")
    assert patterns.non_figure_spans.pattern.startswith("(?=") or patterns.non_figure_spans.pattern == "(?!)"
