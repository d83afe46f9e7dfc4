"""The tables of a batch assembled report by report: the memory they take is that of the
largest report (or, for figures confirmed across editions, of the largest set of editions
of one report), never that of the corpus.

The documents come in the order of the inputs. Each is known first by its `documents` row
(cheap to read from the result store) and loaded whole only when its rows are written:

- paragraphs and figures are appended report by report, in that order;
- a report read in several editions is aligned when its first edition with figures comes:
  all its editions are loaded together (`align`, `count_editions`), its figures_aligned
  rows written, and the figures' `editions` counts kept for the editions that come later
  (one byte per figure; an edition that directly follows is kept loaded instead);
- the documents table comes last, its rows sorted by file name.

Rows are gathered into frames of `export.FRAME_ROWS` and Parquet files written in row
groups as the rows come (`export.TableSet`), so the tables are byte for byte those of the
whole batch held in memory at once.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from un_report.align import Agreement, align, count_editions
from un_report.columns import FigureTable, UnitTable
from un_report.export import ALIGNED, TableSet, aligned_rows, document_rows
from un_report.models import DocumentRow


class Readable(Protocol):
    """What the tables need of a report read: its units and figures."""

    @property
    def units(self) -> UnitTable: ...

    @property
    def figures(self) -> FigureTable: ...


@dataclass(frozen=True)
class Entry:
    """A report read, as the assembly sees it: its file, its `documents` row, and how to
    load its units and figures (from the store, or from memory)."""

    path: Path
    head: Callable[[], DocumentRow]
    load: Callable[[], Readable]


@dataclass(frozen=True)
class LeftOut:
    """A report read that is not exported: its report and language were read first from `kept`."""

    path: Path
    report: str
    lang: str
    kept: Path

    @property
    def reason(self) -> str:
        return f"left out: the same report and language were read first from {self.kept.name}"

    def summary(self) -> str:
        return f"{self.path.name}: {self.report} [{self.lang}] {self.reason}"


@dataclass
class Assembled:
    """What the assembly wrote: the tables (none when no report was read), the dataset's
    folders, the reports read and exported with their coverage, those left out, and the
    agreement lines of figures_aligned."""

    written: list[Path] = field(default_factory=list)
    dataset: list[Path] = field(default_factory=list)
    read: int = 0
    coverage: list[float] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    agreement: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Seen:
    """What the assembly keeps of each report read before its rows are written."""

    report: str
    lang: str
    figures: bool


def assemble(
    entries: Sequence[Entry], refused: Sequence[DocumentRow], out: Path, dataset: Path | None = None
) -> Assembled:
    """Write the tables of the reports read (`entries`, in input order) into `out`, with a
    `documents` row for each of them and each input refused (`refused`, in input order),
    as one set; and the partitioned dataset into `dataset` if given. An `OutputError`
    says why `out` cannot take them (the tables there are then those of the last run)."""
    done = Assembled()
    exported: list[int] = []  # indices into entries, the first of each (report, lang)
    seen: list[_Seen] = []
    left_rows: list[int] = []
    first: dict[tuple[str, str], int] = {}
    for index, entry in enumerate(entries):
        row = entry.head()
        kept = first.setdefault((row.report, row.lang), index)
        if kept != index:
            done.left_out.append(LeftOut(entry.path, row.report, row.lang, entries[kept].path))
            left_rows.append(index)
            continue
        exported.append(index)
        seen.append(_Seen(row.report, row.lang, row.figures > 0))
        if row.coverage is not None:
            done.coverage.append(row.coverage)
    done.read = len(exported)
    if not exported:
        return done

    editions: dict[str, list[int]] = defaultdict(list)  # report → positions in `exported` with figures
    for position, report_seen in enumerate(seen):
        if report_seen.figures:
            editions[report_seen.report].append(position)
    agreement = Agreement()
    with TableSet(out, dataset) as tables:
        _write_reports(tables, entries, exported, editions, agreement)
        _write_documents(tables, entries, exported, refused, left_rows, done.left_out)
        done.written = tables.commit()
        done.dataset = tables.written_dataset
    done.agreement = agreement.lines()
    return done


def _write_reports(
    tables: TableSet, entries: Sequence[Entry], exported: list[int], editions: dict[str, list[int]],
    agreement: Agreement,
) -> None:
    """Paragraphs and figures report by report; figures_aligned by report read in several editions."""
    group_of = {group[0]: group for group in editions.values() if len(group) > 1}
    counts: dict[int, array[int]] = {}  # position → its figures' editions, computed with its report's first edition
    loaded: dict[int, Readable] = {}  # editions loaded with the first one and directly after it
    tables.table("paragraphs")
    tables.table("figures")
    for position, index in enumerate(exported):
        cached = loaded.pop(position, None)
        result = cached if cached is not None else entries[index].load()
        if position in group_of:
            group = group_of[position]
            members = {p: result if p == position else entries[exported[p]].load() for p in group}
            read = {p: list(members[p].figures) for p in group}  # records, to align and count
            figures = [f for p in group for f in read[p]]
            rows = align(figures)
            count_editions(figures)
            if rows:
                agreement.add(rows)
                tables.add_rows(ALIGNED, aligned_rows(rows))
            following = position + 1
            for p in group:
                if p == position:
                    result.figures.set_editions(f.editions for f in read[p])
                elif p == following:
                    members[p].figures.set_editions(f.editions for f in read[p])
                    loaded[p] = members[p]
                    following += 1
                else:
                    counts[p] = array("B", (f.editions for f in read[p]))
            del members, read, figures, rows
        elif position in counts:
            result.figures.set_editions(counts.pop(position))
        elif cached is None:  # the only edition of its report with figures
            figures = list(result.figures)
            count_editions(figures)
            result.figures.set_editions(f.editions for f in figures)
            del figures
        tables.add_units(result.units)
        tables.add_figures(result.figures)
        del result


def _write_documents(
    tables: TableSet, entries: Sequence[Entry], exported: list[int], refused: Sequence[DocumentRow],
    left_rows: list[int], left_out: list[LeftOut],
) -> None:
    """A row per input, sorted by file name: the reports read, then those refused, then
    those left out, in input order where names tie."""
    order: list[tuple[str, int, int]] = []  # (source, kind, index): 0 read, 1 refused, 2 left out
    for index in exported:
        order.append((entries[index].path.name, 0, index))
    order += [(row.source, 1, i) for i, row in enumerate(refused)]
    order += [(left.path.name, 2, i) for i, left in enumerate(left_out)]
    order.sort()
    tables.table("documents")
    for _, kind, index in order:
        if kind == 0:
            row = entries[index].head()
        elif kind == 1:
            row = refused[index]
        else:
            left = left_out[index]
            head = entries[left_rows[index]].head()
            row = DocumentRow(source=head.source, sha256=head.sha256, status="refused", error=left.reason,
                              report=left.path.stem)
        tables.add_rows("documents", document_rows([row]))
