"""Resource limits for extracting text from one uploaded document."""

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ParseLimits:
    max_pages: int = 50
    max_chars: int = 200_000
    max_uncompressed_bytes: int = 25 * MIB
    max_compression_ratio: int = 100

    @property
    def raw_char_budget(self) -> int:
        """How much raw text a reader collects before stopping; cleaning only shrinks it."""
        # Headroom for the blank space and control characters that cleaning removes.
        return 4 * self.max_chars + 4096
