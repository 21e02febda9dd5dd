"""Reading uploaded documents in child processes that can be stopped.

A thread cannot be stopped, a process can. A PDF of a few KB whose content stream repeats
text operators that draw nothing costs pypdf about 5 s of CPU a page, and each of its 50
pages may point at the same stream: read in a thread, one such upload held a worker for
minutes, past the task timeout (which cannot stop a thread) and through every retry. Here
the document is read in a pool of child processes ([pebble](https://pypi.org/project/Pebble/)):
past `timeout` seconds, or past `MEMORY_LIMIT_MIB` of address space, the child is killed
(the pool starts another) and the CV fails at once with a readable reason; it would fail
the same way on every retry.

Only the reading (bytes -> clean text) runs there: it needs no taxonomy, no database and
no settings, and the text is all that crosses back. The children are forked from a
forkserver that has imported the readers and nothing else.
"""

import asyncio
import atexit
import multiprocessing
import resource
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from pebble import ProcessExpired, ProcessPool

from jobmatch.parsing.errors import ParseError
from jobmatch.parsing.extraction import extract_text
from jobmatch.parsing.formats import DocumentFormat

# Address space of a reading child: a 5 MiB upload and its 25 MiB of uncompressed parts
# need a small fraction of it (a child starts at about 60 MiB); a blow-up gets a clean kill.
MEMORY_LIMIT_MIB = 1024
DEFAULT_TIMEOUT_SECONDS = 20.0

TOO_SLOW = (
    "Reading the document took longer than {seconds:g} s, so it was stopped: save it again "
    "as a simpler PDF (print to PDF), or upload it as DOCX or TXT."
)
TOO_BIG = (
    "Reading the document needed more memory than allowed, so it was stopped: save it again "
    "as a simpler PDF (print to PDF), or upload it as DOCX or TXT."
)


def _limit_memory(mib: int) -> None:
    """In each child, before it reads anything: a hard cap on its address space."""
    limit = mib * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


class ReaderUnavailable(Exception):
    """The reading could not be done for reasons of this worker, not of the document (its
    child was killed from outside, or every child stayed busy): the task is retried."""


class DocumentReader:
    """`processes` children reading documents, each reading stopped after `timeout` s."""

    def __init__(
        self,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        processes: int = 2,
        memory_mib: int = MEMORY_LIMIT_MIB,
    ) -> None:
        self.timeout = timeout
        # Waiting for a free child counts too: a reading waits at most this long in all, so
        # that the task timeout (at least twice `timeout`, see Settings.parse_timeout) is
        # not what stops it when a few slow documents keep every child busy.
        self.wait_limit = 2 * timeout
        self._processes, self._memory_mib = processes, memory_mib
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPool:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["jobmatch.parsing.extraction"])
        return ProcessPool(
            max_workers=self._processes,
            initializer=_limit_memory,
            initargs=(self._memory_mib,),
            context=context,
        )

    async def read(self, data: bytes, fmt: DocumentFormat) -> str:
        """The document's clean text (extraction.extract_text); ParseError when the document
        is unreadable, too slow or too big; ReaderUnavailable when this worker could not
        read it (retry)."""
        try:
            return await self._read(data, fmt)
        except (BrokenProcessPool, RuntimeError):
            # pebble's pool stays broken once a child died while idle (OOM killer, an
            # operator's kill): build a new one, and try once more.
            self._replace_pool()
            try:
                return await self._read(data, fmt)
            except (BrokenProcessPool, RuntimeError) as exc:
                self._replace_pool()
                raise ReaderUnavailable("The document reader failed twice") from exc

    async def _read(self, data: bytes, fmt: DocumentFormat) -> str:
        future = self._pool.schedule(extract_text, args=(data, fmt), timeout=self.timeout)
        reading = asyncio.wrap_future(future)
        try:
            done, _ = await asyncio.wait({reading}, timeout=self.wait_limit)
        except asyncio.CancelledError:
            # A task timeout or shutdown: cancelling the future makes pebble stop the child
            # that was reading it.
            reading.cancel()
            raise
        if not done:
            reading.cancel()
            raise ReaderUnavailable("Every document reader stayed busy")
        try:
            return reading.result()
        except FutureTimeout as exc:  # pebble's: the document read past `timeout`
            raise ParseError(TOO_SLOW.format(seconds=self.timeout)) from exc
        except MemoryError as exc:  # the child hit its address-space cap
            raise ParseError(TOO_BIG) from exc
        except ProcessExpired as exc:  # killed from outside (a stop, a signal): not the CV's
            raise ReaderUnavailable("The document reader was stopped") from exc

    def _replace_pool(self) -> None:
        self._pool.stop()  # type: ignore[no-untyped-call]
        self._pool = self._new_pool()

    def close(self) -> None:
        """Stop the children (they hold nothing worth finishing)."""
        self._pool.stop()  # type: ignore[no-untyped-call]
        self._pool.join()


_shared: DocumentReader | None = None


def shared_reader() -> DocumentReader:
    """One reader per process with the defaults, for callers that bring none (tests, seeding);
    the worker makes its own from its settings."""
    global _shared
    if _shared is None:
        _shared = DocumentReader()
        atexit.register(_shared.close)
    return _shared
