"""The counted noun after a figure (best effort): 40 个特别政治任务 → 特别政治任务.

jieba is imported on first use only, and its dictionary loads once per process, so a run
that needs no subjects (segmenting only, or a language without word segmentation) never
pays for it.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from types import ModuleType

from un_report.language import Language
from un_report.limits import start_up
from un_report.rules.base import SubjectRules
from un_report.script import SUPERSCRIPT_DIGITS


@cache
def _phrase_break(marks: str) -> re.Pattern[str]:
    """A subject phrase ends at one of the language's phrase marks, or a space before a bracket."""
    inside = f"[{re.escape(marks)}]|" if marks else ""
    return re.compile(rf"{inside}\s(?=[(\[])")


@cache
def _posseg() -> ModuleType:
    with start_up():  # the module and its dictionary: a second or two, once per process
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
    posseg: ModuleType = jieba.posseg
    return posseg


def subject_for(text: str, start: int, end: int, kind: str, unit: str, language: Language) -> str:
    """What a count or amount counts; empty for percents and years, or when unclear."""
    rules = language.rules.subjects
    if kind in ("percent", "year") or rules is None:
        return ""
    tail = _phrase_break(rules.phrase_marks).split(text[end : end + rules.max_chars], maxsplit=1)[0]
    if language.rules.spaced:
        return _spaced_phrase(tail, rules, numeral_words=_numeral_words(language))
    tail = tail.split()[0] if tail.split() else ""
    phrase = _noun_phrase(tail, rules)
    return phrase or (unit if kind == "count" and unit in rules.noun_units else "")


def _numeral_words(language: Language) -> frozenset[str]:
    """The language's digit words (one set per language, not one per figure)."""
    cached = _NUMERAL_WORDS.get(language.code)
    if cached is None or cached[0] is not language:
        cached = _NUMERAL_WORDS[language.code] = (language, frozenset(language.rules.numerals.digits))
    return cached[1]


_NUMERAL_WORDS: dict[str, tuple[Language, frozenset[str]]] = {}


def _spaced_phrase(tail: str, rules: SubjectRules, numeral_words: frozenset[str], max_words: int = 6) -> str:
    """The words after an English figure up to a function word: 40 special political
    missions and offices. A joining word (and) stays only between two kept words."""
    taken: list[str] = []
    for raw in tail.split():
        word = raw.rstrip(".,;:!?" + SUPERSCRIPT_DIGITS)
        joiner = bool(taken) and word.lower() in rules.joiners
        stops = (word.lower() in rules.stop_words and not joiner) or word.lower() in numeral_words
        if stops or not word[:1].isalpha() or len(taken) == max_words:
            break  # a function word, or the next figure (50 countries and six regions)
        taken.append(word)
        if word != raw:
            break  # the sentence or clause ends here
    while taken and taken[-1].lower() in rules.joiners:
        taken.pop()
    return " ".join(taken)


def _noun_phrase(tail: str, rules: SubjectRules) -> str:
    """The nouns that open `tail`; after an attributive clause (…的民众), its head noun."""
    if not tail:
        return ""
    words = [(w.word, w.flag) for w in _posseg().lcut(tail)]
    phrase = _leading_nouns(words, rules)
    if phrase:
        return phrase
    for i, (word, _) in enumerate(words):
        if word == rules.linker:
            return _leading_nouns(words[i + 1 :], rules)
    return ""


def _leading_nouns(words: list[tuple[str, str]], rules: SubjectRules) -> str:
    taken: list[str] = []
    for word, flag in words:
        if word in rules.stop_words:
            break
        opens = not taken and flag in rules.modifier_tags  # a modifier may open the phrase
        joins = taken and flag in rules.conjunction_tags and word not in rules.list_conjunctions
        if flag.startswith(rules.noun_tags) or opens or joins:
            taken.append(word)
        else:
            break
    while taken and _posseg_flag(taken[-1]) in rules.conjunction_tags:
        taken.pop()
    return "".join(taken)


def _posseg_flag(word: str) -> str:
    return next((w.flag for w in _posseg().lcut(word)), "")
