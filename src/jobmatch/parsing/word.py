"""Text from Word (DOCX) files: a zip-bomb check first, then python-docx's package reader."""

import io
import zipfile
from collections.abc import Iterator
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn

from jobmatch.parsing.errors import ParseError
from jobmatch.parsing.limits import MIB, ParseLimits

INVALID = "The DOCX file is not a valid Word document."
# Small parts compress well without being bombs; the total-size cap covers them.
_RATIO_CHECK_FLOOR = MIB

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_T, _TAB, _PTAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr")
_NO_BREAK_HYPHEN, _TEXT_BOX = qn("w:noBreakHyphen"), qn("w:txbxContent")
# Deleted or moved-away revisions, field codes ("HYPERLINK mailto:..."), and the VML copy
# of every drawing that newer Word also writes as DrawingML: reading them would repeat text
# or add noise.
_SKIPPED = {
    qn("w:del"),
    qn("w:moveFrom"),
    qn("w:instrText"),
    qn("w:rPr"),
    qn("w:pPr"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
}
_INLINE_TEXT = {_TAB: "\t", _PTAB: "\t", _BR: "\n", _CR: "\n", _NO_BREAK_HYPHEN: "-"}


def read_docx(data: bytes, limits: ParseLimits) -> str:
    """The raw text of a DOCX file: headers, body paragraphs and tables, footers."""
    _check_archive(data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
        around: dict[str, list[str]] = {RELATIONSHIP_TYPE.HEADER: [], RELATIONSHIP_TYPE.FOOTER: []}
        for rel in document.part.rels.values():
            if rel.reltype in around and not rel.is_external:
                around[rel.reltype].extend(_blocks(rel.target_part.element))
        body = list(_blocks(document.element.body))
    except MemoryError:  # a reading past its memory cap (parsing.isolated)
        raise
    except Exception as exc:
        raise ParseError(INVALID) from exc
    headers, footers = around.values()
    return "\n".join([*headers, *body, *footers])


def _check_archive(data: bytes, limits: ParseLimits) -> None:
    # zipfile stops every entry at its declared size (and then fails the CRC check), so
    # checking the declared sizes bounds what python-docx can inflate.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except MemoryError:  # a reading past its memory cap (parsing.isolated)
        raise
    except Exception as exc:
        raise ParseError(INVALID) from exc
    total = 0
    for entry in entries:
        total += entry.file_size
        if total > limits.max_uncompressed_bytes:
            size = _describe_size(limits.max_uncompressed_bytes)
            raise ParseError(f"The DOCX file expands to more than {size} (possible zip bomb).")
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > _RATIO_CHECK_FLOOR and ratio > limits.max_compression_ratio:
            raise ParseError(
                f"The DOCX file contains a part compressed more than "
                f"{limits.max_compression_ratio} to 1 (possible zip bomb)."
            )


def _describe_size(size: int) -> str:
    return f"{size / MIB:g} MiB" if size >= MIB else f"{size / 1024:g} KiB"


def _blocks(container: Any) -> Iterator[str]:
    """Lines of a block container (body, cell, header, text box) in document order."""
    for child in container:
        if not isinstance(child.tag, str):
            continue  # comments and processing instructions
        if child.tag == _P:
            boxes: list[Any] = []
            yield _inline(child, boxes)
            for box in boxes:
                yield from _blocks(box)
        elif child.tag == _TBL:
            yield from _table(child)
        elif child.tag not in _SKIPPED:
            # Content controls, custom XML and the like wrap ordinary blocks.
            yield from _blocks(child)


def _table(table: Any) -> Iterator[str]:
    for row in table.iterchildren(_TR):
        cells = ["\n".join(_blocks(cell)).strip() for cell in row.iterchildren(_TC)]
        cells = [cell for cell in cells if cell]
        if all("\n" not in cell for cell in cells):
            yield "\t".join(cells)
        else:
            # Tables used as page layout (a sidebar column) read best one cell at a time.
            yield from cells


def _inline(element: Any, boxes: list[Any]) -> str:
    parts: list[str] = []
    for child in element:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag in _INLINE_TEXT:
            parts.append(_INLINE_TEXT[tag])
        elif tag == _TEXT_BOX:
            boxes.append(child)
        elif tag not in _SKIPPED and isinstance(tag, str):
            parts.append(_inline(child, boxes))
    return "".join(parts)
