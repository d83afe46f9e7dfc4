"""Stage 1 for text input: a .txt or .md file → lines with page numbers, furniture removed.

Pages come from the printed footers (25-07881 5/24 ends page 5). Text extracted from a
PDF does not always keep every footer, so a line between two known page ends gets its
page by its position in the characters between them.
"""

from __future__ import annotations

import codecs
import re
from array import array
from collections.abc import Iterator, Sequence
from itertools import chain, pairwise
from pathlib import Path

from un_report.columns import LineTable, Strings
from un_report.errors import InputError
from un_report.ingest.charfix import fix_codepoints
from un_report.ingest.furniture import (
    DIGITS,
    MAX_FURNITURE_CHARS,
    is_footer,
    is_running_header,
    printed_page,
    running_headers,
)
from un_report.rules import MODULES, language
from un_report.script import CJK, NUMBER_STOPS, SUPERSCRIPT_DIGITS

LIST_MARKER = re.compile(r"^[-*•]\s+(?=\d)")  # Markdown list markers: "- 18. …"
# Where blank lines separate paragraphs (at least this share of text lines has a blank line
# after it), a line that follows another without a blank between is that paragraph's
# wrapped continuation …
MIN_BLANK_AFTER_SHARE = 0.15
# … unless it opens something of its own: a list item or numbered paragraph, a table row,
# a footnote (superscript marker).
OPENS_UNIT = re.compile(rf"^(?:[-*•]\s|\d{{1,3}}\s*[{NUMBER_STOPS}]\s*\S|\||[{SUPERSCRIPT_DIGITS}])")


def read_text(path: Path) -> LineTable:
    """The lines of a text report, page furniture removed, each with its page.

    The text is read twice, a block of lines at a time (`_lines`), and never held as a
    Python string per line: once for its shape (are paragraphs separated by blank lines?
    which short lines recur as running headers?), once for the lines kept."""
    text = fix_codepoints(decode(path.read_bytes(), path))  # one character for one, no white space made
    text_lines = blank_after = 0
    previous = ""
    candidates: list[str] = []  # the short lines with a digit: a running header is one of them
    for raw_line in _lines(text):
        if raw_line:
            text_lines += 1
            line = _unmarked(raw_line)
            if len(line) <= MAX_FURNITURE_CHARS and DIGITS.search(line):
                candidates.append(line)
        elif previous:
            blank_after += 1
        previous = raw_line
    blank_after += bool(previous)
    wrapped = blank_after >= MIN_BLANK_AFTER_SHARE * max(1, text_lines)
    headers = running_headers(candidates)
    del candidates
    kept = Strings()
    last = ""  # the line kept last, not yet in `kept` (a wrapped line may join it)
    page_ends: list[tuple[int, int]] = []  # (index into kept, printed page that ends there)
    total = None
    after_blank = True
    for raw_line in _lines(text):
        if not raw_line:
            after_blank = True
            continue
        line = _unmarked(raw_line)
        if not line:
            after_blank = True
            continue
        if is_footer(line):
            found = printed_page(line)
            if found:
                page_ends.append((len(kept) + bool(last), found[0]))
                total = found[1]
            continue
        if is_running_header(line, headers):
            continue
        if wrapped and not after_blank and last and not OPENS_UNIT.match(raw_line):
            last = join_wrapped(last, line)
        else:
            if last:
                kept.append(last)
            last = line
        after_blank = False
    if last:
        kept.append(last)
    return LineTable.of_columns(kept, _interpolate_pages(array("q", map(len, kept)), page_ends, total))


LIST_MARKS = "-*•"  # what a Markdown list marker (`LIST_MARKER`) starts with


def _unmarked(line: str) -> str:
    """A non-empty line without its Markdown list marker (`LIST_MARKER`)."""
    return LIST_MARKER.sub("", line) if line[0] in LIST_MARKS else line

LINE_BLOCK = 1 << 16  # characters split into lines at a time


