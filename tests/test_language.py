"""Language detection and the registry: every UN language is told apart, and a language
without rules is refused with its name, never read with another language's rules."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from un_report.cli import main
from un_report.ingest.detect import detect_language
from un_report.rules import MODULES, UnsupportedLanguage, language, supported

# One report-like sentence per official language, written for these tests.
SENTENCES = [
    pytest.param("ar", "قدمت الأمم المتحدة في عام 2024 المساعدة إلى أكثر من 116 مليون شخص في 40 بلدا.", id="arabic"),
    pytest.param("zh", "2024 年,联合国向 40 个国家的超过 1.16 亿人提供了援助。", id="chinese"),
    pytest.param("zh", "联合国开发计划署(UNDP)与 UNICEF 在 2024 年支持了 170 个国家。", id="chinese-quoting-latin-names"),
    pytest.param("en", "In 2024, the United Nations assisted more than 116 million people in 40 countries.", id="english"),
    pytest.param("fr", "En 2024, l'Organisation des Nations Unies a aidé plus de 116 millions de personnes dans 40 pays.", id="french"),
    pytest.param("ru", "В 2024 году Организация Объединенных Наций оказала помощь более чем 116 миллионам человек.", id="russian"),
    pytest.param("es", "En 2024, las Naciones Unidas prestaron asistencia a más de 116 millones de personas en 40 países.", id="spanish"),
]


@pytest.mark.parametrize(("code", "text"), SENTENCES)
def test_each_official_language_is_detected(code: str, text: str) -> None:
    assert detect_language(text) == code


def test_text_without_letters_has_no_language() -> None:
    assert detect_language("2024 — 116 000 000 (40)") is None


@pytest.mark.parametrize("code", sorted(MODULES))
def test_each_registered_language_has_its_rules(code: str) -> None:
    lang = language(code)
    assert lang.code == code and lang is language(code)  # looked up once, then shared


@pytest.fixture
def without_french(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The registry as it is before a language's rules are added: French unregistered."""
    monkeypatch.delitem(MODULES, "fr", raising=False)
    language.cache_clear()
    yield
    language.cache_clear()


@pytest.mark.usefixtures("without_french")
def test_an_unregistered_language_is_named_in_the_error() -> None:
    with pytest.raises(UnsupportedLanguage) as raised:
        language("fr")
    assert "the text is French" in str(raised.value) and ", ".join(supported()) in str(raised.value)


@pytest.mark.usefixtures("without_french")
def test_a_document_in_a_language_without_rules_is_refused_with_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = next(p.values[1] for p in SENTENCES if p.values[0] == "fr")
    report = tmp_path / "rapport.txt"
    report.write_text(f"1. {text}\n\n2. {text}\n", encoding="utf-8")
    exit_code = main(["extract", "--quiet", "--jobs", "1", str(report), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert exit_code != 0
    assert "the text is French" in err and str(report) in err
    assert not (tmp_path / "out" / "figures.csv").exists()  # never read with English rules


MASTHEADS = [  # page 1's masthead lines → (the edition it names, the original it states)
    pytest.param(["Distr.: General", "17 April 2025", "English", "Original: Arabic"], ("en", "ar"), id="translation"),
    pytest.param(["Distr.: General", "20 February 2024", "Russian", "Original: English"], ("ru", "en"),
                 id="translation-masthead-in-english"),
    pytest.param(["FRANÇAIS", "ORIGINAL : ANGLAIS"], ("fr", None), id="old-scan-in-french"),
    pytest.param(["Distr.: General", "Original: English"], (None, "en"), id="original"),
    pytest.param(["原文：中文"], (None, "zh"), id="original-in-chinese"),
    pytest.param(["Original: English and French", "Distr.: General"], (None, None), id="two-originals"),
]


@pytest.mark.parametrize(("masthead", "languages"), MASTHEADS)
def test_masthead_names_edition_and_original(masthead: list[str], languages: tuple[str | None, str | None]) -> None:
    from un_report.ingest.detect import edition_language, original_language

    assert (edition_language(masthead), original_language(masthead)) == languages


class _Masthead:  # what ingest reads of a PDF's page 1: its segments and page size
    page_size = (612.0, 792.0)

    def __init__(self, texts: list[str]) -> None:
        from un_report.ingest.pdf.masthead import Segment

        self.masthead = [Segment(t, 400.0, 40.0 + 12 * i, 500.0, 50.0 + 12 * i, 10.0, False) for i, t in enumerate(texts)]


ENGLISH = "The Permanent Mission of the Republic has the honour to transmit to the Secretary-General the report"
RUSSIAN = "Комитет рассмотрел шестой периодический доклад государства-участника на своих заседаниях"
EDITIONS = [  # masthead, page 1's text → the language tag page 1 gives (None: told from the whole text)
    pytest.param(["Original: English"], ENGLISH, "en", id="original-and-page-one-agree"),
    pytest.param(["Original: English"], RUSSIAN, None, id="page-one-is-a-translation"),
    pytest.param(["Russian", "Original: English"], RUSSIAN, "ru", id="edition-named"),
    pytest.param(["Distr.: General"], ENGLISH, None, id="neither"),
]


@pytest.mark.parametrize(("masthead", "page_one", "code"), EDITIONS)
def test_edition_language_from_page_one(masthead: list[str], page_one: str, code: str | None) -> None:
    from un_report.ingest import _edition
    from un_report.models import Line

    arabic_annex = [Line(text="يتشرف الممثل الدائم بأن يحيل إلى الأمين العام التقرير", page=2)] * 40
    lines = [Line(text=page_one, page=1), *arabic_annex]
    assert _edition(_Masthead(masthead), lines) == code  # type: ignore[arg-type]
