"""Documents read in child processes that are stopped past their time or memory."""

import asyncio
import os
import signal

import pytest

from jobmatch.parsing import DocumentFormat, ParseError, extract_text
from jobmatch.parsing.isolated import TOO_BIG, TOO_SLOW, DocumentReader, ReaderUnavailable

from .documents import docx_bytes, pdf_bytes, slow_pdf


@pytest.fixture(scope="module")
def reader() -> DocumentReader:
    reader = DocumentReader(timeout=1.0, processes=1)
    yield reader  # type: ignore[misc]
    reader.close()


async def test_a_document_reads_as_in_process(reader: DocumentReader) -> None:
    pdf = pdf_bytes("Jane Doe\nPython developer", "Second page: FastAPI")
    assert await reader.read(pdf, DocumentFormat.PDF) == extract_text(pdf, DocumentFormat.PDF)
    word = docx_bytes(["Registered nurse", "Triage and wound care"])
    assert await reader.read(word, DocumentFormat.DOCX) == extract_text(word, DocumentFormat.DOCX)


async def test_an_unreadable_document_keeps_its_reason(reader: DocumentReader) -> None:
    with pytest.raises(ParseError, match="damaged"):
        await reader.read(b"%PDF-1.4\nnot really a pdf", DocumentFormat.PDF)


async def test_a_document_slow_to_read_is_stopped_and_the_reader_goes_on(
    reader: DocumentReader,
) -> None:
    """A few KB of PDF that costs pypdf seconds a page: stopped at the timeout (1 s here),
    with the reason, and the next document is read by a new child."""
    crafted = slow_pdf(pages=3, operators=100_000)
    assert len(crafted) < 20_000
    with pytest.raises(ParseError) as caught:
        await reader.read(crafted, DocumentFormat.PDF)
    assert str(caught.value) == TOO_SLOW.format(seconds=1)
    pdf = pdf_bytes("Still reading")
    assert await reader.read(pdf, DocumentFormat.PDF) == "Still reading"


async def test_a_document_needing_too_much_memory_is_stopped() -> None:
    small = DocumentReader(timeout=10.0, processes=1, memory_mib=1)  # below a child's own size
    try:
        with pytest.raises(ParseError) as caught:
            await small.read(docx_bytes(["x" * 10_000] * 50), DocumentFormat.DOCX)
        assert str(caught.value) == TOO_BIG
    finally:
        small.close()


async def test_cancelling_a_reading_stops_its_child() -> None:
    """A task timeout cancels the awaiting task: the child reading for it is stopped, not
    left burning a core."""
    slow = DocumentReader(timeout=60.0, processes=1)
    try:
        task = asyncio.create_task(slow.read(slow_pdf(pages=20), DocumentFormat.PDF))
        children = await _reading()
        assert children, "the reading child should be running"
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        for _ in range(100):
            if not children & _children():
                break
            await asyncio.sleep(0.1)
        assert not children & _children()
    finally:
        slow.close()


async def test_a_reader_whose_idle_child_was_killed_reads_on() -> None:
    """pebble's pool stays broken once a child dies while idle (the OOM killer, a kill):
    the reader builds a new one."""
    reader = DocumentReader(timeout=10.0, processes=1)
    try:
        pdf = pdf_bytes("Before")
        assert await reader.read(pdf, DocumentFormat.PDF) == "Before"
        for pid in _readers():
            os.kill(pid, signal.SIGKILL)
        await asyncio.sleep(0.5)
        assert await reader.read(pdf_bytes("After"), DocumentFormat.PDF) == "After"
    finally:
        reader.close()


async def test_a_child_killed_while_reading_is_a_retry_not_the_documents_fault() -> None:
    reader = DocumentReader(timeout=120.0, processes=1)
    try:
        task = asyncio.create_task(reader.read(slow_pdf(pages=50), DocumentFormat.PDF))
        reading = await _reading()
        assert reading, "the reading child should be running"
        # Let pebble record which child took the document: a child that dies before that
        # breaks the whole pool, which read() treats as an idle death (build, read again).
        await asyncio.sleep(1.0)
        for pid in reading:
            os.kill(pid, signal.SIGTERM)
        with pytest.raises(ReaderUnavailable):
            await task
        assert await reader.read(pdf_bytes("Again"), DocumentFormat.PDF) == "Again"
    finally:
        reader.close()


def _readers() -> set[int]:
    """Pids of the reading children: two levels below this process (the forkserver's)."""
    me = os.getpid()
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            parent = _parent(int(entry))
            if parent is not None and parent != me and _parent(parent) == me:
                found.add(int(entry))
    return found


def _parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except OSError:
        return None


def _children() -> set[int]:
    """Pids of the reading children that are busy (in R state). Only the readers: the
    forkserver between them and this process is busy too while it starts, and a signal
    meant for a reader must not reach it (under load that left the reading running)."""
    busy = set()
    for pid in _readers():
        try:
            with open(f"/proc/{pid}/stat") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state == "R":
            busy.add(pid)
    return busy


async def _reading() -> set[int]:
    """The busy readers, once there are any: on a loaded machine the forkserver and its
    first child take seconds to start, so wait up to 30 s."""
    for _ in range(600):
        busy = _children()
        if busy:
            return busy
        await asyncio.sleep(0.05)
    return set()
