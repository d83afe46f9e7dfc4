"""un-report: UN reports (PDF or text) → paragraph and figure tables
(ingest → segment → extract → export).

The public API, three functions; everything else is reached through what they return:

- `read_report(path)`: one report file → its `ReportResult` (units, figures, notes);
- `extract_figures(text, lang)`: the figures of a piece of text in a language (ISO 639-1);
- `write_tables(results, out)`: the tables of reports read, as CSV and Parquet.

A session from a report to its tables:

>>> import shutil, tempfile
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "r_en.txt").write_text(
...     "A/99/1\\n\\nChapter I\\n\\nIntroduction\\n\\n"
...     "1. In 2024, we supported 40 countries with $13 billion.\\n", encoding="utf-8")
>>> result = read_report(folder / "r_en.txt")
>>> result.report, result.lang, [u.para for u in result.units]
('A/99/1', 'en', ['1'])
>>> [(f.kind, f.text) for f in result.figures]
[('year', '2024'), ('count', '40'), ('money', '$13 billion')]
>>> [p.name for p in write_tables([result], folder / "out")]
['documents.csv', 'documents.parquet', 'paragraphs.csv', 'paragraphs.parquet', 'figures.csv', 'figures.parquet']
>>> shutil.rmtree(folder)

Importing the package is cheap: pandas, pdfplumber and jieba are imported by the functions
that need them, on first use.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from un_report.extract import Reading
    from un_report.pipeline import ReportResult

__version__ = "0.1.0"
__all__ = ["__version__", "extract_figures", "read_report", "write_tables"]


def read_report(path: str | Path) -> ReportResult:
    """Read one report file (`.pdf`, `.txt`, `.md`): its units and figures, with the notes
    of the run summary; `un_report.errors.InputError` says why a file cannot be read.

    >>> from pathlib import Path
    >>> read_report(Path("nowhere.txt"))
    Traceback (most recent call last):
    ...
    un_report.errors.InputError: nowhere.txt: no such file or folder
    """
    from un_report.pipeline import run_report

    return run_report(Path(path))


def extract_figures(text: str, lang: str) -> list[Reading]:
    """The figures of `text`, written in language `lang` (an ISO 639-1 code with rules:
    `un_report.rules.MODULES`), in reading order; offsets index `text`.

    >>> [(r.kind, r.value, r.unit, r.qualifier, r.text) for r in extract_figures("逾 130 亿美元", "zh")]
    [('money', Decimal('13000000000'), 'USD', 'over', '逾 130 亿美元')]
    >>> [(r.kind, str(r.value), r.start, r.end) for r in extract_figures("about 52.4 per cent of them", "en")]
    [('percent', '52.4', 0, 19)]
    """
    from un_report.extract import extract_text
    from un_report.rules import language

    return extract_text(text, language(lang))


def write_tables(results: Iterable[ReportResult], out: str | Path) -> list[Path]:
    """Write the tables of the reports read into folder `out` (created if needed):
    paragraphs and figures as CSV and Parquet, and figures_aligned when two editions of a
    report are among them; each file replaced atomically. Returns the paths written."""
    from un_report.pipeline import write_results

    return write_results(list(results), Path(out))
