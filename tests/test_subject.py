"""Subjects: what a count or amount counts (best effort), one row per case."""

from __future__ import annotations

import pytest

from un_report.extract import extract
from un_report.models import Unit
from un_report.rules import language

SUBJECTS = [
    # the report's Chinese
    pytest.param("zh", "我们通过 40 个特别政治任务和办事处以及 11 个维持和平行动", "40 个", "特别政治任务和办事处", id="zh-phrase-with-and"),
    pytest.param("zh", "为超过 1.16 亿人提供了救生援助", "超过 1.16 亿人", "人", id="zh-unit-names-people"),
    pytest.param("zh", "政府与业界合作项目涉及 6 500 万辆汽车停驶", "6 500 万辆", "汽车", id="zh-noun-after-classifier"),
    pytest.param("zh", "2024年有近16500名曾与武装部队有关联的儿童", "2024年", "", id="zh-year-has-none"),
    # the report's English
    pytest.param("en", "through 40 special political missions and offices and 11 peacekeeping operations", "40",
                 "special political missions and offices", id="en-phrase-with-and"),
    pytest.param("en", "we supported 50 countries and six regions", "50", "countries", id="en-stops-at-next-figure"),
    pytest.param("en", "we supported 30 community initiatives and a capacity-building programme", "30",
                 "community initiatives", id="en-stops-at-article"),
    pytest.param("en", "to more than 116 million people. In countries", "more than 116 million", "people",
                 id="en-stops-at-sentence-end"),
]


@pytest.mark.parametrize(("lang", "text", "figure", "subject"), SUBJECTS)
def test_subject(lang: str, text: str, figure: str, subject: str) -> None:
    unit = Unit(report="R", source="r", lang=lang, para="1", kind="paragraph", text=text)  # type: ignore[arg-type]
    subjects = {f.text: f.subject for f in extract([unit], language(lang))}
    assert subjects[figure] == subject
