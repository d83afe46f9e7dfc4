"""Numerals written as separate words (English: twenty-five, one hundred and twenty).

The counterpart of `numbers.parse_words` for languages that put spaces between words;
the words themselves come from a `NumeralRules` table. The grammar, by value:

    below a hundred   twenty-five, fifty - two, twelve, seven
    a group           (below a hundred | an article) + a small unit (+ and + below a hundred):
                      one hundred and twenty, a hundred, two dozen
    a number          groups closed by magnitudes, joined by spaces or 'and':
                      twenty-one trillion and three hundred, a million, two hundred and two thousand

'and' joins only after a small unit or a magnitude, so 'three and five' is two numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal

from un_report.rules.base import NumeralRules, alternation
from un_report.script import LETTER

JOIN = r"(?:\s*-\s*|\s+)"  # twenty-five, fifty - two, fifty two, one hundred


def _word(words: list[str]) -> str:
    """An alternation of whole words (sixty, not six in sixty)."""
    return alternation(words) + rf"(?!{LETTER})"


def _connective(numerals: NumeralRules) -> str:
    """What may join two groups: a connective word (hundred and twenty) or only a space."""
    if not numerals.connectives:
        return r"\s+"
    return rf"(?:\s+{_word(list(numerals.connectives))})?\s+"


def spaced_words_pattern(numerals: NumeralRules) -> str:
    """Regex for a numeral in words, well formed by the grammar of this module's docstring."""
    digits = numerals.digits
    units = _word([w for w, v in digits.items() if 1 <= v <= 9])
    teens = _word([w for w, v in digits.items() if 10 <= v <= 19])
    tens = _word([w for w, v in digits.items() if v >= 20 and v % 10 == 0])
    small = _word(list(numerals.small_units))
    mags = _word(list(numerals.magnitudes))
    article = _word(list(numerals.articles))
    AND = _connective(numerals)
    below_100 = rf"(?:{tens}(?:{JOIN}{units})?|{teens}|{units})"
    group = rf"(?:(?:{below_100}|{article}){JOIN}{small}(?:{AND}{below_100})?|{below_100})"
    closed = rf"(?:{group}{JOIN}{mags}|{article}{JOIN}{mags})"  # twenty-one trillion, a million
    number = rf"(?:{closed}(?:{AND}{closed})*(?:{AND}{group})?|{group})"
    return rf"(?:(?<!{LETTER}){number}(?!{LETTER}))"


def parse_spaced_words(text: str, numerals: NumeralRules) -> Decimal:
    """Value of a numeral in words: 'one hundred and twenty' → 120, 'twenty-five' → 25,
    'a dozen' → 12, 'twenty-one trillion and three hundred' → 21000000000300."""
    total = Decimal(0)
    group = Decimal(0)
    articles = {a.lower() for a in numerals.articles}
    for token in re.split(r"[\s\-]+", text.strip().lower()):
        if token in ("", *numerals.connectives) or token in articles:
            continue  # an article is the one its multiplier implies: (group or 1)
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
