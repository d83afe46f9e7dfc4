"""The error types a user sees: what was wrong with which input file, or with the output folder."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """An input file the pipeline cannot read; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self) -> tuple[type[InputError], tuple[Path, str]]:
        # Errors cross process boundaries in a batch; pickle them by their two fields.
        return (InputError, (self.path, self.problem))


class Interrupted(InputError):
    """A document whose reading was stopped, which says nothing of the file itself: over a
    time or memory limit, or its worker lost. It is not kept in the result store, so the
    next run tries it again (perhaps with other limits)."""

    def __reduce__(self) -> tuple[type[Interrupted], tuple[Path, str]]:
        return (Interrupted, (self.path, self.problem))


class OutputError(Exception):
    """The output folder cannot take the tables: it names a file, it is read-only, the disk is full."""

    def __init__(self, folder: Path | str, problem: str) -> None:
        self.folder = Path(folder)
        self.problem = problem
        super().__init__(f"cannot write the tables into {str(folder) or repr(str(folder))}: {problem}")


class StoreError(Exception):
    """The result store cannot be used: a stored result changed under the run (another
    process wrote or removed it), or the store's folder cannot be written."""

    def __init__(self, where: Path | str, problem: str) -> None:
        self.where = Path(where)
        self.problem = problem
        super().__init__(f"{self.where}: {problem}")


class ClusterError(Exception):
    """The Dask cluster cannot be used: no scheduler answers at the address, or Dask is not installed."""

    def __init__(self, address: str, problem: str) -> None:
        self.address = address
        self.problem = problem
        super().__init__(problem)
