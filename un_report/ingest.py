"""Stage 1: an input file → a `Document` (its body lines, symbol and language)."""

from __future__ import annotations

from pathlib import Path

from un_report.errors import InputError
from un_report.front import body_start, detect_lang, report_symbol
from un_report.models import Document, Line
from un_report.rules import rules_for

TEXT_SUFFIXES = (".txt", ".md")
PDF_SUFFIXES = (".pdf",)
SUFFIXES = TEXT_SUFFIXES + PDF_SUFFIXES


def read_lines(path: Path) -> tuple[list[Line], list[Line]]:
    """The report's lines, page furniture removed, by the reader its suffix asks for; and
    the running texts dropped as page furniture (PDF only: the symbol may stand only there)."""
    if not path.exists():
        raise InputError(path, "no such file or folder")
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        from un_report.ingest_text import read_text

        return read_text(path), []
    if suffix in PDF_SUFFIXES:
        from un_report.ingest_pdf import read_pdf_text

        pdf = read_pdf_text(path)
        return pdf.lines, [Line(text=text) for text in pdf.furniture]
    raise InputError(path, f"unsupported file type {suffix!r}; give a {', '.join(SUFFIXES)} file")


def ingest(path: Path) -> Document:
    """Read one report: its lines, language and document symbol (the file stem if none).

    The symbol is read from the front matter, else from the running header (a PDF that
    prints it only there), else from anywhere in the text.
    """
    lines, furniture = read_lines(path)
    if not any(line.text.strip() for line in lines):
        raise InputError(path, "no text found in the file")
    lang = detect_lang(lines)
    rules = rules_for(lang)
    front = lines[: body_start(lines, rules)] or lines[:60]
    symbol = report_symbol(front, rules) or report_symbol(furniture, rules) or report_symbol(lines, rules)
    return Document(source=path.name, report=symbol or path.stem, lang=lang, lines=lines)
