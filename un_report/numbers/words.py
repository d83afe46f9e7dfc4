"""Numerals written as separate words (twenty-five, cent vingt, doscientos, сто двадцать,
مائة وعشرون).

The counterpart of `numbers.parse_words` for languages that put spaces between words;
the words themselves come from a `NumeralRules` table. The grammar, by value:

    below a hundred   a word of its own (vingt-deux, treinta y cinco, veintiuno, خمسة وعشرون),
                      or a ten and a unit (twenty-five, fifty - two), a teen, a unit
    a group           (below a hundred | an article) + a small unit (+ connective + below a
                      hundred): one hundred and twenty, a hundred, deux cents;
                      a hundreds word (doscientos, двести, مائة) or a lone multiplier (cent,
                      mille), each + below a hundred: ciento veinte, сто двадцать
    a number          groups closed by magnitudes, joined by spaces or a connective:
                      twenty-one trillion and three hundred, a million, dos mil quinientos

A connective ('and') joins only after a small unit or a magnitude, so 'three and five' is
two numbers. A bound digit (French un, Spanish una: also the article) is a numeral only
inside one or before a multiplier (un million), never alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from un_report.rules.base import NumeralRules, alternation
from un_report.script import LETTER

JOIN = r"(?:\s*-\s*|\s+)"  # twenty-five, fifty - two, fifty two, one hundred


def _word(words: list[str] | tuple[str, ...]) -> str:
    """An alternation of whole words (sixty, not six in sixty); a hyphen inside a word may
    be written as a space (quatre-vingt-dix, quatre vingt dix)."""
    return alternation(words).replace(r"\-", JOIN) + rf"(?!{LETTER})"


def _connective(numerals: NumeralRules) -> str:
    """What may join two groups: a connective word (hundred and twenty), one written
    joined to the next word (Arabic و: مائة وعشرون), or only a space."""
    options = [r"\s+"]
    if numerals.connectives:
        options.insert(0, rf"\s+{_word(list(numerals.connectives))}\s+")
    if numerals.joined_connectives:
        options.insert(0, rf"\s+{alternation(numerals.joined_connectives)}")
    return "(?:" + "|".join(options) + ")"


def spaced_words_pattern(numerals: NumeralRules) -> str:
    """Regex for a numeral in words, well formed by the grammar of this module's docstring."""
    digits = numerals.digits
    units = _word([w for w, v in digits.items() if 1 <= v <= 9])
    teens = _word([w for w, v in digits.items() if 10 <= v <= 19])
    tens = _word([w for w, v in digits.items() if 20 <= v <= 90 and v % 10 == 0])
    own = _word([w for w, v in digits.items() if 20 < v < 100 and v % 10])  # vingt-deux
    hundreds = _word([w for w, v in digits.items() if v >= 100])  # doscientos, двести
    small = _word(list(numerals.small_units))
    mags = _word(list(numerals.magnitudes))
    lone_small = _word([w for w in numerals.lone_multipliers if w in numerals.small_units])
    lone_mags = _word([w for w in numerals.lone_multipliers if w in numerals.magnitudes])
    article = _word(list(numerals.articles))
    AND = _connective(numerals)
    below_100 = rf"(?:{own}|{tens}(?:{JOIN}{units})?|{teens}|{units})"
    multiplied = rf"(?:(?:{below_100}|{article}){JOIN}{small}|{lone_small}|{hundreds})"
    group = rf"(?:{multiplied}(?:{AND}{below_100})?|{below_100})"
    closed = rf"(?:(?:{group}|{article}){JOIN}{mags}|{lone_mags})"  # twenty-one trillion, a million, mille
    number = rf"(?:{closed}(?:{AND}{closed})*(?:{AND}{group})?|{group})"
    bound = (
        rf"(?!{_word(numerals.bound_digits)}(?!{JOIN}(?:{small}|{mags})))"  # un pays: the article
        if numerals.bound_digits
        else ""
    )
    return rf"(?:(?<!{LETTER}){bound}{number}(?!{LETTER}))"


def _token(numerals: NumeralRules) -> re.Pattern[str]:
    """One word of a numeral, longest first (quatre-vingt-dix before quatre), after the
    space or hyphen before it; or a connective, spelled apart or joined to the next word."""
    cached = _TOKENS.get(id(numerals))
    if cached is not None and cached[0] is numerals:
        return cached[1]
    vocabulary = [*numerals.digits, *numerals.small_units, *numerals.magnitudes, *numerals.articles]
    joined = rf"|(?P<joined>{alternation(numerals.joined_connectives)})" if numerals.joined_connectives else ""
    pattern = re.compile(
        rf"[\s\-]*(?:(?P<word>{_word(vocabulary)})|(?P<connective>{_word(list(numerals.connectives))}){joined})",
        re.IGNORECASE,
    )
    _TOKENS[id(numerals)] = (numerals, pattern)
    return pattern


# Compiled per rules table (a NumeralRules holds dicts, so it cannot be a cache key itself).
_TOKENS: dict[int, tuple[NumeralRules, re.Pattern[str]]] = {}
_TABLES: dict[int, tuple[NumeralRules, _Tables]] = {}


def _fold(word: str) -> str:
    """A word as looked up: lower case, hyphens and runs of spaces as one space."""
    return re.sub(r"\s*-\s*|\s+", " ", word).lower()


def _lookup(table: dict[str, int], word: str) -> int | None:
    return table.get(_fold(word))


def parse_spaced_words(text: str, numerals: NumeralRules) -> Decimal:
    """Value of a numeral in words: 'one hundred and twenty' → 120, 'twenty-five' → 25,
    'a dozen' → 12, 'quatre-vingt-dix' → 90, 'dos mil quinientos millones' → 2500000000."""
    closed: list[tuple[int, Decimal]] = []  # (magnitude, value) of the groups closed so far
    group = Decimal(0)
    tables = _tables(numerals)
    token = _token(numerals)
    pos, text = 0, text.strip()
    while pos < len(text):
        m = token.match(text, pos)
        if m is None or m.end() == pos:
            raise ValueError(f"not a numeral: {text!r}")
        pos = m.end()
        word = m["word"]
        if word is None or _lookup(tables.articles, word) is not None:
            continue  # a connective; an article is the one its multiplier implies: (group or 1)
        if (value := _lookup(tables.digits, word)) is not None:
            group += value
        elif (value := _lookup(tables.small_units, word)) is not None:
            group = (group or Decimal(1)) * value
        elif (value := _lookup(tables.magnitudes, word)) is not None:
            # a magnitude multiplies its group and every group closed by a smaller one since
            # the last larger one: dos mil quinientos millones, cinco mil doscientos millones
            while closed and closed[-1][0] < value:
                group += closed.pop()[1]
            closed.append((value, (group or Decimal(1)) * value))
            group = Decimal(0)
        else:
            raise ValueError(f"not a numeral: {text!r}")
    return sum((v for _, v in closed), Decimal(0)) + group


class _Tables:
    """The rule tables with lower-case keys, for lookups of words as written."""

    def __init__(self, numerals: NumeralRules) -> None:
        self.digits = {_fold(k): v for k, v in numerals.digits.items()}
        self.small_units = {_fold(k): v for k, v in numerals.small_units.items()}
        self.magnitudes = {_fold(k): v for k, v in numerals.magnitudes.items()}
        self.articles = {_fold(k): 1 for k in numerals.articles}


def _tables(numerals: NumeralRules) -> _Tables:
    cached = _TABLES.get(id(numerals))
    if cached is None or cached[0] is not numerals:
        cached = _TABLES[id(numerals)] = (numerals, _Tables(numerals))
    return cached[1]
