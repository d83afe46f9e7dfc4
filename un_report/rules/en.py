"""English rule tables: layout, numerals in words, qualifiers, currencies, units and the
contexts where a number is no figure. The engines read these; adding a word is one line."""

from __future__ import annotations

from decimal import Decimal

from un_report.rules.base import (
    NOTHING,
    Currency,
    FigureRules,
    LanguageRules,
    LayoutRules,
    NumeralRules,
    SubjectRules,
)
from un_report.script import CYRILLIC_LOOKALIKES

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
    # Chapter II, or a bare Roman numeral: I. Introduction (a lone I., V., X. may be a section letter)
    chapter=r"^(?:Chapter\s+(?P<numeral>[IVXLC]+)\b\.?|(?P<roman>[IVXLC]+)\.(?=\s+[A-Z\d\u201c\"(]|$))(?:\s+(?P<title>\S.*))?$",
    section=r"^(?P<letter>[A-Z])\.\s+(?P<title>[A-Z].*)$",
    sentence_end=".!?;:",
    max_heading_chars=120,
    # searched in the whole text: the session word starts a word and is bounded, so the
    # search stays linear in a text without one (a run of letters is tried once, not per letter)
    session_symbol=(
        r"(?<![a-z-])(?P<printed>(?P<session>[a-z-]{1,40}|\d{1,4})(?:st|nd|rd|th)?\s+session)\W+supplement\s+no\.\s*"
        r"(?P<supplement>\d{1,4})"
    ),
    confusables=CYRILLIC_LOOKALIKES,
    date=r"(?<!\d)(?P<dd>\d{1,2})\s+(?P<mon>[A-Z][a-z]+)\s+(?P<yyyy>(?:19|20)\d{2})(?!\d)",
    months={m: i for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"], start=1)},
    # Eightieth session, Annual session 2025, 2025 session, Resumed session of 2025
    session=r"^(?:[\w-]+\s+){0,3}session\b(?:\s+(?:of\s+)?\d{4})?(?:\s*\S{0,2})?$",
    # Item 23 (a) of the preliminary list*, Agenda items 14 and 116, Provisional agenda item 4
    agenda=r"^(?:provisional\s+)?(?:agenda\s+)?items?\s+\d+.*$",
    part=r"""^(?P<label>
        (?:annex|appendix|enclosure|attachment)(?:es)?(?:\s+(?:[IVXLC]+|\d{1,2}|[A-Z])\b)?
      | part\s+(?:one|two|three|four|five|[IVX]+|\d)\b
      | draft\s+(?:decisions?|resolutions?)(?:\s+(?:[IVXLC]+|\d{1,3}(?:/\d+)?)\b)?
    )[.:]?(?:\s+(?P<title>\S.*))?$""",
    not_found=r"\bdocument\s+you\s+are\s+looking\s+for\s+does\s+not\s+exist\b",
    exhibit=r"^(?:Table|Figure|Chart|Graph|Map|Diagram)\s+(?:[IVXLC]+|\d{1,3}(?:\.\d{1,2})?|[A-Z](?:\.\d{1,2})?)\b[.:]?(?:\s+\S.*)?$",
    exhibit_note=r"^(?:Sources?|Notes?|Abbreviations?|Key)\s*:",
    contents=r"^(?:table\s+of\s+)?contents$",
)

