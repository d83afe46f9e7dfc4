"""Figures from a table of sentences or paragraphs (CSV or JSONL), not from a report file.

Analysts have tables of sentences, from other tools or from the UN corpus, and want the
same figures from them. Each row is one unit: its id column becomes `para`, the file stem
the `report` and the file name the `source`. A leading paragraph number ("4. Further to…",
"1. 表示注意到") is cut off before extraction, as segmentation cuts it off a numbered
paragraph; offsets (`start`, `end`) still index the text as given in the row.

    figures = read_sentence_figures(Path("lines.jsonl"), "zh", text_column="zh", id_column="line")
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

from un_report.errors import InputError
from un_report.extract import extract_text
from un_report.extract.subject import subject_for
from un_report.language import Language
from un_report.models import Figure
from un_report.rules import UnsupportedLanguage, language
from un_report.script import numbered_line

SUFFIXES = (".csv", ".jsonl")


def read_rows(path: Path, text_column: str, id_column: str) -> Iterator[tuple[str, str]]:
    """(id, text) of every row of a CSV (with a header) or JSONL file; an empty or missing
    text is an empty string."""
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(path, f"not a table of sentences; give a {' or '.join(SUFFIXES)} file")
    if not path.is_file():
        raise InputError(path, "no such file")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        records = csv.DictReader(handle) if path.suffix.lower() == ".csv" else _jsonl(handle, path)
        for number, record in enumerate(records, 1):
            if text_column not in record or id_column not in record:
                missing = text_column if text_column not in record else id_column
                raise InputError(path, f"row {number} has no column {missing!r} (it has {', '.join(record)})")
            yield str(record[id_column]), str(record[text_column] or "")


def _jsonl(handle: Iterator[str], path: Path) -> Iterator[dict[str, object]]:
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"line {number} is not JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise InputError(path, f"line {number} is not a JSON object")
        yield record


def body_offset(text: str, lang: Language) -> int:
    """Where a line's text starts after a leading paragraph number, as segmentation reads
    one in the language (0 when it has none)."""
    numbered = numbered_line(lang.rules.layout.number_stops).match(text)
    return numbered.start("text") if numbered else 0


def text_figures(text: str, lang: Language, *, report: str, source: str, para: str) -> list[Figure]:
    """The figures of one sentence or paragraph, a leading paragraph number left out; the
    offsets index `text` as given."""
    cut = body_offset(text, lang)
    body = text[cut:]
    return [
        Figure(
            report=report, source=source, lang=lang.code, para=para, kind=r.kind, value=r.value,
            unit=r.unit, qualifier=r.qualifier, subject=subject_for(body, r.start, r.end, r.kind, r.unit, lang),
            text=r.text, start=r.start + cut, end=r.end + cut,
        )
        for r in extract_text(body, lang)
    ]


def read_sentence_figures(path: Path, lang: str, *, text_column: str, id_column: str) -> list[Figure]:
    """Every figure of every row of a table of sentences in language `lang`. Raises
    `InputError` for an unreadable table and `UnsupportedLanguage` for a language without
    figure rules."""
    rules = language(lang)
    if rules.figures is None:
        raise UnsupportedLanguage(lang)
    return [
        figure
        for para, text in read_rows(path, text_column, id_column)
        for figure in text_figures(text, rules, report=path.stem, source=path.name, para=para)
    ]
