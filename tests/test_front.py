"""Front matter: the document's own symbols and what page 1 says of it (the documents table),
and inputs refused for what they are."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from un_report.errors import InputError
from un_report.ingest import ingest
from un_report.ingest.symbols import split_symbols
from un_report.models import Document
from un_report.pipeline import refused_row
from un_report.pipeline import report_outcome as _run

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"


@cache
def _doc(name: str) -> Document:
    return ingest(FIXTURES / name)


SYMBOLS = [  # a printed run → the symbols it gives
    ("A/80/74-E/2025/53", ["A/80/74", "E/2025/53"]),  # joint, hyphen between
    ("A/79/1–S/2025/2", ["A/79/1", "S/2025/2"]),  # joint, en dash between
    ("A/79/772/Add.1", ["A/79/772/Add.1"]),
    ("A/78/5/Rev.1", ["A/78/5/Rev.1"]),
    ("S/2025/270/Corr.1", ["S/2025/270/Corr.1"]),
    ("A/HRC/59/23", ["A/HRC/59/23"]),
    ("DP/OPS/2025/6", ["DP/OPS/2025/6"]),
    ("JIU/REP/2025/1", ["JIU/REP/2025/1"]),
    ("E/CN.6/2025/3", ["E/CN.6/2025/3"]),
    ("S/RES/2770 (2025)", ["S/RES/2770 (2025)"]),
    ("DP/FPA/2025/4 (Part I)", ["DP/FPA/2025/4 (Part I)"]),  # a document printed in parts
    ("JIU/REP/2025/1 [Expanded report]", ["JIU/REP/2025/1 [Expanded report]"]),  # an edition named in brackets
    ("A /79/ 1", ["A/79/1"]),  # spaced by the layout
    ("A./47/435", ["A/47/435"]),  # a scan's OCR dot after the series letter
    ("A/39/36I", ["A/39/361"]),  # a scan's OCR I for 1 in a numeric field
    ("A/4O/l2", ["A/40/12"]),  # O for 0, l for 1
    ("A/HRC/59/L.1", ["A/HRC/59/L.1"]),  # a letter that belongs to the symbol stays
    ("DP-FPA/2025/1", ["DP-FPA/2025/1"]),  # two organs' joint series, no joint symbol
    ("E/ICEF/672(Première partie)", ["E/ICEF/672(Première partie)"]),  # its part, in French, glued on
    ("A/80/1 (see annex)", []),  # words in brackets after a symbol: a citation
    ("ICCD/COP(8)/CST/8", ["ICCD/COP(8)/CST/8"]),  # a session number in brackets in a component
    ("Distr.: General", []),
    ("https://undocs.org/A/80/1", []),
    ("25-06692 (E)", []),
]


@pytest.mark.parametrize(("printed", "symbols"), SYMBOLS)
def test_symbols_of_a_printed_run(printed: str, symbols: list[str]) -> None:
    assert split_symbols(printed) == symbols


FRONT = [  # fixture → field → value read from page 1
    ("issue-10-joint-symbol-cited-in-footnote.pdf", "report", "A/80/74"),  # not A/80/50 of its footnote
    ("issue-10-joint-symbol-cited-in-footnote.pdf", "symbols", ["A/80/74", "E/2025/53"]),
    ("issue-10-joint-symbol-cited-in-footnote.pdf", "date", "2025-04-29"),
    ("issue-10-joint-symbol-cited-in-footnote.pdf", "session", "Eightieth session"),
    ("issue-10-joint-symbol-cited-in-footnote.pdf", "agenda", "Item 23 (a) of the preliminary list"),
    ("issue-10-joint-symbol-cited-in-footnote.pdf", "job", "25-06692"),
    ("issue-10-joint-symbol-cited-in-footnote.pdf", "title",
     "Implementation of General Assembly resolution 79/226 on the quadrennial comprehensive policy "
     "review of operational activities for development of the United Nations system"),
    ("issue-10-joint-symbol-cited-in-footnote.pdf", "pages", 2),
    # an Official Records cover: the title above the organ, the session above "Supplement No. 21",
    # and the committee's own session dates in the title block are no date of the document
    ("issue-10-official-records-cover.pdf", "report", "A/80/21"),
    ("issue-10-official-records-cover.pdf", "title", "Report of the Committee on Information"),
    ("issue-10-official-records-cover.pdf", "session", "Eightieth Session"),
    ("issue-10-official-records-cover.pdf", "date", ""),
    ("issue-10-joint-series-symbol.pdf", "report", "DP-FPA/2025/1"),  # not DP and FPA/2025/1
    ("issue-10-symbol-with-bracketed-session.pdf", "report", "ICCD/COP(8)/CST/8"),
    ("issue-10-scan-ocr-letter-in-symbol.pdf", "report", "A/39/361"),  # its OCR prints A/39/36I
    # the date and the edition's language, in small type beside the organ's large type, are two lines
    ("issue-10-edition-language-over-annex-language.pdf", "date", "2025-04-17"),
    ("issue-10-edition-language-over-annex-language.pdf", "symbols", ["A/79/876", "S/2025/230"]),
    # other languages' mastheads: the Russian edition's printed in English, the French scan's in French
    ("S_2024_145_ru_p1-2.pdf", "date", "2024-02-20"),  # "20 February 2024" above "Russian"
    ("E_ICEF_672_fr_scan_p1-2.pdf", "date", "1980-05-23"),  # "23 mai 1980"
    ("E_ICEF_672_fr_scan_p1-2.pdf", "report", "E/ICEF/672(Première partie)"),  # a part named in brackets
    ("issue-10-spanish.pdf", "date", "2024-04-29"),
]


@pytest.mark.parametrize(("fixture", "field", "value"), FRONT)
def test_front_matter_of_page_one(fixture: str, field: str, value: object) -> None:
    doc = _doc(fixture)
    got = getattr(doc, field) if field in ("report", "pages") else getattr(doc.meta, field)
    assert got == value


REFUSED = [  # input → (words of the error, language named)
    ("issue-10-ods-not-found.pdf", "'document not found' notice", ""),
]


EDITIONS = [  # fixture → the language tag: the edition page 1's masthead names, not the annex's
    ("issue-10-edition-language-over-annex-language.pdf", "en"),  # "English / Original: Arabic", annex in Arabic
    ("issue-10-joint-series-symbol.pdf", "en"),  # "Original: English": told from the text
    ("S_2024_145_ru_p1-2.pdf", "ru"),  # "Russian", in English, above "Original: English"
    ("E_ICEF_672_fr_scan_p1-2.pdf", "fr"),  # "FRANÇAIS"
]


@pytest.mark.parametrize(("fixture", "lang"), EDITIONS)
def test_the_language_tag_is_the_editions(fixture: str, lang: str) -> None:
    assert _doc(fixture).language.code == lang


def test_masthead_lines_read_after_the_body_stay_out_of_units() -> None:
    outcome = _run(FIXTURES / "issue-10-masthead-column-read-after-body.pdf")  # the right column read last
    assert not isinstance(outcome, InputError)
    texts = [u.text for u in outcome.units]
    assert texts and not [t for t in texts if "A/AC.121/2025/INF/4" in t or "Distr." in t or "English only" in t]


def test_a_text_cover_gives_its_title_and_session(tmp_path: Path) -> None:
    cover = tmp_path / "cover.txt"  # a Chinese Official Records cover as text: the formula on one line
    cover.write_text("秘书长关于联合国工作的报告\n\n大 会 正式记录 第八十届会议 补编第 1 号\n\n第一章\n\n导言\n\n"
                     "1. 本报告回顾了人类历经艰难险阻但仍怀抱希望的一年。\n", encoding="utf-8")
    meta = ingest(cover).meta
    assert (meta.title, meta.session, meta.symbols) == ("秘书长关于联合国工作的报告", "第八十届会议", ["A/80/1"])


def test_a_spanish_document_is_tagged_spanish() -> None:
    outcome = _run(FIXTURES / "issue-10-spanish.pdf")  # read where Spanish rules exist, else refused naming it
    assert outcome.lang == "es" if not isinstance(outcome, InputError) else "Spanish" in outcome.problem


@pytest.mark.parametrize(("fixture", "words", "lang"), REFUSED)
def test_inputs_refused_for_what_they_are(fixture: str, words: str, lang: str) -> None:
    outcome = _run(FIXTURES / fixture)
    assert isinstance(outcome, InputError)
    row = refused_row(outcome)
    assert (words in row.error, row.status, row.lang, len(row.sha256)) == (True, "refused", lang, 64)


def test_an_empty_file_is_refused_as_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    outcome = _run(empty)
    assert isinstance(outcome, InputError) and "empty" in outcome.problem


def test_documents_table_has_a_row_per_input_read_or_refused(tmp_path: Path) -> None:
    import pandas as pd

    from un_report.export import DOCUMENT_COLUMNS
    from un_report.pipeline import run_batch

    files = [FIXTURES / "issue-10-joint-symbol-cited-in-footnote.pdf", FIXTURES / "issue-10-ods-not-found.pdf"]
    run_batch(files, tmp_path, jobs=1)
    table = pd.read_csv(tmp_path / "documents.csv", keep_default_na=False)
    assert list(table.columns) == list(DOCUMENT_COLUMNS)
    rows = {r.source: r for r in table.itertuples()}
    read, refused = rows[files[0].name], rows[files[1].name]
    assert (read.status, read.report, read.symbol, read.job) == ("read", "A/80/74", "A/80/74|E/2025/53", "25-06692")
    assert (refused.status, refused.report, refused.units) == ("refused", "issue-10-ods-not-found", 0)
    assert 0 < float(read.coverage) <= 1 and read.units > 0
