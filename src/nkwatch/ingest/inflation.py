"""A cap on how far compressed input may inflate (decompression bombs: 1 MB of gzip can hold 1 GiB of newlines).

A corpus file (CC-NEWS style .jsonl.gz, .warc.gz) may rightly inflate to gigabytes, so the cap is on the ratio
once the output is past a floor: text compresses 3–20×, repeated bytes up to ~1,000× (deflate's limit). A
stream past ``floor`` bytes of output at more than ``max_ratio`` × its compressed input is refused as a bomb.
"""

from __future__ import annotations

from typing import BinaryIO

from nkwatch.model import DecompressionBomb

INFLATION_FLOOR = 64 * 1024 * 1024   # output below this is never a bomb (well over any one article)
MAX_RATIO = 200                      # news text is far below; runs of one byte are far above


class InflationCap:
    """Wraps a decompressing stream (``read``/``readline``) and raises DecompressionBomb past the cap.

    ``compressed`` is the underlying file, whose ``tell()`` says how much compressed input has been consumed.
    """

    def __init__(self, stream: BinaryIO, compressed: BinaryIO, *, source: str | None = None,
                 floor: int | None = None, max_ratio: float | None = None):
        self.stream = stream
        self.compressed = compressed
        self.source = source
        self.floor = INFLATION_FLOOR if floor is None else floor
        self.max_ratio = MAX_RATIO if max_ratio is None else max_ratio
        self.out = 0

    def _count(self, data: bytes) -> bytes:
        self.out += len(data)
        if self.out > self.floor:
            try:
                consumed = max(1, self.compressed.tell())
            except (OSError, ValueError):
                consumed = 1
            if self.out > consumed * self.max_ratio:
                raise DecompressionBomb(
                    f"inflates more than {self.max_ratio:g}× ({consumed:,} compressed bytes gave over "
                    f"{self.out:,}): refused as a decompression bomb; what was read before is kept",
                    source=self.source)
        return data

    def read(self, n: int = -1) -> bytes:
        return self._count(self.stream.read(n))

    def readline(self, limit: int = -1) -> bytes:
        return self._count(self.stream.readline(limit))
