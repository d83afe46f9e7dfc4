"""scripts/agreement.py: Chinese and English figures of parallel lines paired by kind and
value, the optional classes left aside. Rows: a parallel line → the figures left without a
twin in each language."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "agreement.py"
_spec = importlib.util.spec_from_file_location("agreement", SCRIPT)
assert _spec and _spec.loader
agreement = importlib.util.module_from_spec(_spec)
sys.modules["agreement"] = agreement  # its dataclass looks its module up
_spec.loader.exec_module(agreement)

# (zh, en, zh figures without a twin, en figures without a twin), as texts
ROWS = [
    ("为 40 个国家提供了 1.5 亿美元", "$150 million for 40 countries", [], []),
    ("约 52.4%的人口", "some 52.4 per cent of people", [], []),
    ("三分之一的国家", "a third of countries", [], []),
    ("2015年3月4日", "4 March 2015", [], []),
    ("十年来", "for a decade", ["十年"], []),  # a translation difference shows
    ("一个方案和数百个项目", "a programme and hundreds of projects", [], []),  # optional classes left aside
    ("联合国七十周年", "the seventieth anniversary", [], []),
    ("两名专家", "three experts", ["两名"], ["three"]),
    # a currency stated in one edition only: one amount, money in one and a count in the other
    ("收入 2.003 亿", "revenue of $200.3 million", [], []),
    ("收入 2.003 亿", "revenue of $200.4 million", ["2.003 亿"], ["$200.4 million"]),
]


@pytest.fixture(scope="module")
def lines(tmp_path_factory: pytest.TempPathFactory) -> list[object]:
    path = tmp_path_factory.mktemp("agreement") / "sentences.jsonl"
    path.write_text("\n".join(json.dumps({"line": i, "zh": zh, "en": en}, ensure_ascii=False)
                              for i, (zh, en, _, _) in enumerate(ROWS)), encoding="utf-8")
    return agreement.read(path, ("zh", "en"))


@pytest.mark.parametrize("index", range(len(ROWS)), ids=[r[1] for r in ROWS])
def test_figures_without_twin(lines: list[object], index: int) -> None:
    line = lines[index]
    alone = {code: [r.text for r in line.alone[code]] for code in ("zh", "en")}  # type: ignore[attr-defined]
    assert alone == {"zh": ROWS[index][2], "en": ROWS[index][3]}


def test_report_gives_shares_both_ways(lines: list[object]) -> None:
    text = agreement.report(lines, ("zh", "en"), top=3)
    assert "zh figures with a en twin:" in text and "en figures with a zh twin:" in text
    assert "lines that disagree: 3 of 10" in text
