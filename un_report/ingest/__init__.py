"""Stage 1, ingest: an input file → a `Document` (its body lines, symbol and `Language`).

The text reader (`text`) and the PDF reader (`pdf`) give lines with their pages, page
furniture removed (`furniture`, characters repaired by `charfix`); then the language is
detected (`detect`) and looked up once, the front matter is cut off and the document
symbol read from it (`front`).
"""

from __future__ import annotations

from pathlib import Path

from un_report.errors import InputError
from un_report.ingest.detect import detect_language
from un_report.ingest.front import body_start, report_symbol
from un_report.models import Document, Line
from un_report.rules import UnsupportedLanguage, language

TEXT_SUFFIXES = (".txt", ".md")
PDF_SUFFIXES = (".pdf",)
SUFFIXES = TEXT_SUFFIXES + PDF_SUFFIXES
DETECTION_LINES = 400  # the language is told from the document's first lines


def read_lines(path: Path) -> tuple[list[Line], list[Line]]:
    """The report's lines, page furniture removed, by the reader its suffix asks for; and
    the running texts dropped as page furniture (PDF only: the symbol may stand only there)."""
    if not path.exists():
        raise InputError(path, "no such file or folder")
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        from un_report.ingest.text import read_text

        return read_text(path), []
    if suffix in PDF_SUFFIXES:
        from un_report.ingest.pdf.reader import read_pdf_text

        pdf = read_pdf_text(path)
        return pdf.lines, [Line(text=text) for text in pdf.furniture]
    raise InputError(path, f"unsupported file type {suffix!r}; give a {', '.join(SUFFIXES)} file")


def ingest(path: Path) -> Document:
    """Read one report: its body lines, `Language` and document symbol (the file stem if none).

    The symbol is read from the front matter, else from the running header (a PDF that
    prints it only there), else from anywhere in the text. A language without rules is
    refused with its name.
    """
    lines, furniture = read_lines(path)
    if not any(line.text.strip() for line in lines):
        raise InputError(path, "no text found in the file")
    code = detect_language("\n".join(line.text for line in lines[:DETECTION_LINES]))
    if code is None:
        raise InputError(path, "no letters of any script found in the text")
    try:
        lang = language(code)
    except UnsupportedLanguage as exc:
        raise InputError(path, str(exc)) from None
    start = body_start(lines, lang.rules)
    front = lines[:start] or lines[:60]
    symbol = next(filter(None, (report_symbol(where, lang.rules) for where in (front, furniture, lines))), None)
    return Document(
        source=path.name, path=path, report=symbol or path.stem, language=lang, lines=lines[start:], front=lines[:start]
    )
