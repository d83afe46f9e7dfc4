"""English rule tables. Layout and numerals for segmenting English reports; figure rules
are not written yet (FIGURES is None), so English units yield no figures."""

from __future__ import annotations

from un_report.rules.base import LanguageRules, LayoutRules, NumeralRules

_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNIT_ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                  "eighth", "ninth"]
_TEEN_ORDINALS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                  "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_TEN_ORDINALS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
                 "seventieth", "eightieth", "ninetieth"]


def _ordinals() -> dict[str, int]:
    """first … ninety-ninth → 1 … 99, as session numbers are spelled (Eightieth Session)."""
    table = {w: i for i, w in enumerate(_UNIT_ORDINALS) if w}
    table.update({w: 10 + i for i, w in enumerate(_TEEN_ORDINALS)})
    for t in range(2, 10):
        table[_TEN_ORDINALS[t]] = 10 * t
        for u in range(1, 10):
            table[f"{_TENS[t]}-{_UNIT_ORDINALS[u]}"] = 10 * t + u
    return table


LAYOUT = LayoutRules(
    chapter=r"^Chapter\s+[IVXLC]+\b\.?(?:\s+(?P<title>\S.*))?$",
    section=r"^(?P<letter>[A-Z])\.\s+(?P<title>[A-Z].*)$",
    sentence_end=".!?;:",
    max_heading_chars=120,
    symbol=r"(?<![A-Za-z0-9/])A/\d{2,3}/\d+(?:/Add\.\d+)?(?![0-9/])",
    session_symbol=r"(?P<session>[a-z-]+|\d+)(?:st|nd|rd|th)?\s+session\W+supplement\s+no\.\s*(?P<supplement>\d+)",
    confusables={"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M"},
)

NUMERALS = NumeralRules(
    digits={w: i for i, w in enumerate(_UNITS) if w} | {"zero": 0},
    small_units={"hundred": 100},
    magnitudes={"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12},
    ordinals=_ordinals(),
)

RULES = LanguageRules(
    lang="en", layout=LAYOUT, numerals=NUMERALS, figures=None, subjects=None, script="(?!)"
)
