"""Page images for a review page: each PDF page that holds units, with every figure's box drawn on it.

Rendered with pdfplumber's `page.to_image` (pypdfium2 underneath) at a modest resolution and
written as palette PNGs beside the HTML, so the page needs no network to show them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

RESOLUTION = 90  # pixels per inch of the page images: a 595 × 842 pt page → 744 × 1053 px
BOX_STROKE_WIDTH = 1
BOX_FILL_ALPHA = 40  # of 255: the figure stays readable under its box


@dataclass(frozen=True)
class PageImage:
    """One rendered page: `src` relative to the review folder; width and height in PDF points."""

    src: str
    width: float
    height: float


def find_sources(inputs: Iterable[Path], names: Iterable[str]) -> dict[str, Path]:
    """Input file name → its path, for each of `names` found among `inputs` (files, or folders of them)."""
    wanted = set(names)
    found: dict[str, Path] = {}
    for path in inputs:
        candidates = sorted(path.iterdir()) if path.is_dir() else [path]
        for candidate in candidates:
            if candidate.name in wanted and candidate.is_file():
                found.setdefault(candidate.name, candidate)
    return found


def page_count(pdf_path: Path) -> int:
    """How many pages the PDF has."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        return len(pdf.pages)


def render_pages(
    pdf_path: Path, pages: Sequence[int], boxes: pd.DataFrame, folder: Path, stem: str,
    colours: Mapping[str, str], review_dir: Path,
) -> dict[int, PageImage]:
    """Render `pages` (1-based) of `pdf_path` into `folder/<stem>-p<NNN>.png`, each figure of `boxes`
    (columns page, kind, x0, top, x1, bottom) drawn in its kind's colour; page number → PageImage."""
    import pdfplumber

    folder.mkdir(parents=True, exist_ok=True)
    images: dict[int, PageImage] = {}
    with pdfplumber.open(pdf_path) as pdf:
        for number in sorted(set(pages)):
            if not 1 <= number <= len(pdf.pages):
                continue
            page = pdf.pages[number - 1]
            image = page.to_image(resolution=RESOLUTION)
            on_page = boxes[(boxes["page"] == number) & boxes["x0"].notna()]
            for row in on_page.itertuples():
                colour = colours.get(str(row.kind), "#000000")
                image.draw_rect(
                    (row.x0, row.top, row.x1, row.bottom),
                    stroke=colour, fill=_with_alpha(colour, BOX_FILL_ALPHA), stroke_width=BOX_STROKE_WIDTH,
                )
            path = folder / f"{stem}-p{number:03d}.png"
            image.save(path, format="PNG", quantize=True)
            images[number] = PageImage(
                src=path.relative_to(review_dir).as_posix(), width=float(page.width), height=float(page.height)
            )
    return images


def _with_alpha(colour: str, alpha: int) -> tuple[int, int, int, int]:
    """`#RRGGBB` → an RGBA tuple with the given alpha."""
    value = colour.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16), alpha)
