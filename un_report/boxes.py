"""Per-character PDF boxes kept compactly: four floats per character in one array.

A report's lines and units carry one box per character of their text (the figures'
positions come from them). As tuples, each character cost a tuple and its floats
(about 130 bytes); here it costs 32 bytes, so memory grows little with the pages read.
A character without a box (a space the reader inserted) is stored as NaN and read back
as None. The values are kept as doubles, so every position reads back exactly.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

# A character's position on its PDF page: (x0, top, x1, bottom) in PDF points.
BBox = tuple[float, float, float, float]

_NONE = (math.nan,) * 4


class Boxes(Sequence[BBox | None]):
    """One box, or None, per character: a sequence backed by one `array('d')`."""

    __slots__ = ("values",)

    def __init__(self, boxes: Iterable[BBox | None] = ()) -> None:
        values = array("d")
        for box in boxes:
            values.extend(_NONE if box is None else box)
        self.values = values

    @classmethod
    def of_values(cls, values: array[float]) -> Boxes:
        """Boxes over `values` (four per character), taken as they are, not copied."""
        out = cls.__new__(cls)
        out.values = values
        return out

    def __len__(self) -> int:
        return len(self.values) // 4

    @overload
    def __getitem__(self, index: int) -> BBox | None: ...
    @overload
    def __getitem__(self, index: slice) -> Boxes: ...
    def __getitem__(self, index: int | slice) -> BBox | Boxes | None:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return Boxes(self[i] for i in range(start, stop, step))
            return Boxes.of_values(self.values[4 * start : 4 * max(start, stop)])
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("box index out of range")
        k = 4 * index
        x0 = self.values[k]
        if x0 != x0:  # NaN: no box
            return None
        return (x0, self.values[k + 1], self.values[k + 2], self.values[k + 3])

    def __iter__(self) -> Iterator[BBox | None]:
        values = self.values
        for k in range(0, len(values), 4):
            x0 = values[k]
            yield None if x0 != x0 else (x0, values[k + 1], values[k + 2], values[k + 3])

    def __add__(self, other: Iterable[BBox | None]) -> Boxes:
        out = Boxes.of_values(array("d", self.values))
        out += other
        return out

    def __iadd__(self, other: Iterable[BBox | None]) -> Boxes:
        if isinstance(other, Boxes):
            self.values.extend(other.values)
        else:
            for box in other:
                self.values.extend(_NONE if box is None else box)
        return self

    def located(self) -> bool:
        """Some character has a box."""
        return any(x0 == x0 for x0 in self.values[::4])  # NaN != NaN

    def pad(self, count: int) -> None:
        """Append `count` characters without a box."""
        if count > 0:
            self.values.extend(_NONE * count)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Boxes):
            return list(self) == list(other)
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    # mutable, like a list: no hash
    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Boxes({list(self)!r})"

    @classmethod
    def joined(cls, parts: Iterable[Boxes]) -> Boxes:
        """The boxes of several runs, one after another."""
        values = array("d")
        for part in parts:
            values.extend(part.values)
        return cls.of_values(values)
