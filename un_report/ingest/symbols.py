"""UN document symbols, in any series (A/80/74, E/CN.6/2025/3, S/RES/2770 (2025)), as
printed: language-independent, every edition prints them alike."""

from __future__ import annotations

import re

# A UN document symbol, in any series: a series code (A, S, E, DP, JIU, UNW …; two organs'
# joint series joined by a hyphen: DP-FPA), then slash-separated components of which at
# least one holds a digit (A/80/74, E/CN.6/2025/3, A/79/772/Add.1, S/RES/2770 (2025)). A
# component may carry a session number in brackets (ICCD/COP(8)/CST/8); a document issued
# in parts names its part in brackets, in the edition's language (DP/FPA/2025/4 (Part I),
# E/ICEF/672(Première partie)).
# Language-independent: every edition prints it alike.
_SERIES = r"[A-Z]{1,6}(?:\.\d{1,2})?(?:-[A-Z]{1,6})?"
_COMPONENT = r"[A-Z0-9][A-Za-z0-9.\-]*(?:\(\d{1,3}\))?"
SYMBOL = re.compile(
    rf"""(?<![\w/.])
    {_SERIES}(?:/(?:{_COMPONENT}))+     # A/80/74, DP/OPS/2025/6
    (?:\s?\((?:\d{{4}}|[A-Z][^\W\d_]{{1,11}}\.?\s(?:[IVX\d]{{1,4}}|[^\W\d_]{{1,10}}))\))?  # S/RES/2770 (2025), (Part I)
    (?:\s\[[A-Z][a-z]{{1,12}}(?:\s[a-z]{{1,12}}){{0,2}}\])?  # JIU/REP/2025/1 [Expanded report]
    (?![\w/])""",
    re.VERBOSE,
)
# Between the two symbols of a joint document: A/80/74-E/2025/53, A/79/1–S/2025/2. The
# first ends in a component after a slash; a hyphen inside a series code (DP-FPA/) is no joint.
JOINT = re.compile(r"(?<=/)([^/\s]*?[\w)])\s*[-–—]\s*(?=[A-Z]{1,6}/)")
OCR_SERIES_DOT = re.compile(r"^([A-Z])\./")  # a scan's A./47/435 for A/47/435
# A scan's OCR reads a numeric field's 1 as I or l and its 0 as O (A/39/36I for A/39/361):
# a component of digits and those letters only, with at least one digit, is a number.
OCR_NUMBER = re.compile(r"(?<=/)(?=[\dIlO]*\d)[\dIlO]+(?=/|$)")
OCR_DIGITS = str.maketrans("IlO", "110")


def is_symbol(text: str) -> bool:
    """Whether `text` is one document symbol and nothing else."""
    m = SYMBOL.fullmatch(text.strip().rstrip(".,;*"))
    return m is not None and any(ch.isdigit() for ch in m.group(0))


def split_symbols(text: str) -> list[str]:
    """The symbols of one printed run (a joint symbol gives several), or [] if it is not one."""
    text = OCR_SERIES_DOT.sub(r"\1/", re.sub(r"\s+(?=/)|(?<=/)\s+", "", text.strip()))
    parts = [_ocr_numbers(p.strip().rstrip(".,;*")) for p in JOINT.sub("\\1\x00", text).split("\x00")]
    return parts if all(is_symbol(p) for p in parts) else []


def _ocr_numbers(symbol: str) -> str:
    return OCR_NUMBER.sub(lambda m: m.group(0).translate(OCR_DIGITS), symbol)
