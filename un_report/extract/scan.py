"""Patterns scanned over a whole text (`finditer`), made cheap where they match nothing.

A pattern that opens with a look-behind (a whole word: `(?<!letter)`, a time of day:
`(?<![\\d.:])\\d…`) is tried in full at every character of the text: the regex engine
skips ahead only to a literal or a class that opens the pattern. `scanning` compiles the
pattern behind a look-ahead of the characters a match can open with, read from the parsed
pattern: at every other character the engine fails on one class. The look-ahead holds
wherever the pattern matches, so the matches are the same, at the same places.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# The regex parser of the standard library and its opcodes (private modules, untyped)
_parser: Any = importlib.import_module("re._parser")
C: Any = importlib.import_module("re._constants")

Opening = tuple[list[str], bool]  # the classes a match may open with, and whether it may be empty
_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_LOCAL_FLAGS_READ = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE  # the inline flags a group may set


def scanning(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, behind a look-ahead of its opening characters when they
    can be told (else as it is)."""
    compiled = re.compile(pattern, flags)
    classes = opening_classes(compiled)
    if classes is None:
        return compiled
    return re.compile(f"(?={classes})(?:{pattern})", compiled.flags)


def opening_classes(compiled: re.Pattern[str]) -> str | None:
    """A pattern of one character (classes, compiled with the pattern's flags) that holds the
    first character of every match; None when that cannot be told (a match may be empty, or
    open with any character or a back-reference).

    >>> opening_classes(re.compile(r"(?<!\\w)(?:ab|c\\d|(?-i:[X-Z]))", re.IGNORECASE))
    '(?:[ac]|(?-i:[X-Z]))'
    """
    try:
        parsed = _parser.parse(compiled.pattern, compiled.flags)
    except re.error:
        return None
    ignoring = bool(compiled.flags & re.IGNORECASE)
    found = _sequence(parsed.data, ignoring, ignoring)
    if found is None or found[1]:
        return None
    plain = "".join(dict.fromkeys(cls[1:-1] for cls in found[0] if _is_plain(cls)))  # one class, each once
    others = dict.fromkeys(cls for cls in found[0] if not _is_plain(cls))
    return "(?:" + "|".join([f"[{plain}]"] * bool(plain) + list(others)) + ")"


def _is_plain(cls: str) -> bool:
    """A class that is not negated and reads case as the pattern does: it joins the others."""
    return cls.startswith("[") and not cls.startswith("[^")


def _sequence(items: Any, ignoring: bool, outer: bool) -> Opening | None:
    """The opening classes of a sequence of parsed items, in a stretch that ignores case or
    not (`ignoring`) of a pattern that does or not (`outer`)."""
    classes: list[str] = []
    for op, av in items:
        found = _item(op, av, ignoring, outer)
        if found is None:
            return None
        classes += found[0]
        if not found[1]:
            return classes, False
    return classes, True


def _item(op: Any, av: Any, ignoring: bool, outer: bool) -> Opening | None:
    if op in _ZERO_WIDTH:
        return [], True
    if op is C.LITERAL:
        return [_in_case(f"[{_char(av)}]", ignoring, outer)], False
    if op is C.NOT_LITERAL:
        return [_in_case(f"[^{_char(av)}]", ignoring, outer)], False
    if op is C.IN:
        members = _members(av)
        return None if members is None else ([_in_case(f"[{members}]", ignoring, outer)], False)
    if op is C.BRANCH:
        classes, empty = [], False
        for alternative in av[1]:
            found = _sequence(alternative.data, ignoring, outer)
            if found is None:
                return None
            classes += found[0]
            empty = empty or found[1]
        return classes, empty
    if op is C.SUBPATTERN:
        _, added, removed, sub = av
        if (added | removed) & ~_LOCAL_FLAGS_READ:
            return None  # (?a:…), (?u:…): its classes read otherwise than the look-ahead's
        inner = (ignoring or bool(added & re.IGNORECASE)) and not removed & re.IGNORECASE
        return _sequence(sub.data, inner, outer)
    if op is C.ATOMIC_GROUP:
        return _sequence(av.data, ignoring, outer)
    if op in _REPEATS:
        low, high, sub = av
        found = _sequence(sub.data, ignoring, outer) if high else ([], True)
        return None if found is None else (found[0], found[1] or low == 0)
    return None  # any character, a back-reference, a conditional group


def _members(items: Any) -> str | None:
    """The inside of a parsed class, written back."""
    out = []
    for op, av in items:
        if op is C.NEGATE:
            out.append("^")
        elif op is C.LITERAL:
            out.append(_char(av))
        elif op is C.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None
    return "".join(out)


def _char(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "-]^\\" else "\\" + chr(code)


def _in_case(cls: str, ignoring: bool, outer: bool) -> str:
    """A class as its stretch reads case, in a look-ahead compiled as the pattern is."""
    if ignoring == outer:
        return cls
    return f"(?i:{cls})" if ignoring else f"(?-i:{cls})"
