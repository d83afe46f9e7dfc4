"""Look-alike code points from PDF producers fold back to ordinary characters."""

from __future__ import annotations

import pytest

from un_report.ingest.charfix import fix_codepoints


@pytest.mark.parametrize(
    ("extracted", "meant"),
    [
        pytest.param("第⼀章", "第一章", id="kangxi-radical"),
        pytest.param("增⻓", "增长", id="radicals-supplement"),
        pytest.param("⼋⼗个国家", "八十个国家", id="numerals"),
        pytest.param("\u2329公约\u232a", "〈公约〉", id="deprecated-brackets"),
        pytest.param("第一章 35 000", "第一章 35 000", id="ordinary-text-unchanged"),
    ],
)
def test_fix_codepoints(extracted: str, meant: str) -> None:
    assert fix_codepoints(extracted) == meant
    assert len(fix_codepoints(extracted)) == len(extracted)  # offsets hold
