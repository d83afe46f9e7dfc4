"""The result store: each document's outcome kept as it finishes, so that a corpus is read
once and a run that stops resumes where it stopped.

One file per document, `<store>/<code version>/<key[:2]>/<key>.pickle`, written through a
temporary file and renamed into place (a killed run leaves no half-written result). A file
holds two compressed pickles: first the document's head, its `documents` row (for a
refusal, its reason), which the assembly of the tables reads for every document; then the
result itself, which it loads one report at a time (un_report.assembly). The
key is the sha256 of the file's bytes and of its name (the tables carry the name, and a
document without a symbol is called by its stem); the code version is the package's
version and a digest of its source files, so any change to the code reads everything
again. A refusal (`InputError`) is kept like a result; a document stopped by a limit or by
its worker's death is not, and is tried again on the next run.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import struct
import tempfile
import zlib
from dataclasses import replace
from functools import cache
from pathlib import Path

import un_report
from un_report.errors import InputError, Interrupted
from un_report.models import DocumentRow
from un_report.pipeline import Outcome, ReportResult, lean

SUFFIX = ".pickle"
CHUNK = 1 << 20  # bytes read at a time when hashing a file
COMPRESSION = 1  # zlib level: the results are text, level 1 already shrinks them several times
HEAD_SIZE = struct.Struct(">I")  # the length of the compressed head, before it
UNREADABLE = (OSError, zlib.error, pickle.UnpicklingError, EOFError, AttributeError, ImportError, struct.error,
              ValueError, TypeError)  # what a damaged or foreign stored file raises when loaded


@cache
def code_version() -> str:
    """The package version and a digest of every source file of the package: a stored result
    is reused only by the code that made it."""
    root = Path(un_report.__file__).parent
    digest = hashlib.sha256(un_report.__version__.encode())
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return f"{un_report.__version__}-{digest.hexdigest()[:16]}"


def file_sha256(path: Path) -> str:
    """The sha256 of the file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def document_key(path: Path, sha256: str | None = None) -> str:
    """The store key of a document: its content hash and its name."""
    content = sha256 or file_sha256(path)
    return hashlib.sha256(f"{content}\0{path.name}".encode()).hexdigest()


class Store:
    """The stored outcomes of one code version under `root`."""

    def __init__(self, root: Path, version: str | None = None) -> None:
        self.root = root
        self.folder = root / (version or code_version())

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{SUFFIX}"

    def __contains__(self, key: str) -> bool:
        return self.path(key).is_file()

    def head(self, key: str, path: Path) -> DocumentRow | InputError | None:
        """The `documents` row of the stored result of `key` (a refusal as an `InputError` of
        `path`), or None if none is stored or it cannot be read; reads only the head."""
        try:
            with self.path(key).open("rb") as stream:
                (size,) = HEAD_SIZE.unpack(stream.read(HEAD_SIZE.size))
                head = pickle.loads(zlib.decompress(stream.read(size)))
        except UNREADABLE:
            return None
        if isinstance(head, DocumentRow):
            return head
        if isinstance(head, str):
            return InputError(path, head)
        return None

    def get(self, key: str, path: Path) -> Outcome | None:
        """The stored outcome of the document `key`, said of `path` (the file as given this
        time), or None if none is stored or the stored file cannot be read."""
        try:
            data = self.path(key).read_bytes()
            (size,) = HEAD_SIZE.unpack_from(data)
            head = pickle.loads(zlib.decompress(data[HEAD_SIZE.size : HEAD_SIZE.size + size]))
            if isinstance(head, str):
                return InputError(path, head)
            stored = pickle.loads(zlib.decompress(data[HEAD_SIZE.size + size :]))
        except UNREADABLE:
            return None
        return replace(stored, path=path) if isinstance(stored, ReportResult) else None

    def put(self, key: str, outcome: Outcome, sha256: str | None = None) -> bool:
        """Keep `outcome`, atomically (a refusal as its reason); an interrupted reading is not
        kept (`sha256`: of the file, for its documents row, if known). Returns whether it was kept."""
        if isinstance(outcome, Interrupted):
            return False
        if isinstance(outcome, InputError):
            head, body = _compressed(outcome.problem), b""
        else:
            head, body = _compressed(outcome.row(sha256)), _compressed(lean(outcome))
        payload = HEAD_SIZE.pack(len(head)) + head + body
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(payload)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return True


def _compressed(value: object) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), COMPRESSION)