NUMERALS = NumeralRules(
    digits={w: i for i, w in enumerate(_UNITS) if w}
    | {w: 10 + i for i, w in enumerate(_TEENS)}
    | {w: 10 * i for i, w in enumerate(_TENS) if w},  # no "zero": in reports it names things (Zero Hunger)
    small_units={"hundred": 100, "dozen": 12},  # two dozen, a hundred
    magnitudes={"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12},
    ordinals=_ordinals(),
    signs=("-", "minus ", "negative "),  # a sign word takes the space after it: minus 5
    articles=("a", "an"),  # a hundred, a dozen, a million
    connectives=("and",),  # one hundred and twenty
    decimal_mark=".",
    group_separators=" ,\u00a0\u2009\u202f",  # 35,000, 35 000 and no-break and thin spaces
    fraction_tails={
        "and a half": Decimal("0.5"), "and one half": Decimal("0.5"),
        "and a quarter": Decimal("0.25"), "and three quarters": Decimal("0.75"),
    },
)

# Fractions in words, as shares: numerator one to nine over a denominator half to tenth.
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
# "a" stands for one only before the denominators used as shares (a third of the world);
# before the others it is the ordinal's article (a fourth session, a sixth round).
_ARTICLE_DENOMINATORS = ("half", "third", "quarter", "fifth")


def _shares() -> dict[str, Decimal | int]:
    """half → 50, one third → 33.3…, three fifths → 60, two-thirds, five - eighths."""
    table: dict[str, Decimal | int] = {"half": 50}
    numerators = [(w, n) for n, w in enumerate(_UNITS) if w] + [("a", 1)]
    for word, n in numerators:
        for den, d in _DENOMINATORS.items():
            if word == "a" and den not in _ARTICLE_DENOMINATORS:
                continue
            if den == "half" and n > 1:
                continue  # three halves: not a share
            plural = den if n == 1 else den + "s"
            share = Decimal(100) * n / d
            for joiner in (" ", "-", " - "):
                table[f"{word}{joiner}{plural}"] = share
    return table


# Physical measures: area, length, mass, volume, power. A count with one of these is a measure.
MEASURE_UNITS: tuple[str, ...] = (
    "hectares", "hectare", "tonnes", "tonne", "tons", "ton", "metric tons", "metric tonnes",
    "square metres", "square metre", "square meters", "square meter", "square kilometres",
    "square kilometre", "square kilometers", "square kilometer", "m²", "km²",
    "m2", "km2",  # m² and km² with the superscript lost
    "km", "kilometres", "kilometre", "kilometers", "kilometer", "metres", "metre", "meters",
    "meter", "kilograms", "kilogram", "kg", "litres", "litre", "liters", "liter",
    "cubic metres", "cubic meters", "megawatts", "gigawatts", "kilowatts", "megawatt", "MW",
    "acres", "acre", "miles", "mile", "nautical miles",
    # as adjectives: a 10-hectare farm, a three-ton satellite
    "-hectare", "-kilometre", "-kilometer", "-metre", "-meter", "-tonne", "-ton", "-megawatt",
    "-acre", "-mile",
)
# Durations and repetitions.
_OTHER_UNITS = (
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
    "minutes", "minute", "seconds", "times", "-fold", "fold",
    # as adjectives: an 11-week course, a 10-year plan
    "-year", "-month", "-week", "-day", "-hour", "-minute",
)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_USD = Currency("USD")
# ISO 4217 codes written before or after an amount (HRK 1,250,000.00); not those that are
# also English words or abbreviations matched without case (ALL, TOP, CUP, COP, SAR, MAD …).
_ISO_CODES = (
    "HRK", "INR", "ZAR", "BRL", "MXN", "KRW", "RUB", "SEK", "NOK", "DKK", "NZD", "SGD", "HKD",
    "XOF", "XAF", "KES", "NGN", "EGP", "PKR", "BDT", "THB", "IDR", "MYR", "ARS", "CLP", "AED",
    "QAR", "KWD", "JOD", "UAH", "PLN", "CZK", "HUF", "BGN", "RSD", "ETB", "UGX", "TZS", "GHS",
    "TND", "DZD", "LBP", "SYP", "IQD", "IRR", "AFN", "NPR", "LKR", "MMK", "KHR", "VND", "XDR",
)
# Dollars of other countries, by the letters before the dollar sign (C$ 16.4 million).
_DOLLARS = {"US": "USD", "C": "CAD", "A": "AUD", "HK": "HKD", "NZ": "NZD", "Mex": "MXN"}
_CENT = Currency("USD", Decimal("0.01"))
_PENNY = Currency("GBP", Decimal("0.01"))

FIGURES = FigureRules(
    qualifiers_before={
        "more than": "over", "over": "over", "at least": "over", "in excess of": "over",
        "upwards of": "over", "exceeding": "over",
        "fewer than": "under", "less than": "under", "under": "under", "up to": "under",
        "no more than": "under", "not more than": "under", "not to exceed": "under",
        "not exceeding": "under",
        "below": "under", "nearly": "approx", "almost": "approx", "about": "approx",
        "approximately": "approx", "some": "approx", "around": "approx", "roughly": "approx",
        "close to": "approx", "an estimated": "approx", "estimated": "approx",
    },
    qualifiers_after={"or more": "over", "or longer": "over", "or fewer": "under", "or less": "under"},
    qualifiers_between={},
    qualifier_guards={},
    currencies_before={
        "USD": _USD, "$": _USD, "€": Currency("EUR"), "EUR": Currency("EUR"),
        "£": Currency("GBP"), "GBP": Currency("GBP"), "CHF": Currency("CHF"),
        "¥": Currency("JPY"), "JPY": Currency("JPY"), "CNY": Currency("CNY"),
        "RMB": Currency("CNY"), "CAD": Currency("CAD"), "AUD": Currency("AUD"),
        "Euro": Currency("EUR"),  # Euro131 million
    }
    | {code: Currency(code) for code in _ISO_CODES}
    | {f"{letters}$": Currency(iso) for letters, iso in _DOLLARS.items()}
    # US $ 150 million; not "A $": there "a" is the article (a $ 300 million contract)
    | {f"{letters} $": Currency(iso) for letters, iso in _DOLLARS.items() if letters != "A"}
    | {f"${letters}": Currency(iso) for letters, iso in _DOLLARS.items()},  # $A45,000, $US 3 million
    currencies_after={
        "dollars": _USD, "United States dollars": _USD, "US dollars": _USD, "USD": _USD,
        "dollar": _USD, "United States dollar": _USD, "US dollar": _USD,
        "euros": Currency("EUR"), "euro": Currency("EUR"), "EUR": Currency("EUR"),
        "pounds sterling": Currency("GBP"), "pounds": Currency("GBP"),
        "Swiss francs": Currency("CHF"), "CHF": Currency("CHF"), "yen": Currency("JPY"),
        "yuan": Currency("CNY"), "Chinese yuan": Currency("CNY"), "renminbi": Currency("CNY"),
        "RMB": Currency("CNY"), "cents": _CENT, "cent": _CENT, "pence": _PENNY, "penny": _PENNY,
        "Canadian dollars": Currency("CAD"), "Australian dollars": Currency("AUD"),
        "roubles": Currency("RUB"), "rupees": Currency("INR"), "rand": Currency("ZAR"),
        # as adjectives: a 12-cent dividend, a one-yen bid
        "-cent": _CENT, "-dollar": _USD, "-euro": Currency("EUR"), "-yen": Currency("JPY"),
        **{code: Currency(code) for code in _ISO_CODES},  # 25,000 SEK
        # vague amounts of money: billions of dollars
        "of dollars": _USD, "of United States dollars": _USD, "of euros": Currency("EUR"),
    },
    percent_before=(),
    percent_after=("%", "per cent", "percent", "percents", "percentage points", "percentage point"),
    fraction_marker="",
    ratio_marker="in",  # one in five children
    share_words=_shares(),
    share_suffixes={},
    share_suffix_guards=(),
    units=(*MEASURE_UNITS, *_OTHER_UNITS),
    year_unit="",
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
        # reference nouns of UN documents: (see para. 27), agenda item 68, observation post 54
        "para.", "paras.", "section", "sections", "annexes", "appendix", "rules", "action",
        "actions", "recommendation", "recommendations", "figure", "table", "tables", "chapters",
        "volume", "segment", "post", "box", "footnote", "footnotes", "Protocols", "p.", "pp.",
        "art.", "arts.", "Supplement", "Supplements", "regulation", "regulations", "Title", "Agenda",
        "Act", "schedule", "schedules",  # Schedule 2 of the Contract
    ),
    code_prefixes=("post-", "pre-", "mid-"),  # the post-2015 agenda, the mid-1990s
    list_joiners=("and", "or", "&"),
    list_separators=(",",),
    non_figure_spans=(
        # a time of day: 3 p.m., 6:15 p.m., 11.20 a.m., 10:30
        r"(?<![\d.:])\d{1,2}(?:[.:]\d{2})?\s*[ap]\.\s?m\.?|(?<![\d.:])\d{1,2}:\d{2}(?![\d:])",
        r"(?<![\d.,])[0-2]\d[0-5]\d\s+hours",  # 1100 hours
        r"(?<=\bat\s)[0-2]\d[0-5]\d(?=[,;])",  # At 0300, the group attacked: a time of day
        # a short number in brackets glued to a code or word: IVO BP22(3), a sub-reference
        r"(?<=[^\W_])\(\d{1,2}\)",
        # a footnote marker glued to the word or mark before it: website.3, Committee,22
        r"(?<=[^\W\d_][.,;:\"”’)])\d{1,3}(?![\d.,])",
        # a name of capitals and a short number: COP 12, GEF 6 (not a currency code: CHF 300)
        rf"(?-i:\b(?!{'|'.join(('USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'RMB', 'CAD', 'AUD', *_ISO_CODES))})"
        r"[A-Z]{2,6}\s\d{1,3}(?![\d.,]))",
        # a telephone number starts with its country or area code: +1 212 963 1234, (212) 963-5012
        r"(?:\+\d{1,3}|\(\d{2,4}\))[\s\d()\-]{6,}\d",
    ),
    non_figure_followers=(),
    month_followers=_MONTHS,
    month_words_before=_MONTHS,
    lexical_exclusions=(
        "one of", "one another", "no one", "one or more", "one hand", "each one", "any one",
        "the one", "one-off", "one-year", "one day", "at one", "one such",
        "this one", "that one", "which one", "one's",  # one as a pronoun
        "first half", "second half",  # of a year
        "half a century", "half century",  # fifty years, no share
        "and a half",  # a year and a half: a duration, not a share (2 and a half: fraction_tails)
    ),
    words_need_unit=False,
)

SUBJECTS = SubjectRules(
    stop_words=(
        "in", "on", "at", "for", "from", "to", "with", "by", "of", "that", "which", "who",
        "were", "was", "are", "is", "have", "has", "had", "across", "through", "including",
        "as", "per", "into", "under", "over", "during", "since", "than", "and", "or", "while",
        "received", "benefited", "participated", "took", "worldwide", "each", "every",
        "until", "annually", "out", "needed", "after", "before", "between", "among", "against",
        "be", "been", "will", "would", "could", "can", "not", "it", "they", "we", "this", "these",
        "a", "an", "the",
    ),
    joiners=("and",),
    linker="",
    max_chars=60,
    phrase_marks=",;:()“”\"!?",
)

RULES = LanguageRules(
    lang="en", layout=LAYOUT, numerals=NUMERALS, figures=FIGURES, subjects=SUBJECTS,
    script=NOTHING, spaced=True,
)
