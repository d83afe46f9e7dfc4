"""Per-character data kept compactly (issue 10, memory flat in pages): `Boxes` and
`GlyphRun` give back exactly what they were made of."""

from __future__ import annotations

import math
import pickle

import pytest

from un_report.boxes import Boxes
from un_report.ingest.pdf.glyphs import Glyph, GlyphRun

A = (72.0, 100.25, 77.5, 110.0)
B = (77.5, 100.25, 83.125, 110.0)
C = (0.1, 0.2, 0.30000000000000004, 842.0)  # doubles come back bit for bit

BOXES = [
    pytest.param([], id="no characters"),
    pytest.param([A], id="one box"),
    pytest.param([A, None, B], id="an inserted space has no box"),
    pytest.param([None, None], id="no box at all"),
    pytest.param([C], id="positions exact to the last bit"),
]


@pytest.mark.parametrize("boxes", BOXES)
def test_boxes_read_back(boxes: list[tuple[float, float, float, float] | None]) -> None:
    kept = Boxes(boxes)
    assert len(kept) == len(boxes)
    assert list(kept) == boxes
    assert [kept[i] for i in range(len(boxes))] == boxes
    assert kept.located() == any(b is not None for b in boxes)
    assert pickle.loads(pickle.dumps(kept)) == boxes


SLICES = [
    pytest.param(slice(1, 3), [None, B], id="a middle run"),
    pytest.param(slice(2, None), [B], id="to the end"),
    pytest.param(slice(5, 9), [], id="past the end"),
    pytest.param(slice(None, None, 2), [A, B], id="with a step"),
]


@pytest.mark.parametrize(("cut", "expected"), SLICES)
def test_boxes_slice(cut: slice, expected: list[tuple[float, float, float, float] | None]) -> None:
    sliced = Boxes([A, None, B])[cut]
    assert isinstance(sliced, Boxes) and list(sliced) == expected


def test_boxes_grow_as_a_unit_is_assembled() -> None:
    draft = Boxes()
    draft.pad(2)
    draft += Boxes([A, None, B])[0:1]
    draft += [None, C]
    assert list(draft) == [None, None, A, None, C]
    assert list(draft + [B]) == [None, None, A, None, C, B] and len(draft) == 5  # noqa: RUF005
    assert list(Boxes.joined([draft[0:1], draft[2:3], Boxes()])) == [None, A]
    assert draft[-1] == C and math.isnan(Boxes([None]).values[0])
    with pytest.raises(IndexError):
        draft[5]


def _glyph(text: str, x0: float, font: str = "TimesNewRomanPSMT", bold: bool = False) -> Glyph:
    return Glyph(text, x0, 100.0, x0 + 5.0, 110.0, 10.0, font, 108.0, not text.isspace(), text == "年", bold, False)


RUNS = [
    pytest.param([_glyph("a", 72.0)], id="one glyph"),
    pytest.param([_glyph("I", 72.0), _glyph(" ", 77.0), _glyph("年", 80.0)], id="space and CJK"),
    pytest.param([_glyph("a", 72.0), _glyph("b", 77.0, bold=True), _glyph("c", 82.0, "Arial")], id="three styles"),
    pytest.param([_glyph(str(i % 10), 72.0 + i, f"F{i}") for i in range(300)], id="more styles than a byte holds"),
]


@pytest.mark.parametrize("glyphs", RUNS)
def test_glyph_run_gives_its_glyphs_back(glyphs: list[Glyph]) -> None:
    run = GlyphRun(glyphs)
    assert run.glyphs() == glyphs and len(run) == len(glyphs)
    assert list(run.column("x1")) == [g.x1 for g in glyphs]
    assert list(run.fonts()) == [g.font for g in glyphs]


def test_glyph_run_needs_one_character_per_glyph() -> None:
    with pytest.raises(ValueError, match="one character"):
        GlyphRun([_glyph("fi", 72.0)])
