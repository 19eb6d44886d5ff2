"""A power-loss VFS for S3 (apsw, a test dependency): every write reaches the file as usual, and the VFS keeps
what a disk would hold if power were lost now: the state as of each file's last sync, plus the writes since then,
any of which may be lost, applied out of order, or torn at a 512-byte boundary (SQLite's crash VFS, test6.c).

Python's sqlite3 cannot load an apsw VFS (apsw links its own SQLite), so the workload runs through apsw on our
schema (the bundled migrations) and our write functions (insert_article, set_position), in the Writer's
transaction shape: one BEGIN IMMEDIATE … COMMIT per batch with its cursor. The crash images are then opened
with Python's sqlite3, as nkwatch would after a reboot.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import apsw


class Crash(Exception):
    """Power goes off: raised from inside a VFS operation."""


class PowerLossVFS(apsw.VFS):
    def __init__(self, name: str, crash_after: int | None = None):
        self.synced: dict[str, bytearray] = {}
        self.pending: dict[str, list[tuple]] = {}
        self.ops = 0
        self.crash_after = crash_after
        self.crashed = False
        super().__init__(name, "")

    def xOpen(self, name, flags):  # noqa: N802 (apsw's names)
        return _File(self, name, flags)

    def xDelete(self, filename, syncdir):  # noqa: N802
        # a deleted journal must not come back as a hot journal; unlink is taken as durable (the journal is
        # deleted only after the commit it protected is synced)
        self.tick()
        super().xDelete(filename, syncdir)
        self.synced.pop(filename, None)
        self.pending.pop(filename, None)

    def tick(self) -> None:
        self.ops += 1
        if self.crashed or (self.crash_after is not None and self.ops >= self.crash_after):
            self.crashed = True
            raise Crash()

    def image(self, out_dir: Path, rng: random.Random) -> None:
        """The files as a disk would hold them after the power loss, written to ``out_dir``."""
        out_dir.mkdir(parents=True, exist_ok=True)
        for path, synced in self.synced.items():
            if path.endswith("-shm"):
                continue  # not durable: rebuilt from the WAL on open
            img = bytearray(synced)
            ops = list(self.pending.get(path, []))
            kept = [op for op in ops if rng.random() < 0.5]
            rng.shuffle(kept)
            for kind, a, data in kept:
                torn = None
                if kind == "w" and len(data) > 512 and rng.random() < 0.3:
                    torn = 512 * rng.randrange(1, len(data) // 512 + 1)
                _apply(img, (kind, a, data), torn)
            (out_dir / os.path.basename(path)).write_bytes(bytes(img))


class _File(apsw.VFSFile):
    def __init__(self, vfs: PowerLossVFS, name, flags):
        self.vfs = vfs
        self.path = name.filename() if isinstance(name, apsw.URIFilename) else name
        super().__init__("", name, flags)
        vfs.synced.setdefault(self.path, bytearray())
        vfs.pending.setdefault(self.path, [])

    def xWrite(self, data, offset):  # noqa: N802
        self.vfs.tick()
        super().xWrite(data, offset)
        self.vfs.pending[self.path].append(("w", offset, bytes(data)))

    def xTruncate(self, size):  # noqa: N802
        self.vfs.tick()
        super().xTruncate(size)
        self.vfs.pending[self.path].append(("t", size, None))

    def xSync(self, flags):  # noqa: N802
        self.vfs.tick()
        super().xSync(flags)
        img = self.vfs.synced[self.path]
        for op in self.vfs.pending[self.path]:
            _apply(img, op)
        self.vfs.pending[self.path] = []


def _apply(img: bytearray, op: tuple, torn: int | None = None) -> None:
    kind, a, data = op
    if kind == "t":
        del img[a:]
        return
    if torn is not None:
        data = data[:torn]
    if len(img) < a:
        img.extend(b"\0" * (a - len(img)))
    img[a:a + len(data)] = data
