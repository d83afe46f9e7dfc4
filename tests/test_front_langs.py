"""The front matter of the four other editions: the session and supplement formula of the
symbol line gives the report's symbol, and the chapter headings are read; one row per
language, in its own wording."""

from __future__ import annotations

import pytest

from un_report.ingest.front import report_symbol
from un_report.models import Line
from un_report.rules import language

SESSION_LINES = [
    pytest.param("fr", "Assemblée générale\nDocuments officiels\nQuatre-vingtième session\nSupplément no 1", "A/80/1", id="fr"),
    pytest.param("fr", "Soixante-neuvième session\nSupplément nº 1", "A/69/1", id="fr-69"),
    pytest.param("es", "Asamblea General\nDocumentos Oficiales\nOctogésimo período de sesiones\nSuplemento núm. 1", "A/80/1", id="es"),
    pytest.param("es", "Sexagésimo noveno período de sesiones\nSuplemento núm. 1", "A/69/1", id="es-69"),
    pytest.param("ru", "Генеральная Ассамблея\nОфициальные отчеты\nВосьмидесятая сессия\nДополнение № 1", "A/80/1", id="ru"),
    pytest.param("ru", "Шестьдесят девятая сессия\nДополнение № 1", "A/69/1", id="ru-69"),
    pytest.param("ar", "الجمعية العامة\nالوثائق الرسمية\nالدورة الثمانون\nالملحق رقم 1", "A/80/1", id="ar"),
    pytest.param("ar", "الدورة التاسعة والستون\nالملحق رقم 1", "A/69/1", id="ar-69"),
]


@pytest.mark.parametrize(("lang", "front", "symbol"), SESSION_LINES)
def test_session_formula_gives_the_symbol(lang: str, front: str, symbol: str) -> None:
    lines = [Line(text=t) for t in front.splitlines()]
    assert report_symbol(lines, language(lang).rules) == symbol


CHAPTERS = [
    pytest.param("fr", "Chapitre II", id="fr"),
    pytest.param("es", "Capítulo II", id="es"),
    pytest.param("ru", "Глава II", id="ru"),
    pytest.param("ar", "الفصل الثاني", id="ar"),
]


@pytest.mark.parametrize(("lang", "heading"), CHAPTERS)
def test_chapter_headings(lang: str, heading: str) -> None:
    import re

    assert re.match(language(lang).rules.layout.chapter, heading)


FRONT_FIELDS = [  # a language's front matter as text → (date, session, agenda item) read from it
    pytest.param("fr", "Soixante-dix-neuvième session\nPoint 23 de l'ordre du jour provisoire\n1er juillet 2025",
                 ("2025-07-01", "Soixante-dix-neuvième session", "Point 23 de l'ordre du jour provisoire"), id="fr"),
    pytest.param("es", "Septuagésimo noveno período de sesiones\nTema 23 del programa provisional\n"
                 "12 de marzo de 2024",
                 ("2024-03-12", "Septuagésimo noveno período de sesiones", "Tema 23 del programa provisional"), id="es"),
    pytest.param("ru", "Семьдесят девятая сессия\nПункт 23 предварительной повестки дня\n17 апреля 2025 года",
                 ("2025-04-17", "Семьдесят девятая сессия", "Пункт 23 предварительной повестки дня"), id="ru"),
    # an Official Records cover: the session as its formula prints it
    pytest.param("fr", "Documents officiels\nQuatre-vingtième session\nSupplément no 1",
                 ("", "Quatre-vingtième session", ""), id="fr-cover"),
    pytest.param("zh", "大会正式记录第八十届会议补编第 1 号", ("", "第八十届会议", ""), id="zh-cover"),
]


@pytest.mark.parametrize(("lang", "front", "fields"), FRONT_FIELDS)
def test_front_fields_in_each_language(lang: str, front: str, fields: tuple[str, str, str]) -> None:
    from un_report.ingest.front import front_fields

    meta = front_fields([Line(text=t) for t in front.splitlines()], language(lang).rules)
    assert (meta.date, meta.session, meta.agenda) == fields
