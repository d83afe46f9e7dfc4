"""Reports in other languages than Chinese and English, as published: each is read with its
own language's rules and tagged so. Excerpts of the shared corpus (tests/fixtures/pdf/README.md):
a Spanish report, the first two pages of a Russian one, and two pages of a French scan
with a text layer. Each PDF is read once per module."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from un_report.pipeline import ReportResult, run_report

PDF = ROOT / "tests" / "fixtures" / "pdf"

# fixture → (symbol, language, the first unit's para and opening)
DOCUMENTS = [
    ("issue-10-spanish.pdf", "A/AC.292/2024/3", "es", "1", "En el anexo A de su segundo informe anual"),
    ("S_2024_145_ru_p1-2.pdf", "CEDAW/C/CAF/CO/6", "ru", "1", "Комитет рассматривал шестой периодический доклад"),
    # its masthead (symbol, date, "FRANÇAIS", "ORIGINAL : ANGLAIS") is front matter; the organ block stays
    ("E_ICEF_672_fr_scan_p1-2.pdf", "E/ICEF/672(Première partie)", "fr", "box-1", "FONDS DES NATIONS UNIES"),
]

# fixture → figures of one paragraph, read with that language's rules: (kind, value, text)
FIGURES = [
    ("issue-10-spanish.pdf", "1", [("year", 2021, "2021"), ("year", 2025, "2025")]),
    ("S_2024_145_ru_p1-2.pdf", "4", [("year", 2014, "2014"), ("count", 5, "5"), ("year", 2023, "2023"),
                                     ("year", 2022, "2022"), ("year", 2020, "2020"), ("year", 2016, "2016"),
                                     ("year", 2015, "2015")]),
    ("E_ICEF_672_fr_scan_p1-2.pdf", "u-4", [("count", 4, "quatre"), ("count", 17, "17")]),
    ("S_2024_145_ru_p1-2.pdf", "1", [("year", 2024, "2024")]),  # none of the symbols CEDAW/C/SR.2047
]


@pytest.fixture(scope="module")
def read() -> dict[str, ReportResult]:
    return {name: run_report(PDF / name) for name, *_ in DOCUMENTS}


@pytest.mark.parametrize(("name", "symbol", "lang", "para", "opening"), DOCUMENTS, ids=[d[2] for d in DOCUMENTS])
def test_read_with_its_own_language(read: dict[str, ReportResult], name: str, symbol: str, lang: str,
                                    para: str, opening: str) -> None:
    result = read[name]
    first = result.units[0]
    assert (result.report, result.lang, first.para, first.text[: len(opening)]) == (symbol, lang, para, opening)
    assert {f.lang for f in result.figures} == {lang}


@pytest.mark.parametrize(("name", "para", "expected"), FIGURES)
def test_figures_of_a_paragraph(read: dict[str, ReportResult], name: str, para: str, expected: list) -> None:
    found = [(f.kind, float(f.value or 0), f.text) for f in read[name].figures if f.para == para]
    assert found == [(k, float(v), t) for k, v, t in expected]
