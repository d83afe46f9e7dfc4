"""Language knowledge as data: one rules module per language, read by language-neutral engines."""

from __future__ import annotations

from un_report.models import Lang
from un_report.rules.base import LanguageRules


def rules_for(lang: Lang) -> LanguageRules:
    """The rule tables for `lang`; imported lazily so a run only loads what it reads."""
    if lang == "zh":
        from un_report.rules import zh

        return zh.RULES
    from un_report.rules import en

    return en.RULES


def has_figure_rules(lang: Lang) -> bool:
    """Whether `lang` has figure rules yet (a language can be segmented before that)."""
    return rules_for(lang).figures is not None
