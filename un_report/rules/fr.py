"""French rule tables: layout, numerals in words, qualifiers, currencies, units and the
contexts where a number is no figure. The engines read these; adding a word is one line.

French writes 22,2 % (decimal comma) and 1 234 567 (a space or a narrow no-break space
between groups), and spells its numerals with hyphens and "et": vingt et un,
soixante-dix, quatre-vingt-dix-neuf, deux cent cinquante, trois millions.
"""

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

_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
          "dix-huit", "dix-neuf"]
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def _below_hundred() -> dict[str, int]:
    """Every numeral word from one to ninety-nine, as French spells it: vingt et un,
    vingt-deux, soixante et onze, quatre-vingts, quatre-vingt-dix-neuf; the feminine une
    and the hyphenated spellings of the 1990 reform (vingt-et-un) too."""
    table = {w: i for i, w in enumerate(_UNITS) if w} | {"une": 1}
    table |= {w: 10 + i for i, w in enumerate(_TEENS)}
    tens = dict(_TENS)
    for value, word in _TENS.items():
        table[word] = value
    # Seventy and ninety count on from sixty and eighty (soixante-dix, quatre-vingt-dix).
    bases = {**{v: (w, 0) for v, w in tens.items()}, 70: ("soixante", 10), 80: ("quatre-vingt", 0),
             90: ("quatre-vingt", 10)}
    for ten, (word, offset) in bases.items():
        for n in range(1, 10):
            value = ten + n
            rest = offset + n  # the part written after the base: un … neuf, onze … dix-neuf
            tail = _UNITS[rest] if rest < 10 else _TEENS[rest - 10]
            if rest == 1 and ten < 80:  # vingt et un, soixante et onze
                forms = [f"{word} et un", f"{word}-et-un", f"{word} et une", f"{word}-et-une"]
            elif rest == 11 and ten == 70:
                forms = [f"{word} et onze", f"{word}-et-onze"]
            else:
                forms = [f"{word}-{tail}"] + ([f"{word}-une"] if rest == 1 else [])
            table.update(dict.fromkeys(forms, value))
        if offset:
            table[f"{word}-dix"] = ten  # soixante-dix, quatre-vingt-dix
    table["quatre-vingts"] = table["quatre-vingt"] = 80
    # Belgian and Swiss French
    table |= {"septante": 70, "huitante": 80, "octante": 80, "nonante": 90}
    return table


LAYOUT = LayoutRules(
    chapter=r"^(?:Chapitre\s+(?P<numeral>[IVXLC]+)\b\.?|(?P<roman>[IVXLC]+)\.(?=\s+[A-ZÀ-Ý\d\u00ab\u201c\"(]|$))(?:\s+(?P<title>\S.*))?$",
    section=r"^(?P<letter>[A-Z])\.\s+(?P<title>[A-ZÀ-Ý].*)$",
    sentence_end=".!?;:",
    max_heading_chars=120,
    # Quatre-vingtième session … Supplément no 1 (no, nº, n° or No)
    session_symbol=(
        r"(?<![a-zà-ÿ-])(?P<printed>(?P<session>[a-zà-ÿ-]{1,40}|\d{1,4})(?:e|ème)?\s+session)\W+"
        r"suppl[ée]ment\s+n[o°º]\.?\s*(?P<supplement>\d+)"
    ),
    confusables=CYRILLIC_LOOKALIKES,
    # page 1's date: 23 mai 1980, 1er juillet 2025 (a scan's OCR may drop the accents: fevrier)
    date=r"(?<!\d)(?P<dd>\d{1,2})(?:er)?\s+(?P<mon>[A-Za-zéèûÉÈÛ]+)\s+(?P<yyyy>(?:19|20)\d{2})(?!\d)",
    months={m: i for i, names in enumerate(
        [("janvier",), ("février", "fevrier"), ("mars",), ("avril",), ("mai",), ("juin",), ("juillet",),
         ("août", "aout"), ("septembre",), ("octobre",), ("novembre",), ("décembre", "decembre")], start=1)
        for m in names},
    # Soixante-dix-neuvième session, Session de 2025, Session annuelle de 2025
    session=r"^(?:[\w-]+\s+){0,3}session\b(?:\s+(?:\w+\s+)?(?:de\s+)?\d{4})?(?:\s*\S{0,2})?$",
    # Point 23 de l'ordre du jour provisoire, Points 14 et 116 de l'ordre du jour
    agenda=r"^points?\s+\d+\b.*\bordre\s+du\s+jour.*$",
    # a table's or chart's caption, and a note under it: set aside with the exhibit
    exhibit=r"^(?:Tableau|Figure|Graphique|Carte|Diagramme)\s+(?:[IVXLC]+|\d{1,3}(?:\.\d{1,2})?)\b[.:]?(?:\s+\S.*)?$",
    exhibit_note=r"^(?:Sources?|Notes?|Abréviations?)\s*:",
    contents=r"^table\s+des\s+matières$",
)

