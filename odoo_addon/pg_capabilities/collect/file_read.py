# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""How the scanner reads a file it does not control; twin of static_src/cli/file-read.ts.

A regular file only, never more than the cap (even when the file grows while it is read), decoded
as UTF-8 with U+FFFD for what is not (never dropped), and lines cut at a length cap.
"""
import os
import stat

from .source_text import split_lines
from .tree import err_reason, type_of

# O_NONBLOCK: should a FIFO take the file's place after it was looked at, opening does not wait for
# a writer; O_NOFOLLOW: the path given is the real one, a symlink put there is refused.
OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
BOM = b"\xef\xbb\xbf"


def read_regular_file(path, cap):
    """(bytes, None) for a regular file of at most cap bytes, else (None, reason). Reads at most
    cap + 1 bytes."""
    return read_regular_file_stat(path, cap)[:2]


def read_regular_file_stat(path, cap):
    """read_regular_file, and the stat of the file opened when it was read or is too large (else
    None): what a cache of the file's result is keyed by, taken from the open file, so never of
    another file."""
    try:
        fd = os.open(path, OPEN_FLAGS)
    except OSError as e:
        return None, err_reason(e), None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None, "not a regular file: %s" % type_of(st.st_mode), None
        if st.st_size > cap:
            return None, "too large: %d bytes" % st.st_size, st
        chunks, got = [], 0
        # the file may grow since its size was read: read on, but never past cap + 1 bytes
        while got <= cap:
            chunk = os.read(fd, min(cap + 1 - got, max(st.st_size + 1, 65536)))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > cap:
            return None, "too large: more than %d bytes" % cap, st
        return b"".join(chunks), None, st
    except OSError as e:
        return None, err_reason(e), None
    finally:
        os.close(fd)


def decode_text(data):
    """UTF-8 with U+FFFD for each maximal invalid subpart (as JavaScript's TextDecoder does), a
    leading byte order mark dropped."""
    return (data[3:] if data.startswith(BOM) else data).decode("utf-8", "replace")


def _utf16_len(line):
    return len(line) if line.isascii() else len(line.encode("utf-16-le")) // 2


def cut_long_lines(text, max_chars):
    """Lines cut to max_chars UTF-16 units (as JavaScript counts; a surrogate pair is never split):
    (text, how many were cut, the first one's number). Line breaks become \\n where a line was cut."""
    if len(text) <= max_chars // 2:
        return text, 0, 0
    lines = split_lines(text)
    if max(map(len, lines)) * 2 <= max_chars:
        return text, 0, 0  # no line can be too long: the loop below would keep every one
    cut, first = 0, 0
    for i, line in enumerate(lines):
        if len(line) * 2 <= max_chars:
            continue
        if len(line) <= max_chars and _utf16_len(line) <= max_chars:
            continue
        lines[i] = line.encode("utf-16-le")[: 2 * max_chars].decode("utf-16-le", "ignore")
        cut += 1
        first = first or i + 1
    return ("\n".join(lines) if cut else text), cut, first
