"""Numerals written as separate words (English: twenty-five, one hundred and twenty).

The counterpart of `numbers.parse_words` for languages that put spaces between words;
the words themselves come from a `NumeralRules` table.
"""

from __future__ import annotations

import re
from decimal import Decimal

from un_report.rules.base import NumeralRules, alternation

JOINER = r"(?:[\s\-]+(?:and\s+)?)"  # twenty-five, one hundred and twenty


def spaced_words_pattern(numerals: NumeralRules) -> str:
    """Regex for a run of numeral words joined by spaces, hyphens or 'and'."""
    word = alternation([*numerals.digits, *numerals.small_units])
    return rf"(?:(?<![A-Za-z]){word}(?:{JOINER}{word})*(?![A-Za-z]))"


def parse_spaced_words(text: str, numerals: NumeralRules) -> Decimal:
    """Value of a numeral in words: 'one hundred and twenty' → 120, 'twenty-five' → 25."""
    total = Decimal(0)
    group = Decimal(0)
    for token in re.split(r"[\s\-]+", text.strip().lower()):
        if token in ("", "and"):
            continue
        if token in numerals.digits:
            group += Decimal(numerals.digits[token])
        elif token in numerals.small_units:
            group = (group or Decimal(1)) * numerals.small_units[token]
        elif token in numerals.magnitudes:
            total += (group or 1) * numerals.magnitudes[token]
            group = Decimal(0)
        else:
            raise ValueError(f"not a numeral: {text!r}")
    return total + group