def _ordinal(cardinal: str) -> str:
    """The ordinal of a cardinal word: quatre → quatrième, cinq → cinquième, neuf → neuvième,
    quatre-vingts → quatre-vingtième, vingt et un → vingt et unième."""
    word = cardinal.removesuffix("s") if cardinal.endswith("vingts") else cardinal
    if word.endswith("cinq"):
        word += "u"
    elif word.endswith("neuf"):
        word = word[:-1] + "v"
    elif word.endswith("e"):
        word = word[:-1]
    return word + "ième"


def _ordinals() -> dict[str, int]:
    """premier … quatre-vingt-dix-neuvième → 1 … 99, as session numbers are spelled."""
    table = {"premier": 1, "première": 1, "second": 2, "seconde": 2}
    for word, value in _below_hundred().items():
        if value > 1 and not word.endswith("une"):
            table[_ordinal(word)] = value
    return table


NUMERALS = NumeralRules(
    digits=_below_hundred(),
    small_units={"cent": 100, "cents": 100, "douzaine": 12, "douzaines": 12},
    magnitudes={
        "mille": 10**3, "mil": 10**3, "millier": 10**3,  # plus d'un millier: over a thousand
        "million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9,
        "billion": 10**12, "billions": 10**12,
    },
    ordinals=_ordinals(),
    signs=("-", "−", "moins "),
    # un, une are the article as often as the number: alone they are no numeral, only
    # inside one (vingt et un, un million).
    bound_digits=("un", "une"),
    lone_multipliers=("cent", "mille"),  # cent pays, mille participants
    decimal_mark=",",  # 22,2 %
    group_separators=" \u00a0\u2009\u202f",  # 1 234 567, with a (narrow) no-break space too
    fraction_tails={"et demi": Decimal("0.5"), "et demie": Decimal("0.5")},
)

# Fractions in words, as shares: un tiers, deux tiers, trois quarts, la moitié.
_DENOMINATORS = {3: ("tiers", "tiers"), 4: ("quart", "quarts"), 5: ("cinquième", "cinquièmes"),
                 10: ("dixième", "dixièmes")}


def _shares() -> dict[str, Decimal | int]:
    table: dict[str, Decimal | int] = {"moitié": 50}  # la moitié: the article is no part of it
    for d, (singular, plural) in _DENOMINATORS.items():
        table[f"un {singular}"] = table[f"le {singular}"] = Decimal(100) / d
        for n in range(2, d):
            table[f"{_UNITS[n]} {plural}"] = Decimal(100) * n / d
    return table


MEASURE_UNITS: tuple[str, ...] = (
    "hectares", "hectare", "ha", "tonnes", "tonne", "tonnes métriques", "t",
    "kilomètres carrés", "kilomètre carré", "km²", "km2", "mètres carrés", "mètre carré", "m²", "m2",
    "kilomètres", "kilomètre", "km", "mètres", "mètre", "m", "centimètres", "centimètre", "cm",
    "millimètres", "millimètre", "mm", "kilogrammes", "kilogramme", "kg",
    "litres", "litre", "mètres cubes", "mégawatts", "MW", "gigawatts", "kilowatts",
    # with "de" after a magnitude: 2 millions d'hectares, 3 millions de tonnes
    "d'hectares", "d’hectares", "de tonnes", "de kilomètres", "de mètres cubes", "de litres",
)
_OTHER_UNITS = (
    "ans", "an", "années", "année", "mois", "semaines", "semaine", "jours", "jour",
    "heures", "heure", "minutes", "minute", "secondes", "fois",
    "d'années", "d’années", "de jours",
)
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre")
_USD = Currency("USD")
_EUR = Currency("EUR")


def _after_magnitude(table: dict[str, Currency]) -> dict[str, Currency]:
    """Each currency word also with the "de"/"d'" a magnitude puts before it: 3 millions de
    dollars, 2 milliards d'euros."""
    out = dict(table)
    for word, currency in table.items():
        if word[:1] in "aeiouéAEIOUÉ":
            out[f"d'{word}"] = out[f"d’{word}"] = currency
        else:
            out[f"de {word}"] = currency
    return out


