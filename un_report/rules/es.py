"""Spanish rule tables: layout, numerals in words, qualifiers, currencies, units and the
contexts where a number is no figure. The engines read these; adding a word is one line.

Spanish UN texts write 35.000 (a point between groups, or a space) and 22,5 % (decimal
comma), and spell numerals as treinta y cinco, doscientos, mil, dos mil millones.
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

_UNITS = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
_TEENS = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
          "dieciocho", "diecinueve"]
_TWENTIES = ["veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco",
             "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
_TENS = {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta",
         80: "ochenta", 90: "noventa"}
_HUNDREDS = {100: ["cien", "ciento"], 200: ["doscientos", "doscientas"],
             300: ["trescientos", "trescientas"], 400: ["cuatrocientos", "cuatrocientas"],
             500: ["quinientos", "quinientas"], 600: ["seiscientos", "seiscientas"],
             700: ["setecientos", "setecientas"], 800: ["ochocientos", "ochocientas"],
             900: ["novecientos", "novecientas"]}


def _digits() -> dict[str, int]:
    """Every numeral word below a thousand that Spanish writes as one word or with "y":
    uno … diecinueve, veintiuno, treinta y cinco, doscientos; un, una, veintiún, treinta y
    una are the forms before a noun (feminine, or shortened)."""
    table = {w: i for i, w in enumerate(_UNITS) if w} | {"un": 1, "una": 1}
    table |= {w: 10 + i for i, w in enumerate(_TEENS)}
    table |= {w: 20 + i for i, w in enumerate(_TWENTIES)} | {"veintiún": 21, "veintiuna": 21}
    # spelled without their accents, as often typed
    table |= {"dieciseis": 16, "veintidos": 22, "veintitres": 23, "veintiseis": 26, "veintiun": 21}
    for ten, word in _TENS.items():
        table[word] = ten
        for n in range(1, 10):
            table[f"{word} y {_UNITS[n]}"] = ten + n
        table[f"{word} y un"] = table[f"{word} y una"] = ten + 1
    for value, words in _HUNDREDS.items():
        table.update(dict.fromkeys(words, value))
    return table


_ORDINAL_UNITS = {1: "primer", 2: "segund", 3: "tercer", 4: "cuart", 5: "quint", 6: "sext",
                  7: "séptim", 8: "octav", 9: "noven"}
_ORDINAL_TENS = {10: "décim", 20: "vigésim", 30: "trigésim", 40: "cuadragésim",
                 50: "quincuagésim", 60: "sexagésim", 70: "septuagésim", 80: "octogésim",
                 90: "nonagésim"}


def _ordinals() -> dict[str, int]:
    """primero … nonagésimo noveno → 1 … 99, both genders (septuagésima, octogésimo)."""
    table: dict[str, int] = {}
    for ending in ("o", "a"):
        units = {v: s + ending for v, s in _ORDINAL_UNITS.items()}
        for ten, stem in _ORDINAL_TENS.items():
            table[stem + ending] = ten
            for v, unit in units.items():
                table[f"{stem}{ending} {unit}"] = ten + v
                table[f"{stem}{ending}{unit}"] = ten + v  # vigesimoquinto
        table |= {unit: v for v, unit in units.items()}
    table |= {"primer": 1, "tercer": 3, "undécimo": 11, "duodécimo": 12}
    return table


LAYOUT = LayoutRules(
    chapter=r"^(?:Cap[íi]tulo\s+(?P<numeral>[IVXLC]+)\b\.?|(?P<roman>[IVXLC]+)\.(?=\s+[A-ZÁÉÍÓÚÑ¿¡\d\u00ab\u201c\"(]|$))(?:\s+(?P<title>\S.*))?$",
    section=r"^(?P<letter>[A-Z])\.\s+(?P<title>[A-ZÁÉÍÓÚÑ¿¡].*)$",
    sentence_end=".!?;:",
    max_heading_chars=120,
    # Octogésimo período de sesiones … Suplemento núm. 1 (núm., No., Nº)
    session_symbol=(
        r"(?<![a-záéíóúñ])(?P<printed>(?P<session>[a-záéíóúñ]{1,40}(?:[ \t]+[a-záéíóúñ]{1,40})?|\d{1,4})"
        r"\s*[ºo°]?\s+per[íi]odo\s+de\s+sesiones)\W+"
        r"suplemento\s+(?:n[úu]m\.|n[oº°]\.?)\s*(?P<supplement>\d+)"
    ),
    confusables=CYRILLIC_LOOKALIKES,
    # page 1's date: 12 de marzo de 2024, 1 de julio de 2025
    date=r"(?<!\d)(?P<dd>\d{1,2})\s+de\s+(?P<mon>[A-Za-z]+)\s+de\s+(?P<yyyy>(?:19|20)\d{2})(?!\d)",
    months={m: i for i, m in enumerate(
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"], start=1)} | {"setiembre": 9},
    # Septuagésimo noveno período de sesiones, Período de sesiones de 2025
    session=r"^(?:[\w-]+\s+){0,3}per[íi]odo\s+de\s+sesiones\b(?:\s+(?:de\s+)?\d{4})?(?:\s*\S{0,2})?$",
    # Tema 23 del programa provisional, Temas 14 y 116 del programa
    agenda=r"^temas?\s+\d+\b.*\bprograma\b.*$",
    # a table's or chart's caption, and a note under it: set aside with the exhibit
    exhibit=r"^(?:Cuadro|Tabla|Gr[áa]fico|Figura|Mapa|Diagrama)\s+(?:[IVXLC]+|\d{1,3}(?:\.\d{1,2})?)\b[.:]?(?:\s+\S.*)?$",
    exhibit_note=r"^(?:Fuentes?|Notas?|Abreviaturas?)\s*:",
    contents=r"^índice$",
)

NUMERALS = NumeralRules(
    digits=_digits(),
    small_units={"docena": 12, "docenas": 12},  # una docena de países
    magnitudes={
        "mil": 10**3, "millar": 10**3, "millón": 10**6, "millon": 10**6, "millones": 10**6, "mil millones": 10**9,
        "millardo": 10**9, "millardos": 10**9, "billón": 10**12, "billon": 10**12, "billones": 10**12,
    },
    ordinals=_ordinals(),
    signs=("-", "−", "menos "),
    # un, una, uno are the article or a pronoun as often as the number: alone they are no
    # numeral, only inside one (veintiún, un millón).
    bound_digits=("un", "una", "uno"),
    lone_multipliers=("mil",),  # mil participantes
    decimal_mark=",",  # 22,5 %
    group_separators=". \u00a0\u2009\u202f",  # 35.000, 35 000
    fraction_tails={"y medio": Decimal("0.5"), "y media": Decimal("0.5")},
)

_DENOMINATORS = {3: ("tercio", "tercios"), 4: ("cuarto", "cuartos"), 5: ("quinto", "quintos"),
                 10: ("décimo", "décimos")}
_PARTS = {3: "tercera", 4: "cuarta", 5: "quinta", 10: "décima"}


def _shares() -> dict[str, Decimal | int]:
    """la mitad → 50, un tercio, dos tercios, una cuarta parte, tres cuartas partes."""
    table: dict[str, Decimal | int] = {"mitad": 50}  # la mitad: the article is no part of it
    for d, (singular, plural) in _DENOMINATORS.items():
        table[f"un {singular}"] = Decimal(100) / d
        table[f"una {_PARTS[d]} parte"] = table[f"la {_PARTS[d]} parte"] = Decimal(100) / d
        for n in range(2, d):
            table[f"{_UNITS[n]} {plural}"] = Decimal(100) * n / d
            table[f"{_UNITS[n]} {_PARTS[d]}s partes"] = Decimal(100) * n / d
    return table


MEASURE_UNITS: tuple[str, ...] = (
    "hectáreas", "hectárea", "ha", "toneladas", "tonelada", "toneladas métricas",
    "kilómetros cuadrados", "kilómetro cuadrado", "km²", "km2", "metros cuadrados",
    "metro cuadrado", "m²", "m2", "kilómetros", "kilómetro", "km", "metros", "metro", "m",
    "centímetros", "centímetro", "cm", "milímetros", "milímetro", "mm",
    "kilogramos", "kilogramo", "kg", "litros", "litro", "metros cúbicos", "megavatios", "MW",
    "de hectáreas", "de toneladas", "de kilómetros", "de metros cúbicos", "de litros",
)
_OTHER_UNITS = (
    "años", "año", "meses", "mes", "semanas", "semana", "días", "día", "horas", "hora",
    "minutos", "minuto", "segundos", "veces", "de años",
)
_MONTHS = ("de enero", "de febrero", "de marzo", "de abril", "de mayo", "de junio", "de julio",
           "de agosto", "de septiembre", "de setiembre", "de octubre", "de noviembre",
           "de diciembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
           "agosto", "septiembre", "octubre", "noviembre", "diciembre")
_USD = Currency("USD")
_EUR = Currency("EUR")
_AFTER = {
    "dólares de los Estados Unidos": _USD, "dólares de los EE.UU.": _USD,
    "dólares estadounidenses": _USD, "dólares EE.UU.": _USD, "dólares": _USD, "dólar": _USD,
    "euros": _EUR, "euro": _EUR, "francos suizos": Currency("CHF"), "libras esterlinas": Currency("GBP"),
    "yenes": Currency("JPY"), "yuanes": Currency("CNY"), "rublos": Currency("RUB"),
    "pesos": Currency("MXN"), "centavos": Currency("USD", Decimal("0.01")),
    "libras": Currency("GBP"), "peniques": Currency("GBP", Decimal("0.01")),
    "céntimos": Currency("EUR", Decimal("0.01")), "dolares": _USD,
}

FIGURES = FigureRules(
    qualifiers_before={
        "más de la": "over", "menos de la": "under", "casi la": "approx", "cerca de la": "approx",  # más de la mitad
        "más de": "over", "por lo menos": "over", "al menos": "over", "como mínimo": "over",
        "superior a": "over", "superiores a": "over", "no menos de": "over",
        "menos de": "under", "como máximo": "under", "inferior a": "under",
        "no más de": "under",
        "casi": "approx", "alrededor de": "approx", "aproximadamente": "approx", "unos": "approx",
        "unas": "approx", "cerca de": "approx", "en torno a": "approx", "prácticamente": "approx",
        "aprox.": "approx", "del orden de": "approx", "un estimado de": "approx",
    },
    qualifiers_after={"o más": "over", "como mínimo": "over", "aproximadamente": "approx",
                      "o menos": "under"},
    qualifiers_between={},
    qualifier_guards={},
    currencies_before={
        "$": _USD, "US$": _USD, "U$D": _USD, "USD": _USD, "€": _EUR, "EUR": _EUR, "£": Currency("GBP"),
        "CHF": Currency("CHF"), "C$": Currency("CAD"), "CAD": Currency("CAD"),
    },
    currencies_after=_AFTER | {f"de {w}": c for w, c in _AFTER.items()}
    | {"$": _USD, "USD": _USD, "EUR": _EUR, "€": _EUR, "$EE.UU.": _USD, "$ EE.UU.": _USD},
    percent_before=(),
    percent_after=("%", "por ciento", "por cien", "puntos porcentuales", "punto porcentual"),
    fraction_marker="",
    ratio_marker="de cada",  # uno de cada cinco niños
    share_words=_shares(),
    share_suffixes={},
    share_suffix_guards=(),
    units=(*MEASURE_UNITS, *_OTHER_UNITS),
    year_unit="",
    range_joiners=("-", "–", "—", "a", "y", "al"),
    vague_prefixes=(),
    vague_words=(
        "decenas de miles", "cientos de miles", "centenares de miles", "decenas de millones",
        "cientos de millones", "miles de millones", "decenas", "cientos", "centenares", "miles",
        "millares", "millones de personas",
    ),
    ordinal_prefixes=(
        "resolución", "resoluciones", "decisión", "decisiones", "párrafo", "párrafos",
        "artículo", "artículos", "capítulo", "anexo", "página", "páginas", "pág.", "págs.", "p.", "pp.",
        "núm.", "No.", "Nº",
        "N°", "número", "Objetivo", "Objetivos", "ODS", "Grupo de los", "tema", "temas",
        "artículo", "regla", "reglas", "norma", "normas", "principio", "Protocolo", "sección", "recomendación",
        "medida", "medidas",  # la medida 4 del plan de acción (action 4)
        "recomendaciones", "Ley", "sesión", "inciso", "década de", "decenio de",  # la década de 1960: a decade
        "párr.", "párrs.", "secciones", "parte",
        "partes", "gráfico", "cuadro", "figura", "recuadro", "nota", "puesto de observación",
        "Segmento", "art.", "cuadros", "gráficos", "Protocolos",
    ),
    non_figure_followers=("º", "ª", ".º", ".ª", "°"),
    list_joiners=("y", "e", "o"),  # párrs. 28 y 29, los días 21 y 22 de noviembre
    list_separators=(",",),
    non_figure_spans=(
        # a time of day: a las 12.40 horas, a las 10.00 horas, 15:00
        r"(?<![\d,.])\d{1,2}[.:]\d{2}\s*horas|(?<=las\s)\d{1,2}(?:[.:]\d{2})?\s*horas"
        r"|(?<![\d.:])\d{1,2}:\d{2}(?![\d:])",
        # a telephone number starts with its country or area code: +1 212 963 1234, (212) 963-5012
        r"(?:\+\d{1,3}|\(\d{2,4}\))[\s\d()\-]{6,}\d",
    ),
    month_followers=_MONTHS,
    month_words_before=(),
    lexical_exclusions=(
        "uno de", "una de", "uno a uno", "el uno", "la una", "un solo", "una sola", "y medio",
        "primer semestre", "segundo semestre",
    ),
    words_need_unit=False,
)

SUBJECTS = SubjectRules(
    stop_words=(
        "a", "al", "en", "de", "del", "por", "para", "con", "sin", "que", "y", "o", "e", "entre",
        "desde", "durante", "contra", "el", "la", "los", "las", "un", "una", "se", "han", "ha",
        "son", "es", "fue", "fueron", "sobre", "tras",
    ),
    joiners=("y",),
    linker="",
    max_chars=60,
)

RULES = LanguageRules(
    lang="es", layout=LAYOUT, numerals=NUMERALS, figures=FIGURES, subjects=SUBJECTS,
    script=NOTHING, spaced=True,
)
