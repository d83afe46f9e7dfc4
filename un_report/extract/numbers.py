"""The number layer under the figures: every number the figure matcher sees, with its value.

`find_numbers` reads the same candidates as `extract_text` (`resolver.candidates`) and keeps
the number of each: sign, digits or numeral words, and magnitude (负1.1, 1.16 亿, 四千零五万),
a fraction's value (五分之一 → 0.2), or a share word's as a fraction of one (一半 → 0.5, two
thirds → 0.666…, half a million → 500000). It leaves out what the one exclusion rule says is
no number at all (words that contain a numeral: 一看, 陆地; codes and web addresses:
A/80/1) but none of the rules that say a number is no *figure* (a numeral in words needs a
unit, ordinals, months, versions). Vague amounts (数百) have no number and are left out.

    find_numbers("这是五那是四", language("zh")) → [NumberSpan(2, 3, 5), NumberSpan(5, 6, 4)]
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from un_report.extract.matcher import Match
from un_report.extract.resolver import NOT_A_NUMBER, candidates, number_value, parse_number, share_value
from un_report.language import Language
from un_report.rules.base import LanguageRules


class NumberSpan(NamedTuple):
    """A number as found: offsets of its text (sign to magnitude) and its exact value."""

    start: int
    end: int
    value: Decimal


def find_numbers(text: str, language: Language) -> list[NumberSpan]:
    """Every number in `text`, left to right, before any figure rule is applied."""
    kept = (c.match for c in candidates(text, language.patterns) if c.excluded not in NOT_A_NUMBER)
    return [n for n in (_number(m, language.rules) for m in kept) if n is not None]


def _number(m: Match, rules: LanguageRules) -> NumberSpan | None:
    """The number inside a figure match, or None for a vague amount."""
    if m.form == "fraction" and m.denominator and m.numerator:  # 五分之一
        den, num = parse_number(m.denominator.text, rules), parse_number(m.numerator.text, rules)
        if not den:
            return None
        return NumberSpan(m.denominator.start, m.numerator.end, num / den)
    if m.form == "ratio" and m.numerator:  # one in five: two numbers, as written
        return NumberSpan(m.numerator.start, m.numerator.end, parse_number(m.numerator.text, rules))
    value = share_value(m.share, rules) if m.form == "share" else number_value(m, rules)
    if value is None:
        return None
    first = m.sign or m.part or m.number or m.share
    last = m.magnitude or m.number or m.whole or m.share
    return NumberSpan(first.start if first else m.start, last.end if last else m.end, value)
