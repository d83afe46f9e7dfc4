"""Stage 1 for text input: a .txt or .md file → lines with page numbers, furniture removed.

Pages come from the printed footers (25-07881 5/24 ends page 5). Text extracted from a
PDF does not always keep every footer, so a line between two known page ends gets its
page by its position in the characters between them.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from un_report.errors import InputError
from un_report.ingest.charfix import fix_codepoints
from un_report.ingest.furniture import is_footer, printed_page, running_headers, shape
from un_report.models import Line
from un_report.script import CJK, NUMBER_STOPS, SUPERSCRIPT_DIGITS, script_counts

LIST_MARKER = re.compile(r"^[-*•]\s+(?=\d)")  # Markdown list markers: "- 18. …"
MIN_CJK_SHARE = 0.05  # a GBK-decoded text must read as Chinese to be accepted
# Where blank lines separate paragraphs (at least this share of text lines has a blank line
# after it), a line that follows another without a blank between is that paragraph's
# wrapped continuation …
MIN_BLANK_AFTER_SHARE = 0.15
# … unless it opens something of its own: a list item or numbered paragraph, a table row,
# a footnote (superscript marker).
OPENS_UNIT = re.compile(rf"^(?:[-*•]\s|\d{{1,3}}\s*[{NUMBER_STOPS}]\s*\S|\||[{SUPERSCRIPT_DIGITS}])")


def read_text(path: Path) -> list[Line]:
    """The lines of a text report, page furniture removed, each with its page."""
    raw = path.read_bytes()
    text = decode(raw, path)
    raw_lines = [fix_codepoints(line.strip()) for line in text.splitlines()]
    text_lines = sum(bool(line) for line in raw_lines)
    blank_after = sum(bool(a) and not b for a, b in pairwise([*raw_lines, ""]))
    wrapped = blank_after >= MIN_BLANK_AFTER_SHARE * max(1, text_lines)
    lines = [LIST_MARKER.sub("", line) for line in raw_lines]
    headers = running_headers(lines)
    kept: list[str] = []
    page_ends: list[tuple[int, int]] = []  # (index into kept, printed page that ends there)
    total = None
    after_blank = True
    for raw_line, line in zip(raw_lines, lines, strict=True):
        if not line:
            after_blank = True
            continue
        if is_footer(line):
            found = printed_page(line)
            if found:
                page_ends.append((len(kept), found[0]))
                total = found[1]
            continue
        if shape(line) in headers:
            continue
        if wrapped and not after_blank and kept and not OPENS_UNIT.match(raw_line):
            kept[-1] = join_wrapped(kept[-1], line)
        else:
            kept.append(line)
        after_blank = False
    pages = _interpolate_pages(kept, page_ends, total)
    return [Line(text=t, page=p) for t, p in zip(kept, pages, strict=True)]


def join_wrapped(left: str, right: str) -> str:
    """Two lines of one paragraph: no space next to a CJK character, else one space."""
    if CJK.match(left[-1]) or CJK.match(right[0]) or left.endswith("-"):
        return left + right
    return f"{left} {right}"


def decode(raw: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM); a GBK/GB18030 file is decoded if it reads as Chinese."""
    if not raw.strip():
        raise InputError(path, "the file is empty")
    if b"\x00" in raw[:4096]:
        raise InputError(path, "not a text file (it contains NUL bytes); give a .txt, .md or .pdf report")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    cjk = script_counts(text)["han"]
    if text and cjk / max(1, len(text)) >= MIN_CJK_SHARE:
        return text
    raise InputError(
        path,
        f"not UTF-8 text (byte {utf8_error.start} is invalid) and not GBK Chinese either; "
        "convert it to UTF-8 (e.g. iconv -t UTF-8)",
    )


def _interpolate_pages(lines: list[str], ends: list[tuple[int, int]], total: int | None) -> list[int | None]:
    """Page of every line, from the known page ends, spread by character count in between."""
    if not ends:
        return [None] * len(lines)
    anchors = [(0, 0), *ends]  # (line index where a page range starts, last page before it)
    if total is not None and ends[-1][1] < total:
        anchors.append((len(lines), total))
    pages: list[int | None] = []
    for (lo, first_before), (hi, last_page) in pairwise(anchors):
        span = lines[lo:hi]
        count = max(1, last_page - first_before)
        size = sum(len(t) for t in span) or 1
        seen = 0
        for t in span:
            pages.append(first_before + 1 + min(count - 1, seen * count // size))
            seen += len(t)
    pages.extend([anchors[-1][1]] * (len(lines) - len(pages)))
    return pages
