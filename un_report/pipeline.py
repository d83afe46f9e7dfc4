"""The four stages run together for one report: ingest → segment → extract."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from un_report.extract import extract
from un_report.ingest import ingest
from un_report.models import Figure, Unit
from un_report.rules import has_figure_rules
from un_report.segment import segment


@dataclass
class ReportResult:
    """One report's units and figures, with what the run summary says of it."""

    path: Path
    report: str
    lang: str
    units: list[Unit]
    figures: list[Figure]
    seconds: float
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        kinds = ("count", "percent", "money", "year")
        by_kind = ", ".join(f"{k} {sum(f.kind == k for f in self.figures)}" for k in kinds)
        line = (
            f"{self.path.name}: {self.report} [{self.lang}] {len(self.units)} units, "
            f"{len(self.figures)} figures ({by_kind}) in {self.seconds:.2f} s"
        )
        return "; ".join([line, *self.notes])


def run_report(path: Path) -> ReportResult:
    """Read, segment and extract one report file."""
    began = time.perf_counter()
    doc = ingest(path)
    notes: list[str] = []
    units = segment(doc, path, notes)
    figures = extract(units)
    if not has_figure_rules(doc.lang):
        notes.append(f"no {doc.lang} figure rules exist yet")
    return ReportResult(path, doc.report, doc.lang, units, figures, time.perf_counter() - began, notes)