FIGURES = FigureRules(
    qualifiers_before={
        "plus de la": "over", "près de la": "approx", "moins de la": "under",  # plus de la moitié
        "plus de": "over", "au moins": "over", "pas moins de": "over",
        "plus d'": "over", "plus d’": "over", "un peu plus de": "over", "supérieur à": "over",
        "moins de": "under", "moins d'": "under", "moins d’": "under", "au plus": "under",
        "au maximum": "under", "pas plus de": "under",
        "près de": "approx", "environ": "approx", "quelque": "approx", "presque": "approx",
        "approximativement": "approx", "autour de": "approx", "quasiment": "approx",
        "pratiquement": "approx", "à peu près": "approx", "de l'ordre de": "approx",
        "de l’ordre de": "approx", "une estimation de": "approx",
    },
    qualifiers_after={"ou plus": "over", "au moins": "over", "environ": "approx", "ou moins": "under"},
    qualifiers_between={},
    qualifier_guards={},
    currencies_before={
        "$": _USD, "$ É.-U.": _USD, "$ US": _USD, "US$": _USD, "USD": _USD, "€": _EUR,
        "EUR": _EUR, "£": Currency("GBP"), "CHF": Currency("CHF"), "¥": Currency("JPY"),
    },
    currencies_after=_after_magnitude({
        "dollars des États-Unis": _USD, "dollars É.-U.": _USD, "dollars américains": _USD,
        "dollars US": _USD, "dollars": _USD, "dollar": _USD, "euros": _EUR, "euro": _EUR,
        "francs suisses": Currency("CHF"), "francs CFA": Currency("XOF"),
        "livres sterling": Currency("GBP"), "yens": Currency("JPY"), "yen": Currency("JPY"),
        "yuans": Currency("CNY"), "roubles": Currency("RUB"), "cents": Currency("USD", Decimal("0.01")),
        "livres": Currency("GBP"), "pence": Currency("GBP", Decimal("0.01")),
        "centimes": Currency("EUR", Decimal("0.01")), "roupies indiennes": Currency("INR"),
        "roupies": Currency("INR"),
        # signs after the amount, as French writes them: 94 000 $, 2 millions de €
        "$": _USD, "$ É.-U.": _USD, "$ US": _USD, "$ USD": _USD, "$ des États-Unis": _USD,
        "$ CAD": Currency("CAD"), "$CAD": Currency("CAD"), "€": _EUR, "£": Currency("GBP"),
    }) | {"USD": _USD, "EUR": _EUR, "CHF": Currency("CHF")},
    percent_before=(),
    percent_after=("%", "pour cent", "pourcent", "pourcents", "p. 100", "pour 100",
                   "points de pourcentage", "point de pourcentage"),
    fraction_marker="",
    ratio_marker="sur",  # un enfant sur cinq
    share_words=_shares(),
    share_suffixes={},
    share_suffix_guards=(),
    units=(*MEASURE_UNITS, *_OTHER_UNITS),
    year_unit="",
    range_joiners=("-", "–", "—", "à", "au", "et"),  # du 3 au 5 février
    vague_prefixes=(),
    vague_words=(
        "des dizaines de milliers", "des centaines de milliers", "des dizaines de millions",
        "des centaines de millions", "dizaines de milliers", "centaines de milliers",
        "des dizaines", "des centaines", "des milliers", "des millions", "des milliards",
        "dizaines", "centaines", "milliers", "de millions de dollars", "de milliards de dollars",
    ),
    ordinal_prefixes=(
        "résolution", "résolutions", "décision", "décisions", "paragraphe", "paragraphes",
        "alinéa", "article", "articles", "chapitre", "annexe", "page", "pages", "p.", "pp.", "no", "nos",
        "n°", "nº", "numéro", "objectif", "objectifs", "ODD", "Groupe des", "point", "points",
        "règle", "règles", "principe", "Protocole", "section", "recommandation",
        "recommandations", "par.", "sections", "partie", "parties", "figure", "tableau",
        "encadré", "note", "poste d'observation", "Segment", "art.", "tableaux", "Protocoles",
    ),
    non_figure_followers=(),
    list_joiners=("et", "ou"),  # par. 28 et 29, les 21 et 22 novembre
    list_separators=(",",),
    non_figure_spans=(
        # a time of day: à 15 heures, à 10 h 30, 10h30 (48 heures, a duration, stays a figure)
        r"(?<=à\s)\d{1,2}\s*(?:heures|h)(?:\s*\d{2})?(?!\w)|(?<![\d,])\d{1,2}\s*h\s*\d{2}(?!\d)"
        r"|(?<=de\s)\d{1,2}\s*heures(?=\s+à\s+\d{1,2}\s*heures)",  # de 10 heures à 13 heures
        # a telephone number starts with its country or area code: +1 212 963 1234, (212) 963-5012
        r"(?:\+\d{1,3}|\(\d{2,4}\))[\s\d()\-]{6,}\d",
    ),
    month_followers=_MONTHS,
    month_words_before=(),
    code_prefixes=("après-", "pré-", "mi-"),  # le programme pour l'après-2015
    lexical_exclusions=(
        "l'un", "l’un", "l'une", "l’une", "un des", "une des", "un de", "une de", "un seul",
        "une seule", "un à un", "l'une ou l'autre", "et demi",
        "les deux", "des deux", "aux deux",  # both: les deux parties
        "premier semestre", "second semestre",
    ),
    words_need_unit=False,
)

SUBJECTS = SubjectRules(
    stop_words=(
        "à", "au", "aux", "en", "dans", "sur", "pour", "par", "avec", "de", "des", "du", "d'",
        "qui", "que", "dont", "ont", "a", "sont", "est", "était", "ont", "et", "ou", "entre",
        "depuis", "pendant", "contre", "le", "la", "les", "un", "une", "ce", "ces", "sous",
    ),
    joiners=("et",),
    linker="",
    max_chars=60,
)

RULES = LanguageRules(
    lang="fr", layout=LAYOUT, numerals=NUMERALS, figures=FIGURES, subjects=SUBJECTS,
    script=NOTHING, spaced=True,
)
