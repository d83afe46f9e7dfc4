"""English rule tables: layout, numerals in words, qualifiers, currencies, units and the
contexts where a number is no figure. The engines read these; adding a word is one line."""

from __future__ import annotations

from decimal import Decimal

from un_report.rules.base import (
    Currency,
    FigureRules,
    LanguageRules,
    LayoutRules,
    NumeralRules,
    SubjectRules,
)

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
    digits={w: i for i, w in enumerate(_UNITS) if w}
    | {w: 10 + i for i, w in enumerate(_TEENS)}
    | {w: 10 * i for i, w in enumerate(_TENS) if w}
    | {"dozen": 12},  # no "zero": in reports it names things (Zero Hunger)
    small_units={"hundred": 100},
    magnitudes={"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12},
    ordinals=_ordinals(),
)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_USD = Currency("USD")

FIGURES = FigureRules(
    qualifiers_before={
        "more than": "over", "over": "over", "at least": "over", "in excess of": "over",
        "upwards of": "over", "exceeding": "over",
        "fewer than": "under", "less than": "under", "under": "under", "up to": "under",
        "below": "under", "nearly": "approx", "almost": "approx", "about": "approx",
        "approximately": "approx", "some": "approx", "around": "approx", "roughly": "approx",
        "close to": "approx", "an estimated": "approx", "estimated": "approx",
    },
    qualifiers_after={"or more": "over", "or fewer": "under", "or less": "under"},
    qualifiers_between={},
    qualifier_guards={},
    currencies_before={
        "US$": _USD, "USD": _USD, "$": _USD, "€": Currency("EUR"), "EUR": Currency("EUR"),
        "£": Currency("GBP"), "GBP": Currency("GBP"), "CHF": Currency("CHF"),
        "¥": Currency("JPY"), "JPY": Currency("JPY"), "CNY": Currency("CNY"),
        "RMB": Currency("CNY"), "CAD": Currency("CAD"), "C$": Currency("CAD"),
        "AUD": Currency("AUD"), "A$": Currency("AUD"),
    },
    currencies_after={
        "dollars": _USD, "United States dollars": _USD, "US dollars": _USD, "USD": _USD,
        "euros": Currency("EUR"), "euro": Currency("EUR"), "EUR": Currency("EUR"),
        "pounds sterling": Currency("GBP"), "pounds": Currency("GBP"),
        "Swiss francs": Currency("CHF"), "CHF": Currency("CHF"), "yen": Currency("JPY"),
        "yuan": Currency("CNY"), "renminbi": Currency("CNY"), "cents": Currency("USD", Decimal("0.01")),
        "Canadian dollars": Currency("CAD"), "Australian dollars": Currency("AUD"),
        "roubles": Currency("RUB"), "rupees": Currency("INR"), "rand": Currency("ZAR"),
        # vague amounts of money: billions of dollars
        "of dollars": _USD, "of United States dollars": _USD, "of euros": Currency("EUR"),
    },
    percent_before=(),
    percent_after=("%", "per cent", "percent", "percentage points", "percentage point"),
    fraction_marker="",
    share_words={
        "half": 50, "one half": 50, "a half": 50, "a quarter": 25, "one quarter": 25,
        "a third": Decimal("100") / 3, "one third": Decimal("100") / 3,
        "two thirds": Decimal("200") / 3, "three quarters": 75, "one fifth": 20, "a fifth": 20,
    },
    share_suffixes={},
    share_suffix_guards=(),
    units=(
        "hectares", "hectare", "tonnes", "tonne", "tons", "metric tons", "square metres",
        "square metre", "square kilometres", "square kilometers", "square meters", "m²", "km²",
        "km", "kilometres", "kilometers", "metres", "meters", "litres", "megawatts",
        "gigawatts", "kilowatts", "years", "year", "months", "month", "weeks", "week", "days",
        "day", "hours", "hour", "minutes", "minute", "seconds", "times",
        # as adjectives: an 11-week course, a 10-year plan
        "-year", "-month", "-week", "-day", "-hour", "-minute", "-hectare", "-kilometre",
    ),
    year_unit="",
    year_range=(1000, 2199),
    bare_year_range=(1900, 2100),
    range_joiners=("-", "–", "—", "to", "and"),
    vague_prefixes=(),
    vague_words=(
        "tens of thousands", "hundreds of thousands", "tens of millions", "hundreds of millions",
        "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores",
    ),
    ordinal_prefixes=(
        "resolution", "resolutions", "decision", "decisions", "paragraph", "paragraphs",
        "article", "articles", "chapter", "annex", "page", "pages", "No.", "Nos.", "number",
        "Goal", "Goals", "SDG", "Group of", "item", "items", "rule", "principle", "Protocol",
    ),
    non_figure_followers=(),
    month_followers=_MONTHS,
    month_words_before=_MONTHS,
    lexical_exclusions=(
        "one of", "one another", "no one", "one or more", "one hand", "each one", "any one",
        "the one", "one-off", "one-year", "one day", "at one", "one such",
    ),
    words_need_unit=False,
)

SUBJECTS = SubjectRules(
    stop_words=(
        "in", "on", "at", "for", "from", "to", "with", "by", "of", "that", "which", "who",
        "were", "was", "are", "is", "have", "has", "had", "across", "through", "including",
        "as", "per", "into", "under", "over", "during", "since", "than", "and", "or", "while",
        "received", "benefited", "participated", "took", "worldwide", "each", "every",
    ),
    linker="",
    max_chars=60,
)

RULES = LanguageRules(
    lang="en", layout=LAYOUT, numerals=NUMERALS, figures=FIGURES, subjects=SUBJECTS,
    script="(?!)", spaced=True,
)
