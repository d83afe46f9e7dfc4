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

from un_report.rules import rules_for

# Part-of-speech tags (jieba's ICTCLAS set) that can be part of a noun phrase.
NOUNISH = ("n", "vn", "nz", "nt", "ns", "nr", "j", "an", "ng", "l")
PHRASE_BREAK = re.compile(r"[,。;:、()()《》“”\"'!?!?,;:\s]")


@cache
def _posseg() -> ModuleType:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.posseg


def subject_for(text: str, start: int, end: int, kind: str, unit: str, lang: str) -> str:
    """What a count or amount counts; empty for percents and years, or when unclear."""
    if kind in ("percent", "year") or lang != "zh":
        return ""
    rules = rules_for(lang).subjects  # type: ignore[arg-type]
    tail = PHRASE_BREAK.split(text[end : end + rules.max_chars], maxsplit=1)[0]
    phrase = _noun_phrase(tail, rules.stop_words, rules.linker)
    return phrase or (unit if unit and not tail else phrase)


def _noun_phrase(tail: str, stop_words: tuple[str, ...], linker: str) -> str:
    """The nouns that open `tail`; after an attributive clause (…的民众), its head noun."""
    if not tail:
        return ""
    words = [(w.word, w.flag) for w in _posseg().lcut(tail)]
    phrase = _leading_nouns(words, stop_words)
    if phrase:
        return phrase
    for i, (word, _) in enumerate(words):
        if word == linker:
            return _leading_nouns(words[i + 1 :], stop_words)
    return ""


def _leading_nouns(words: list[tuple[str, str]], stop_words: tuple[str, ...]) -> str:
    taken: list[str] = []
    for word, flag in words:
        if word in stop_words:
            break
        if flag.startswith(NOUNISH) or (taken and flag in ("c", "cc") and word != "以及"):
            taken.append(word)
        else:
            break
    while taken and _posseg_flag(taken[-1]) in ("c", "cc"):
        taken.pop()
    return "".join(taken)


def _posseg_flag(word: str) -> str:
    return next((w.flag for w in _posseg().lcut(word)), "")
