"""Page furniture: running headers, footers, page numbers and print-job lines.

Recognised by shape and repetition, never by one report's strings: a footer is a short
line with no words in it that carries a page fraction (5/24) or a job number (25-07881);
a running header is a short line that recurs on many pages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

PAGE_FRACTION = re.compile(r"(?<![\d/])(?P<page>\d{1,4})\s*/\s*(?P<total>\d{1,4})(?![\d/])")
JOB_NUMBER = re.compile(r"(?<!\d)\d{2}-\d{5}(?!\d)")
FOOTER_NUMBER = re.compile(f"{PAGE_FRACTION.pattern}|{JOB_NUMBER.pattern}")  # either, in one search
# A footer line may carry the job number's language letter and print date: 25-07881 (C) 010825,
# a capital glued to the job number (24-22215X: a barcode glyph read as a letter), and the
# printing office's code before it (GE.25-10614 (E) in Geneva, V.25-01234 (E) in Vienna)
FOOTER_WORDS = re.compile(r"\((?:[A-Z])\)|\*[\dA-Z]+\*|(?<=\d{2}-\d{5})[A-Z]\b|\b[A-Z]{1,2}\.(?=\d{2}-\d{5}(?!\d))")
LETTER = re.compile(r"[^\W\d_]")
MAX_FURNITURE_CHARS = 40
MIN_HEADER_REPEATS = 3


def is_footer(text: str) -> bool:
    """A short line of no words that carries a page number or a job number."""
    text = text.strip()
    if not text or len(text) > MAX_FURNITURE_CHARS:
        return False
    if not FOOTER_NUMBER.search(text):
        return False
    return not LETTER.search(FOOTER_WORDS.sub("", text))


def printed_page(text: str) -> tuple[int, int] | None:
    """(page, total) from a footer's page fraction, if it has one."""
    m = PAGE_FRACTION.search(text)
    if m is None or int(m["page"]) > int(m["total"]):
        return None
    return int(m["page"]), int(m["total"])


DIGITS = re.compile(r"\d+")


def shape(text: str) -> str:
    """A line with its digit runs masked: '25-07881 5/24' and '25-07881 7/24' share a shape."""
    return DIGITS.sub("9", text.strip())


def running_headers(texts: Iterable[str]) -> set[str]:
    """Shapes of short lines with a digit (A/80/1) that recur like running headers.

    Lines without digits are left alone: sub-headings such as 背景 recur in every section
    (and are not counted: a text of a hundred thousand short lines is no hundred thousand shapes).
    """
    counts = Counter(
        shape(t) for t in texts if 0 < len(t.strip()) <= MAX_FURNITURE_CHARS and DIGITS.search(t)
    )
    return {s for s, n in counts.items() if n >= MIN_HEADER_REPEATS and "9" in s}


def is_running_header(text: str, headers: set[str]) -> bool:
    """Whether a line has the shape of a running header (`running_headers`); a line too long
    for one is not shaped (a line of a hundred thousand numbers would be masked piece by piece)."""
    return bool(headers) and 0 < len(text.strip()) <= MAX_FURNITURE_CHARS and shape(text) in headers
