"""The tables a review page is built from, read from an output folder in their CONTRACT forms.

Older forms are tolerated and converted here, in one place: a missing `documents` table is
derived from paragraphs and figures, a missing `part` column becomes `""`, a missing
`editions` column is computed from the aligned table, and the wide `figures_aligned`
(`<lang>_id`, `<lang>_text`, `en_id`, `en_text`, status `<lang>_only`) becomes the long form.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from un_report.errors import InputError

PIVOT = "en"  # the edition every other edition is aligned to (CONTRACT.md)
LONG_ALIGNED_COLUMNS = ["report", "part", "para", "kind", "value", "lang", "id", "text", "en_id", "en_text", "status"]
DOCUMENT_COLUMNS = [
    "source", "status", "report", "symbol", "lang", "title", "pages", "units", "figures", "coverage", "warnings",
]


@dataclass
class Tables:
    """The four tables of one run; `aligned` is empty (with its columns) when nothing was aligned."""

    documents: pd.DataFrame
    paragraphs: pd.DataFrame
    figures: pd.DataFrame
    aligned: pd.DataFrame


def read_table(out_dir: Path, name: str) -> pd.DataFrame | None:
    """`out_dir/name.parquet` (or `.csv`) as a frame, or None when neither exists."""
    parquet, csv = out_dir / f"{name}.parquet", out_dir / f"{name}.csv"
    if parquet.exists():
        return pd.read_parquet(parquet)
    if csv.exists():
        return pd.read_csv(csv, dtype=str, keep_default_na=False)
    return None


def load_tables(out_dir: Path) -> Tables:
    """Read the tables of `out_dir`; raises InputError naming the folder when the core tables are missing."""
    if not out_dir.is_dir():
        raise InputError(out_dir, "no such folder; run `un-report extract` first to write the tables")
    paragraphs, figures = read_table(out_dir, "paragraphs"), read_table(out_dir, "figures")
    if paragraphs is None or figures is None:
        missing = " and ".join(n for n, t in (("paragraphs", paragraphs), ("figures", figures)) if t is None)
        raise InputError(out_dir, f"no {missing} table (.parquet or .csv); run `un-report extract` first")
    paragraphs, figures = with_part(paragraphs), with_part(figures)
    aligned = long_aligned(read_table(out_dir, "figures_aligned"))
    if "editions" not in figures.columns:
        figures["editions"] = editions_from(figures, aligned)
    documents = read_table(out_dir, "documents")
    if documents is None:
        documents = derive_documents(paragraphs, figures)
    return Tables(documents=documents, paragraphs=paragraphs, figures=figures, aligned=aligned)


def with_part(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with a `part` column (`""`, the body, where the table predates parts)."""
    frame = frame.copy()
    if "part" not in frame.columns:
        frame["part"] = ""
    frame["part"] = frame["part"].fillna("").astype(str)
    return frame


def long_aligned(frame: pd.DataFrame | None) -> pd.DataFrame:
    """`figures_aligned` in the long CONTRACT form, from either form; empty when there is none."""
    if frame is None or frame.empty:
        return pd.DataFrame(columns=LONG_ALIGNED_COLUMNS)
    frame = with_part(frame)
    if "lang" in frame.columns:
        return frame[LONG_ALIGNED_COLUMNS].fillna({"id": "", "text": "", "en_id": "", "en_text": ""})
    langs = [c[: -len("_id")] for c in frame.columns if c.endswith("_id") and c != f"{PIVOT}_id"]
    parts = []
    for lang in langs:
        rows = frame[(frame[f"{lang}_id"].fillna("") != "") | (frame["status"] == "en_only")]
        long = rows[["report", "part", "para", "kind", "value"]].copy()
        long["lang"] = lang
        long["id"] = rows[f"{lang}_id"].fillna("")
        long["text"] = rows[f"{lang}_text"].fillna("")
        long["en_id"] = rows[f"{PIVOT}_id"].fillna("")
        long["en_text"] = rows[f"{PIVOT}_text"].fillna("")
        long["status"] = rows["status"].replace({f"{lang}_only": "lang_only"})
        parts.append(long)
    if not parts:
        return pd.DataFrame(columns=LONG_ALIGNED_COLUMNS)
    return pd.concat(parts, ignore_index=True)[LONG_ALIGNED_COLUMNS]


def twins_of(aligned: pd.DataFrame) -> dict[str, list[str]]:
    """Figure id → the ids of its twins in other editions (pairs with status `both`)."""
    twins: dict[str, list[str]] = {}
    for row in aligned[aligned["status"] == "both"].itertuples():
        twins.setdefault(str(row.id), []).append(str(row.en_id))
        twins.setdefault(str(row.en_id), []).append(str(row.id))
    return twins


def editions_from(figures: pd.DataFrame, aligned: pd.DataFrame) -> pd.Series:
    """Per figure, the editions stating it: 1 plus the number of its twins."""
    twins = twins_of(aligned)
    return figures["id"].map(lambda fid: 1 + len(twins.get(str(fid), []))).astype("Int64")


def derive_documents(paragraphs: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """One `documents` row per source file read, from the rows it contributed (no title, pages, coverage, warnings)."""
    rows = []
    for (source, report, lang), units in paragraphs.groupby(["source", "report", "lang"], sort=False):
        rows.append({
            "source": source, "status": "read", "report": report, "symbol": report, "lang": lang, "title": "",
            "pages": None, "units": len(units),
            "figures": int((figures["source"] == source).sum()), "coverage": None, "warnings": "",
        })
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
