"""A TCP proxy in front of PostgreSQL that a test can cut and restore.

Cut: every proxied connection is aborted and the port stops listening (connections are
refused), as when PostgreSQL restarts; restore: it listens again on the same port. The
shared server itself is never touched.
"""

import asyncio
import contextlib
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import make_url


class PostgresProxy:
    def __init__(self, database_url: str) -> None:
        url = make_url(database_url)
        socket_dir = parse_qs(urlsplit(database_url).query).get("host", [None])[0]
        self._unix = f"{socket_dir}/.s.PGSQL.{url.port or 5432}" if socket_dir else None
        self._tcp = (url.host or "127.0.0.1", url.port or 5432)
        self._url = url
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0

    @property
    def url(self) -> str:
        """The database URL through the proxy."""
        url = self._url.set(host="127.0.0.1", port=self.port, query={})
        return url.render_as_string(hide_password=False)

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def cut(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    async def restore(self) -> None:
        await self.start()

    async def _upstream(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if self._unix:
            return await asyncio.open_unix_connection(self._unix)
        return await asyncio.open_connection(*self._tcp)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await self._upstream()
        except OSError:
            writer.transport.abort()
            return
        self._writers |= {writer, up_writer}
        try:
            await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))
        finally:
            self._writers -= {writer, up_writer}
            for w in (writer, up_writer):
                w.transport.abort()

    @staticmethod
    async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.transport.abort()