def _blocks(text: str) -> Iterator[list[str]]:
    """The lines of `text` as `str.splitlines` cuts them, each stripped, a block of lines at
    a time (each block ends after a line feed, which always ends a line)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + LINE_BLOCK)
        end = len(text) if end < 0 else end + 1
        yield [line.strip() for line in text[start:end].splitlines()]
        start = end


def _lines(text: str) -> Iterator[str]:
    """The lines of `text`, each stripped (`_blocks`)."""
    return chain.from_iterable(_blocks(text))


def join_wrapped(left: str, right: str) -> str:
    """Two lines of one paragraph: no space next to a CJK character, else one space."""
    if CJK.match(left[-1]) or CJK.match(right[0]) or left.endswith("-"):
        return left + right
    return f"{left} {right}"


def decode(raw: bytes, path: Path) -> str:
    """The text of a file's bytes: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM,
    or Chinese in GB18030/GBK or Big5. Anything else is refused, never read as mojibake:
    a text decoded by a Chinese code page must read as Chinese (`_reads_as_chinese`)."""
    if not raw.strip():
        raise InputError(path, "the file is empty")
    for bom, encoding in BYTE_ORDER_MARKS:
        if raw.startswith(bom):
            try:
                return _no_nul(raw.decode(encoding), path)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"not a text file (it starts with a {encoding.upper()} byte order mark, "
                                       f"but byte {exc.start} is invalid in {encoding.upper()}); "
                                       "give a .txt, .md or .pdf report") from None
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise InputError(path, f"not a text file (byte {nul} is NUL; UTF-16 without a byte order mark?); "
                               "give a UTF-8 .txt, .md or a .pdf report")
    shift = SEVEN_BIT_SHIFT.search(raw)
    if shift is not None:
        raise InputError(path, f"not UTF-8 text (byte {shift.start()} is an escape or shift of a 7-bit code page "
                               "such as ISO-2022-JP or ISO-2022-KR); convert it to UTF-8 "
                               "(e.g. iconv -f ISO-2022-JP -t UTF-8)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        if _reads_as_utf7(raw):
            raise InputError(path, "not UTF-8 text: its ASCII letters spell UTF-7 (+…- runs that decode to "
                                   "letters of another script); convert it to UTF-8 (e.g. iconv -f UTF-7 -t UTF-8)")
        return text
    for encoding, common in code_pages():
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if reads_as(text, common):
            return text
    raise InputError(
        path,
        f"not UTF-8 text (byte {utf8_error.start} is invalid), nor Chinese in GB18030/GBK or Big5; "
        "if it is in a single-byte code page, convert it to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)",
    )


# A byte order mark and the codec that reads past it (UTF-32's before UTF-16's: FF FE 00 00).
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
MIN_LETTER_SHARE = 0.05  # of a text decoded by a code page, non-ASCII letters
MIN_COMMON_SHARE = 0.3  # of those letters, the language's commonest (its rules' common_characters)


# ISO-2022 text (JP, KR, CN) is ASCII bytes that switch character sets with an escape
# sequence (ESC $ B, ESC $ ) C) or shift bytes (SO, SI): valid UTF-8, and mojibake if read so.
SEVEN_BIT_SHIFT = re.compile(rb"\x1b[$()*+\-./]|[\x0e\x0f]")


def _reads_as_utf7(raw: bytes) -> bool:
    """Whether ASCII bytes are UTF-7: decoded so, a good share of the text is beyond ASCII
    (an English text's odd +word decodes to a letter or two, no more)."""
    if not raw.isascii() or b"+" not in raw:
        return False
    try:
        text = raw.decode("utf-7")
    except UnicodeDecodeError:
        return False
    beyond_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return beyond_ascii >= MIN_LETTER_SHARE * len(text)


def code_pages() -> list[tuple[str, frozenset[str]]]:
    """Every legacy code page of a language with rules, with that language's commonest letters."""
    pages = []
    for code in MODULES:
        rules = language(code).rules
        pages += [(page, frozenset(rules.common_characters)) for page in rules.code_pages]
    return pages


def _no_nul(text: str, path: Path) -> str:
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(path, f"not a text file (character {nul} is NUL); give a .txt, .md or .pdf report")
    return text


def reads_as(text: str, common: frozenset[str]) -> bool:
    """Whether a text decoded by a code page reads as its language: enough non-ASCII letters,
    and a good share of them the language's commonest (mojibake spreads evenly over rare
    letters, kana and Greek: what another code page's bytes turn into)."""
    letters = [c for c in text if ord(c) > 0x7F and c.isalpha()]
    if len(letters) < MIN_LETTER_SHARE * len(text):
        return False
    return sum(c in common for c in letters) >= MIN_COMMON_SHARE * len(letters)


def _interpolate_pages(lengths: Sequence[int], ends: list[tuple[int, int]], total: int | None) -> list[int | None]:
    """Page of every line (given by its length), from the known page ends, spread by
    character count in between."""
    if not ends:
        return [None] * len(lengths)
    anchors = [(0, 0), *ends]  # (line index where a page range starts, last page before it)
    if total is not None and ends[-1][1] < total:
        anchors.append((len(lengths), total))
    pages: list[int | None] = []
    for (lo, first_before), (hi, last_page) in pairwise(anchors):
        span = lengths[lo:hi]
        count = max(1, last_page - first_before)
        size = sum(span) or 1
        seen = 0
        for length in span:
            pages.append(first_before + 1 + min(count - 1, seen * count // size))
            seen += length
    pages.extend([anchors[-1][1]] * (len(lengths) - len(pages)))
    return pages
