"""The layout keeps language knowledge in the rule tables (STYLE.md §1).

Every engine module (everything under `un_report/` but `rules/` and the Unicode facts of
`script.py`) is parsed with `ast`; its string constants, docstrings aside, must hold no
CJK character and no word of any rules table (a qualifier, unit, currency, numeral …) as a
whole word. One row per module, so a failure names it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import get_args

import pytest

from un_report.models import Figure, FigureKind, Qualifier, Unit, UnitKind
from un_report.rules import MODULES, language
from un_report.script import is_cjk

PACKAGE = Path(__file__).resolve().parent.parent / "un_report"
ENGINE_MODULES = sorted(
    p.relative_to(PACKAGE).as_posix()
    for p in PACKAGE.rglob("*.py")
    # the interfaces are English prose by design: the command line's help and messages,
    # the review pages' labels
    if p.relative_to(PACKAGE).parts[0] not in ("rules", "review") and p.name not in ("script.py", "cli.py")
)
def _group_names(pattern: str) -> list[str]:
    try:
        return list(re.compile(pattern).groupindex)
    except re.error:
        return []


# The engine's own vocabulary, which some rules tables share as words: the kinds of units
# and figures, the qualifiers and the column names of the model (percent is also an English
# percent word, paragraph and page English reference nouns), and the tables' names.
ENGINE_WORDS = (
    frozenset(get_args(FigureKind)) | frozenset(get_args(Qualifier)) | frozenset(get_args(UnitKind))
    | frozenset(Figure.model_fields) | frozenset(Unit.model_fields) | {"paragraphs", "figures"}
    # the named groups of the layout regexes, which the engine reads by name (session, supplement)
    | frozenset(
        name
        for code in MODULES
        for f in fields(language(code).rules.layout)
        if isinstance(pattern := getattr(language(code).rules.layout, f.name), str)
        for name in _group_names(pattern)
    )
)


def _table_words(value: object) -> Iterator[str]:
    """Every word of a rules table: the strings of its tuples, its mappings' keys, nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for key in value:
            yield from _table_words(key)
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _table_words(item)


def rules_words() -> frozenset[str]:
    """The words of the numeral and figure tables of every language with rules, as written
    (letters only, two or more; a CJK word is caught by the CJK check)."""
    words: set[str] = set()
    for code in MODULES:
        rules = language(code).rules
        for table in (rules.numerals, rules.figures):
            if table is None or not is_dataclass(table):
                continue
            for f in fields(table):
                for word in _table_words(getattr(table, f.name)):
                    token = word.strip().strip("-").lower()
                    if re.fullmatch(r"[a-z]{2,}(?: [a-z]+)*", token) and token not in ENGINE_WORDS:
                        words.add(token)
    return frozenset(words)


WORDS = rules_words()
# a word stands alone: not inside a Python name (write_tables)
WORD_PATTERN = re.compile(
    r"(?<![A-Za-z_])(?:" + "|".join(sorted(map(re.escape, WORDS), key=len, reverse=True)) + r")(?![A-Za-z_])", re.IGNORECASE
)


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the constant nodes that are docstrings (module, class, function)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


ATTRIBUTE_CALLS = ("hasattr", "getattr", "setattr")  # their strings are Python names


def _messages(tree: ast.AST) -> set[int]:
    """ids of the constants of messages, which are English prose (inside a raise statement
    or an f-string, or a string returned whole), and of attribute names (hasattr(x, "item"))."""
    kinds = (ast.Raise, ast.JoinedStr, ast.Return)
    found = {id(n) for node in ast.walk(tree) if isinstance(node, kinds) for n in ast.walk(node)}
    calls = (n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name))
    return found | {id(a) for c in calls if c.func.id in ATTRIBUTE_CALLS for a in c.args}  # type: ignore[attr-defined]


def string_constants(path: Path) -> Iterator[tuple[int, str, bool]]:
    """(line, text, is a message) of every string constant of a module but its docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings, messages = _docstrings(tree), _messages(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value, id(node) in messages


def language_words(text: str, message: bool = False) -> list[str]:
    """What in a string constant is language knowledge: CJK characters, and rules words
    unless it is a message (English prose may use them, never a CJK character)."""
    found = [c for c in text if is_cjk(c)]
    if not message:
        found += [m.group() for m in WORD_PATTERN.finditer(text)]
    return found


def test_rules_tables_give_words() -> None:
    assert {"million", "hundred", "hectares", "dollars", "more than"} <= WORDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("超过", ["超", "过"]),
        ("more than", ["more than"]),
        ("overall", []),
        ("(?![A-Za-z])", []),
        ("percent", []),  # a figure kind
        ("%", []),
    ],
)
def test_language_words(text: str, expected: list[str]) -> None:
    assert language_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the file has no paragraphs in it", []),
        ("第 {n} 段", ["第", "段"]),  # a message holds no CJK either
    ],
)
def test_language_words_of_messages(text: str, expected: list[str]) -> None:
    assert language_words(text, message=True) == expected


@pytest.mark.parametrize("module", ENGINE_MODULES)
def test_engine_module_holds_no_language_words(module: str) -> None:
    offending = [
        (line, text, words)
        for line, text, message in string_constants(PACKAGE / module)
        if (words := language_words(text, message))
    ]
    assert offending == []
