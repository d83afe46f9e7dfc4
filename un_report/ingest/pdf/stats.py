"""Document statistics: body type and fonts, line pitch, vocabulary; heading type."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from un_report.ingest.furniture import LETTER
from un_report.ingest.pdf.glyphs import Glyph, is_cjk
from un_report.ingest.pdf.join import line_pieces
from un_report.ingest.pdf.lines import TextLine
from un_report.ingest.pdf.tolerances import (
    DEFAULT_BODY_SIZE,
    DEFAULT_PITCH_EM,
    LARGER_STEP,
    PITCH_MAX_EM,
    PITCH_MIN_EM,
    SIZE_STEP,
    STYLE_SHARE,
)

WORD = re.compile(LETTER.pattern + "+")  # a run of letters: a word of the vocabulary


def half_point(value: float) -> float:
    """Rounded to the nearest half point: sizes and distances that count as equal."""
    return round(value * 2) / 2


@dataclass(slots=True)
class Doc:
    """What the whole document says about its type, against which each line is judged."""

    body_size: float
    body_font: dict[bool, str]  # by script: cjk → font name of most body text
    pitch: dict[float, float] = field(default_factory=dict)  # type size → line pitch
    vocab: frozenset[str] = frozenset()
    furniture: frozenset[str] = frozenset()  # texts printed unchanged as page furniture

    def line_pitch(self, size: float) -> float:
        return self.pitch.get(round(size), DEFAULT_PITCH_EM * size)

    def strong(self, line: TextLine) -> bool:
        """Bold, larger, or (CJK) in another typeface than the body: a heading's type."""
        if line.strong is None:
            line.strong = self._strong(line)
        return line.strong

    def _strong(self, line: TextLine) -> bool:
        letters = _letters(line)
        if not letters:
            return False
        if line.size >= self.body_size + LARGER_STEP:
            return True
        if sum(g.bold for g in letters) >= STYLE_SHARE * len(letters):
            return True
        cjk = [g for g in letters if g.cjk]
        return len(cjk) >= STYLE_SHARE * len(letters) and sum(
            g.font != self.body_font.get(True) for g in cjk
        ) >= STYLE_SHARE * len(cjk)

    def emphasised(self, line: TextLine) -> bool:
        """Wholly italic, or wholly in another typeface than the body's."""
        letters = _letters(line)
        if not letters:
            return False
        other = sum(g.italic or g.font != self.body_font.get(g.cjk) for g in letters)
        return other >= STYLE_SHARE * len(letters)

    def cjk_text(self, lines: Sequence[TextLine]) -> bool:
        letters = [g for ln in lines for g in ln.ink if g.text.isalnum()]
        return sum(g.cjk for g in letters) * 2 > len(letters)


def _letters(line: TextLine) -> list[Glyph]:
    """The line's letters and digits in its own type (superscripts left out)."""
    return [g for g in line.ink if g.text.isalnum() and not line.is_super(g)]


def spaced(line: TextLine) -> str:
    """The line's text with its word spaces (a PDF may print none: its words are gaps),
    kept on the line: the reader asks for it while the page's glyph tuples are at hand,
    so that the vocabulary (`doc_stats`) need not rebuild every line's."""
    if line.spaced is None:
        line.spaced = "".join(ch for ch, _ in line_pieces(line, 0.0)[0])
    return line.spaced


def doc_stats(lines: list[list[TextLine]]) -> Doc:
    """Body size and fonts (by script) and the vocabulary, from every page's lines."""
    sizes: Counter[float] = Counter()
    for page_lines in lines:
        for line in page_lines:
            run = line.run  # read by column: a document's lines hold no glyph tuples
            letters = zip(run.text, run.column("size"), strict=True)
            sizes.update(half_point(size) for ch, size in letters if ch.isalnum())
    body_size = sizes.most_common(1)[0][0] if sizes else DEFAULT_BODY_SIZE
    fonts: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    words: set[str] = set()
    for page_lines in lines:
        for line in page_lines:
            run = line.run
            for ch, size, font in zip(run.text, run.column("size"), run.fonts(), strict=True):
                if ch.isalnum() and abs(size - body_size) < SIZE_STEP:
                    fonts[is_cjk(ch)][font] += 1
            words.update(w.lower() for w in WORD.findall(spaced(line)))
    body_font = {k: c.most_common(1)[0][0] for k, c in fonts.items() if c}
    return Doc(body_size=body_size, body_font=body_font, vocab=frozenset(words))


def measure_pitch(doc: Doc, regions: Iterable[Sequence[TextLine]]) -> None:
    """The usual baseline distance of consecutive lines, per type size (each region's lines)."""
    deltas: dict[float, Counter[float]] = {}
    for lines in regions:
        for a, b in pairwise(lines):
            delta = b.baseline - a.baseline
            if abs(a.size - b.size) < SIZE_STEP and PITCH_MIN_EM * a.size < delta < PITCH_MAX_EM * a.size:
                deltas.setdefault(round(a.size), Counter())[half_point(delta)] += 1
    doc.pitch = {size: c.most_common(1)[0][0] for size, c in deltas.items()}
