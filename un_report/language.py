"""A language as the stages receive it: its rule tables and its compiled patterns together.

Ingest detects the language and looks it up once (`un_report.rules.language`); the
`Language` then travels with the `Document`, and segment, extract and subject read
everything they know of the language from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from un_report.rules.base import FigureRules, LanguageRules

if TYPE_CHECKING:
    from un_report.extract.matcher import Patterns


@dataclass(frozen=True, eq=False)
class Language:
    """One language's rules, and the patterns compiled from them on first use."""

    rules: LanguageRules

    @property
    def code(self) -> str:
        """The ISO 639-1 code (zh, en …)."""
        return self.rules.lang

    @property
    def figures(self) -> FigureRules | None:
        """The figure rules, or None while the language can be segmented but not extracted."""
        return self.rules.figures

    @cached_property
    def patterns(self) -> Patterns:
        """The figure matcher's compiled patterns (built once per process and language)."""
        from un_report.extract.matcher import Patterns
        from un_report.limits import start_up

        with start_up():  # a second or so, once per process and language
            return Patterns(self.rules)

    def __repr__(self) -> str:
        return f"Language({self.code!r})"
