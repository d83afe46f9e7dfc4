"""Language knowledge as data: one rules module per language, read by language-neutral
engines, and the registry that maps an ISO 639-1 code to its `Language`.

Adding a language: write `rules/<code>.py` with a `RULES = LanguageRules(...)` (see
`rules/base.py` for every field), add its code to `MODULES`, and give it a detection
profile in `rules/profiles.py` if it has none.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING

from un_report.rules.profiles import PROFILES

if TYPE_CHECKING:  # language.py imports rules.base, which runs this package first
    from un_report.language import Language

# The languages with rules: code → module holding its RULES.
MODULES: dict[str, str] = {
    "zh": "un_report.rules.zh",
    "en": "un_report.rules.en",
    "fr": "un_report.rules.fr",
    "es": "un_report.rules.es",
    "ru": "un_report.rules.ru",
    "ar": "un_report.rules.ar",
}


class UnsupportedLanguage(LookupError):
    """A language that has no rules module yet."""

    def __init__(self, code: str) -> None:
        self.code = code
        name = PROFILES[code].name if code in PROFILES else code
        super().__init__(f"the text is {name}; un-report reads {', '.join(supported())}")


def supported() -> tuple[str, ...]:
    """The codes of the languages un-report has rules for."""
    return tuple(MODULES)


@cache
def language(code: str) -> Language:
    """The `Language` for an ISO 639-1 code; its rules module is imported on first use."""
    if code not in MODULES:
        raise UnsupportedLanguage(code)
    from un_report.language import Language

    return Language(import_module(MODULES[code]).RULES)
