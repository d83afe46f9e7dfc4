"""Stage 1, ingest: an input file → a `Document` (its body lines, symbol and `Language`).

The text reader (`text`) and the PDF reader (`pdf`) give lines with their pages, page
furniture removed (`furniture`, characters repaired by `charfix`); then the language is
detected (`detect`) and looked up once, the front matter is cut off and the document
symbol read from it (`front`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from un_report.columns import last_page, line_chunks, line_texts
from un_report.errors import InputError
from un_report.ingest.detect import detect_language, edition_language, original_language
from un_report.ingest.files import check_regular_file, path_problem
from un_report.ingest.front import (
    MASTHEAD_SHARE,
    body_start,
    date_alone,
    front_fields,
    is_toc_line,
    read_masthead,
    report_symbol,
)
from un_report.ingest.symbols import split_symbols
from un_report.models import Document, FrontMatter, Line
from un_report.rules import UnsupportedLanguage, language
from un_report.rules.base import LanguageRules

if TYPE_CHECKING:
    from un_report.ingest.pdf.reader import PdfText

TEXT_SUFFIXES = (".txt", ".md")
PDF_SUFFIXES = (".pdf",)
SUFFIXES = TEXT_SUFFIXES + PDF_SUFFIXES
NOTICE_CHARS = 2000  # an archive's "not found" notice is this short
DETECTION_LINES = 400  # the language is told from the document's first lines
GUESSED_FRONT_LINES, COVER_LINE_CHARS = 60, 2000  # `_guessed_front`: how many lines, how long a cover's line may be


class LanguageRefused(InputError):
    """A document in a language un-report has no rules for; `lang` names it (ISO 639-1)."""

    def __init__(self, path: Path | str, problem: str, lang: str) -> None:
        super().__init__(path, problem)
        self.lang = lang

    def __reduce__(self) -> tuple[type[LanguageRefused], tuple[Path, str, str]]:  # type: ignore[override]
        return (LanguageRefused, (self.path, self.problem, self.lang))


def read_lines(path: Path) -> tuple[Sequence[Line], list[Line]]:
    """The report's lines, page furniture removed, by the reader its suffix asks for; and
    the running texts dropped as page furniture (PDF only: the symbol may stand only there)."""
    lines, furniture, _ = read_input(path)
    return lines, furniture


def read_input(path: Path) -> tuple[Sequence[Line], list[Line], PdfText | None]:
    """`read_lines`, with what the PDF reader saw of the PDF (None for text)."""
    if check_regular_file(path) == 0:
        raise InputError(path, "the file is empty (0 bytes)")
    suffix = path.suffix.lower()
    try:
        if suffix in TEXT_SUFFIXES:
            from un_report.ingest.text import read_text

            return read_text(path), [], None
        if suffix in PDF_SUFFIXES:
            from un_report.ingest.pdf.reader import read_pdf_text

            pdf = read_pdf_text(path)
            return pdf.lines, [Line(text=text) for text in pdf.furniture], pdf
    except OSError as exc:  # it changed or went away while being read, a disk error
        raise InputError(path, path_problem(path, exc)) from None
    raise InputError(path, f"unsupported file type {suffix!r}; give a {', '.join(SUFFIXES)} file")


def ingest(path: Path) -> Document:
    """Read one report: its body lines, `Language` and document symbol (the file stem if none).

    The symbol is read from the front matter, else from the running header (a PDF that
    prints it only there), else from anywhere in the text. A language without rules is
    refused with its name.
    """
    lines, furniture, pdf = read_input(path)
    if not any(line.text.strip() for line in lines):
        raise InputError(path, "no text found in the file")
    code = _edition(pdf, lines) or detect_language("\n".join(line_texts(lines[:DETECTION_LINES])))
    if code is None:
        raise InputError(path, "no letters of any script found in the text")
    try:
        lang = language(code)
    except UnsupportedLanguage as exc:
        raise LanguageRefused(path, str(exc), code) from None
    size = sum(map(len, line_chunks(lines))) + len(lines) - 1  # of the lines joined by a space
    if size < NOTICE_CHARS and re.search(lang.rules.layout.not_found, " ".join(line_texts(lines)), re.IGNORECASE):
        raise InputError(path, "is a 'document not found' notice of the document archive, not a document")
    start = body_start(lines, lang.rules)
    front = lines[:start] or _guessed_front(lines)
    meta = _front_matter(pdf, front, furniture, lang.rules)
    start = _after_masthead(lines, start, meta)
    if not meta.date:  # a cover page: the front matter dates the report on a line of its own
        meta.date = date_alone(front, lang.rules)
    cover = [ln for ln in front if ln.role != "footnote"]
    if not meta.symbols:  # a text, or a PDF with a cover page: a line that is a symbol alone
        meta.symbols = next((found for ln in cover if (found := split_symbols(ln.text))), [])
    if not meta.symbols:  # the session and supplement the front matter names (A/80/1)
        derived = report_symbol(cover, lang.rules)
        meta.symbols = [derived] if derived else []
    symbol = meta.symbols[0] if meta.symbols else None
    pages = pdf.timings.pages if pdf is not None else last_page(lines)
    body, masthead = _masthead_out(lines[start:], meta)
    return Document(
        source=path.name, path=path, report=symbol or path.stem, language=lang, lines=body,
        front=[*lines[:start], *masthead] if masthead else lines[:start], meta=meta, pages=pages,
    )


def _guessed_front(lines: Sequence[Line]) -> list[Line]:
    """Without a paragraph 1, the lines the front matter is read in (symbol, date, title):
    the first `GUESSED_FRONT_LINES`, up to one longer than a cover prints (a text of one line
    of a hundred thousand words has no cover; its fields were sought in all of it)."""
    front = list(lines[:GUESSED_FRONT_LINES])
    return front[: next((i for i, ln in enumerate(front) if len(ln.text) > COVER_LINE_CHARS), len(front))]


def _edition(pdf: PdfText | None, lines: Sequence[Line]) -> str | None:
    """The language of a PDF's edition, from page 1's masthead: the edition it names, else
    the original it states where page 1's text is in that language too (the pages after
    may be an annex in another, circulated as submitted); None for a text, or if neither."""
    if pdf is None:
        return None
    height = pdf.page_size[1]
    masthead = [s.text for s in pdf.masthead if s.top < MASTHEAD_SHARE * height]
    named = edition_language(masthead)
    if named is not None:
        return named
    original = original_language(masthead)
    page_one = "\n".join(line.text for line in lines if line.page == 1)
    return original if original is not None and detect_language(page_one) == original else None


def _front_matter(
    pdf: PdfText | None, front: Sequence[Line], furniture: list[Line], rules: LanguageRules
) -> FrontMatter:
    """What page 1 says of the document: from a PDF's masthead, else the front matter's text.
    A PDF without a masthead symbol (a cover page, a scan) takes the symbol its running
    header prints."""
    if pdf is None:
        return front_fields(front, rules)
    meta = read_masthead(list(pdf.masthead), *pdf.page_size, rules)
    if not meta.symbols:
        meta.symbols = [s for ln in furniture for s in split_symbols(ln.text)]
    return meta


def _after_masthead(lines: Sequence[Line], start: int, meta: FrontMatter) -> int:
    """Where the body starts: below page 1's masthead (symbol, date) and title when no table of contents
    lies between them and the first numbered paragraph (a letter, a short report: text
    before paragraph 1, or no numbered paragraph at all, is body text too)."""
    if meta.body_top is None or not meta.symbols or not meta.date:  # no masthead: a cover page
        return start
    cut = next((i for i, ln in enumerate(lines) if ln.page != 1 or _top(ln) > meta.body_top), len(lines))
    if (cut >= start and start > 0) or cut == len(lines):
        return start
    if any(is_toc_line(ln.text) for ln in lines[cut:start]):
        return start
    return cut


def _masthead_out(body: Sequence[Line], meta: FrontMatter) -> tuple[Sequence[Line], list[Line]]:
    """The body lines, and those of page 1's masthead and title that the reading order put
    after the body's first lines (the masthead's right-hand column, read after the left
    one): a page-1 line that ends above the title's foot, read after one below it, is front
    matter. As in `_after_masthead`, only where page 1 has a masthead (a symbol and a date)."""
    if meta.body_top is None or not meta.symbols or not meta.date:
        return body, []
    top = meta.body_top
    below = next((i for i, ln in enumerate(body) if ln.page == 1 and ln.boxes and _top(ln) > top), len(body))
    above = [ln for ln in body[below:] if ln.page == 1 and ln.role != "footnote" and ln.boxes and _bottom(ln) <= top]
    if not above:
        return body, []
    out = {id(ln) for ln in above}
    return [ln for ln in body if id(ln) not in out], above


def _bottom(line: Line) -> float:
    return max((b[3] for b in line.boxes or () if b is not None), default=0.0)


def _top(line: Line) -> float:
    return min((b[1] for b in line.boxes or () if b is not None), default=0.0)
