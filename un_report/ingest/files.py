"""What an input path is, before anything reads it: only regular files are read.

A FIFO would block the reader forever and a link to /dev/zero would fill the memory, so a
path that is no regular file is refused by name (a named pipe, a device, a socket), and
so are a broken link and a link loop, each with what it is.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from un_report.errors import InputError

# What a path that is no regular file is, by the type bits of its mode.
FILE_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def check_regular_file(path: Path) -> int:
    """The size of `path` if it is a regular file (or a link to one) that may be read;
    else an `InputError` saying what it is instead."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise InputError(path, path_problem(path, exc)) from None
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in FILE_KINDS if test(info.st_mode)), "not a regular file")
        raise InputError(path, f"is {kind}, not a report file; give a regular .txt, .md or .pdf file")
    if not os.access(path, os.R_OK):
        raise InputError(path, "cannot be read: permission denied (see its owner and mode, ls -l)")
    return info.st_size


def path_problem(path: Path, exc: OSError) -> str:
    """What an error of `os.stat(path)` means, in a user's words."""
    if exc.errno == errno.ELOOP:
        return "is a symbolic link loop (it points, in the end, back to itself)"
    if exc.errno == errno.ENOENT:
        if os.path.lexists(path):
            return f"is a broken symbolic link (its target {os.readlink(path)!r} does not exist)"
        return "no such file or folder"
    if exc.errno == errno.EACCES:
        return "cannot be read: permission denied (see the mode of it and of its folders, ls -l)"
    return f"cannot be read: {exc.strerror or exc}"


def is_folder(path: Path) -> bool:
    """Whether `path` is a folder (or a link to one); False for anything that cannot be looked at."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False
