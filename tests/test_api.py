"""The public API (`un_report.__init__`): what it offers, and that importing it is cheap.
Its docstring examples run as doctests (pyproject.toml: --doctest-modules)."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

import un_report
from un_report.rules import UnsupportedLanguage

PUBLIC = ["__version__", "extract_figures", "read_report", "write_tables"]


def test_all_names_the_public_api() -> None:
    assert sorted(un_report.__all__) == PUBLIC
    assert all(hasattr(un_report, name) for name in un_report.__all__)


# Modules the functions import on first use; `import un_report` alone must import none.
HEAVY = ["pandas", "pyarrow", "pdfplumber", "jieba"]


def test_importing_the_package_imports_no_heavy_dependency() -> None:
    probe = f"import sys, un_report; print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param("超过 1.16 亿人", "zh", [("count", Decimal(116000000), "over", "超过 1.16 亿人")], id="zh"),
        pytest.param("over $13 billion", "en", [("money", Decimal(13000000000), "over", "over $13 billion")], id="en"),
    ],
)
def test_extract_figures_takes_a_language_code(text: str, lang: str, expected: list[tuple[object, ...]]) -> None:
    assert [(r.kind, r.value, r.qualifier, r.text) for r in un_report.extract_figures(text, lang)] == expected


def test_extract_figures_refuses_a_language_without_rules() -> None:
    with pytest.raises(UnsupportedLanguage, match="un-report reads"):
        un_report.extract_figures("40", "xx")
