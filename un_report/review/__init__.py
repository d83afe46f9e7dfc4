"""Review pages: one static, self-contained HTML page per report and an index of all reports.

`write_review(out_dir, inputs)` reads the tables in `out_dir` (what `un-report extract` wrote),
finds the source PDFs among `inputs` for page images, and writes `out_dir/review/`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from un_report.errors import InputError
from un_report.review.images import PageImage, find_sources, page_count, render_pages
from un_report.review.page import index_page, kind_styles, page_names, report_page
from un_report.review.tables import Tables, load_tables

REVIEW_FOLDER = "review"
INDEX = "index.html"


def write_review(out_dir: Path, inputs: Sequence[Path]) -> list[Path]:
    """Write `out_dir/review/index.html` and one `<report>.html` per report (page images of PDF
    units in `<report>_pages/`); returns the HTML paths written. Raises InputError when `out_dir`
    holds no tables."""
    tables = load_tables(out_dir)
    review_dir = out_dir / REVIEW_FOLDER
    review_dir.mkdir(parents=True, exist_ok=True)
    sources = find_sources(inputs, tables.paragraphs["source"].unique())
    _fill_page_counts(tables, sources)
    written: list[Path] = []
    pages = page_names(str(r) for r in tables.paragraphs["report"].unique())
    for report, name in pages.items():
        images = _page_images(tables, report, sources, review_dir / f"{name}_pages", review_dir)
        written.append(_write_text(review_dir / f"{name}.html", report_page(report, tables, images)))
    written.insert(0, _write_text(review_dir / INDEX, index_page(tables.documents, pages)))
    return written


def _page_images(
    tables: Tables, report: str, sources: dict[str, Path], folder: Path, review_dir: Path
) -> dict[tuple[str, int], PageImage]:
    """Render the pages of the report's PDF sources that hold units or figures; (source, page) → image."""
    paragraphs = tables.paragraphs[tables.paragraphs["report"] == report]
    figures = tables.figures[tables.figures["report"] == report]
    colours = {kind: colour for kind, (colour, _) in kind_styles(sorted(figures["kind"].unique())).items()}
    images: dict[tuple[str, int], PageImage] = {}
    for source in paragraphs["source"].unique():
        path = sources.get(str(source))
        if path is None or path.suffix.lower() != ".pdf":
            continue
        pages = {int(p) for p in paragraphs.loc[paragraphs["source"] == source, "page"].dropna()}
        pages |= {int(p) for p in figures.loc[figures["source"] == source, "page"].dropna()}
        boxes = figures[figures["source"] == source]
        for page, image in render_pages(path, sorted(pages), boxes, folder, path.stem, colours, review_dir).items():
            images[(str(source), page)] = image
    return images


def _fill_page_counts(tables: Tables, sources: dict[str, Path]) -> None:
    """Pages of each PDF whose `documents` row leaves them empty (a derived documents table)."""
    docs = tables.documents
    docs["pages"] = docs["pages"].astype(object)
    for index, row in docs.iterrows():
        path = sources.get(str(row["source"]))
        if path is not None and path.suffix.lower() == ".pdf" and pd.isna(row["pages"]):
            docs.at[index, "pages"] = page_count(path)


def _write_text(path: Path, text: str) -> Path:
    """Write through a temporary file in the same folder, then rename it into place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
    return path


def run_review(out_dir: Path, inputs: Sequence[Path]) -> int:
    """`un-report review`: write the pages, print where they are; one `error:` line and exit 2 on bad input."""
    try:
        written = write_review(out_dir, inputs)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {', '.join(str(p) for p in written)}")
    return 0
