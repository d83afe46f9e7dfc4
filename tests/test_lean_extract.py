"""Extract over a units' table a group of units at a time (`extract.SKIMMED`): a group with
no anchor of its language is passed over at once. One row per list of unit texts → the
same figures as each unit read on its own."""

from __future__ import annotations

import pytest

import un_report.extract as extract_module
from un_report.columns import UnitTable
from un_report.extract import extract
from un_report.models import Unit
from un_report.rules import language

ROWS: dict[str, tuple[str, list[str]]] = {
    "no figure anywhere": ("en", ["xyzw.", "abcd.", "efgh."]),
    "a figure in the last group": ("en", ["xyzw.", "abcd.", "it cost 5 dollars"]),
    "words of a numeral at units' edges": ("en", ["twenty", "five", "thousand people came", "none"]),
    "digits at units' edges": ("en", ["ends in 1", "2 starts", "x"]),
    "Chinese": ("zh", ["没有数字。", "共有三万人。", "无。", "增长了百分之五。"]),
    "full-width digits, read as ASCII": ("zh", ["没有。", "共有３５，０００人。", "无。", "年份：２０２４。"]),
    "full-width digits in English": ("en", ["none", "it cost ５ dollars", "none"]),
    "a superscript opens a word": ("en", ["none", "²five", "none"]),
}


def units_of(lang: str, texts: list[str]) -> list[Unit]:
    return [Unit.of(report="R", source="r.txt", lang=lang, part="", para=str(i + 1), kind="paragraph", number=i + 1,
                    chapter="", section="", heading="", title="", page=None, text=t, pages=None, boxes=None)
            for i, t in enumerate(texts)]


@pytest.mark.parametrize("name", ROWS)
@pytest.mark.parametrize("skimmed", [1, 2, 256])
def test_skimmed_groups_give_each_units_figures(name: str, skimmed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    lang, texts = ROWS[name]
    units = units_of(lang, texts)
    alone = [f for u in units for f in extract([u], language(lang))]
    monkeypatch.setattr(extract_module, "SKIMMED", skimmed)
    assert list(extract(UnitTable(units), language(lang))) == alone
    assert list(extract(units, language(lang))) == alone
