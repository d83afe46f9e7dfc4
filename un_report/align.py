"""Figures confirmed across editions: every edition of a report aligned to its English
edition (the pivot), paragraph by paragraph, a figure paired with an English one of the
same kind and equal value; and each figure's count of the editions that state it.

A figure found in every edition is one an analyst can quote without a second look; one
found in a single edition points to an extraction error or a translation difference.

Values are compared as exact decimals, rounded to `SIGNIFICANT_DIGITS` significant digits
first: a share written as a fraction (三分之二, two thirds) is a repeating decimal cut at
the arithmetic's precision, and two ways of computing it may differ in the last digits;
no printed figure has that many digits, so 1 000 000 and 1,000,001 stay two figures.

A vague amount (数百, thousands: value null) is never paired: its written order does not
say which amount it is (数百 and "hundreds" may name different things, 数十万 and
"hundreds of thousands" may not be twins either), so no edition can confirm another's. Each
keeps its own row, unmatched, as any figure no other edition confirms.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Context, Decimal
from typing import Literal

from pydantic import BaseModel

from un_report.models import FIGURE_KINDS, Figure, FigureKind

Status = Literal["both", "lang_only", "en_only"]
PIVOT = "en"  # every edition is aligned to the English one
# Values agree when equal to this many significant digits: more than any printed figure
# has, fewer than the 28 of a repeating fraction's decimal (三分之二 → 66.666…67).
SIGNIFICANT_DIGITS = 20
_ROUNDING = Context(prec=SIGNIFICANT_DIGITS)

Unit = tuple[str, str]  # (part, para): a unit of one report, the same in every edition


class AlignedFigure(BaseModel):
    """One row of figures_aligned: a figure of edition `lang`, its English twin, or both."""

    report: str
    part: str = ""
    para: str
    kind: FigureKind
    value: Decimal | None
    lang: str
    id: str = ""
    text: str = ""
    en_id: str = ""
    en_text: str = ""
    status: Status


def same_value(a: Decimal | None, b: Decimal | None) -> bool:
    """Whether two figures' values are the same amount: equal to `SIGNIFICANT_DIGITS`
    significant digits. A vague amount (None) is the same as nothing, not even another."""
    if a is None or b is None:
        return False
    return _ROUNDING.create_decimal(a) == _ROUNDING.create_decimal(b)


def twins(a: Figure, b: Figure) -> bool:
    """Whether two figures (of two editions) state the same thing: same kind, equal value."""
    return a.kind == b.kind and same_value(a.value, b.value)


def _unit_of(figure: Figure) -> Unit:
    return getattr(figure, "part", "") or "", figure.para


def editions_of(figures: Iterable[Figure]) -> dict[str, dict[str, list[Figure]]]:
    """report → lang → its figures; of an edition read from several files, the first file."""
    by_report: dict[str, dict[str, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    source_of: dict[tuple[str, str], str] = {}
    for figure in figures:
        edition = (figure.report, figure.lang)
        if source_of.setdefault(edition, figure.source) == figure.source:
            by_report[figure.report][figure.lang].append(figure)
    return by_report


def align(figures: Iterable[Figure]) -> list[AlignedFigure]:
    """Each non-English edition of each report aligned to the English one; reports with no
    English edition, or only that one, give no rows."""
    rows: list[AlignedFigure] = []
    for report, editions in editions_of(figures).items():
        english = editions.get(PIVOT)
        if not english:
            continue
        for lang in sorted(editions):
            if lang != PIVOT and editions[lang]:
                rows += _align_edition(report, lang, editions[lang], english)
    return rows


def _align_edition(report: str, lang: str, figures: list[Figure], english: list[Figure]) -> list[AlignedFigure]:
    mine, theirs = _by_unit(figures), _by_unit(english)
    units = list(dict.fromkeys([_unit_of(f) for f in figures] + [_unit_of(f) for f in english]))
    rows: list[AlignedFigure] = []
    for part, para in units:
        pivot = theirs.get((part, para), [])
        used = [False] * len(pivot)
        for figure in mine.get((part, para), []):
            twin = next((i for i, e in enumerate(pivot) if not used[i] and twins(e, figure)), None)
            row = AlignedFigure(
                report=report, part=part, para=para, kind=figure.kind, value=figure.value, lang=lang,
                id=figure.id, text=figure.text, status="lang_only",
            )
            if twin is not None:
                used[twin] = True
                row.en_id, row.en_text, row.status = pivot[twin].id, pivot[twin].text, "both"
            rows.append(row)
        rows += [
            AlignedFigure(
                report=report, part=part, para=para, kind=e.kind, value=e.value, lang=lang,
                en_id=e.id, en_text=e.text, status="en_only",
            )
            for e, was_used in zip(pivot, used, strict=True)
            if not was_used
        ]
    return rows


def count_editions(figures: list[Figure]) -> None:
    """Set each figure's `editions`: in how many editions read (its own included) the same
    unit states a figure of the same kind and value."""
    for editions in editions_of(figures).values():
        by_lang = {lang: _by_unit(found) for lang, found in editions.items()}
        for lang, found in editions.items():
            for figure in found:
                unit = _unit_of(figure)
                others = (units.get(unit, []) for other, units in by_lang.items() if other != lang)
                figure.editions = 1 + sum(any(twins(figure, o) for o in those) for those in others)


def _by_unit(figures: list[Figure]) -> dict[Unit, list[Figure]]:
    grouped: dict[Unit, list[Figure]] = defaultdict(list)
    for figure in figures:
        grouped[_unit_of(figure)].append(figure)
    return grouped


def agreement(rows: list[AlignedFigure]) -> list[str]:
    """The run summary's lines: per report and edition, the share of its figures confirmed
    in English, per kind."""
    counted = Agreement()
    counted.add(rows)
    return counted.lines()


class Agreement:
    """The run summary's lines of agreement, counted as the rows of figures_aligned are
    written (a batch never holds them all)."""

    def __init__(self) -> None:
        # (report, lang) → kind → [figures of the edition confirmed in English, figures it states]
        self.counts: dict[tuple[str, str], dict[str, list[int]]] = {}

    def add(self, rows: Iterable[AlignedFigure]) -> None:
        for r in rows:
            edition = self.counts.setdefault((r.report, r.lang), {})
            if r.status != "en_only":
                stated = edition.setdefault(r.kind, [0, 0])
                stated[0] += r.status == "both"
                stated[1] += 1

    def lines(self) -> list[str]:
        lines = []
        for (report, lang), kinds in self.counts.items():
            parts = []
            for kind in FIGURE_KINDS:
                if kind in kinds:
                    both, stated = kinds[kind]
                    parts.append(f"{kind} {both}/{stated} ({100 * both / stated:.0f}%)")
            lines.append(f"{report} [{lang}]: figures confirmed in English: " + (", ".join(parts) or "none stated"))
        return lines
