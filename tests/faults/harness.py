"""Real api and worker processes for fault tests, and the tools to hurt them.

Processes run `python -m jobmatch api|worker` from this checkout with their own queue and
key prefix, log JSON lines to files (read by the tests: the request id, task outcomes),
and die with the test run (PR_SET_PDEATHSIG), so a killed pytest leaves nothing behind.
"""

import asyncio
import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


async def eventually(
    check: Callable[[], Awaitable[T | None]], what: str, within: float = 60.0
) -> T:
    """Poll `check` until it returns something truthy (generous timeouts, never a sleep)."""
    deadline = time.monotonic() + within
    last: object = None
    while True:
        try:
            result = await check()
        except (httpx.TransportError, OSError) as exc:
            result, last = None, exc
        if result:
            return result
        last = last if result is None else result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {within:.0f}s waiting for {what} ({last!r})")
        await asyncio.sleep(0.1)


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen[bytes]
    log: Path

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def signal(self, signum: int) -> None:
        self.popen.send_signal(signum)

    async def exited(self, within: float = 60.0) -> int:
        return (
            await eventually(lambda: _done(self.popen), f"{self.name} to exit", within=within) - 1
        )

    def lines(self) -> list[dict[str, Any]]:
        """The JSON log lines written so far."""
        out = []
        for raw in self.log.read_text(errors="replace").splitlines():
            if raw.startswith("{"):
                try:
                    out.append(json.loads(raw))
                except json.JSONDecodeError:
                    continue
        return out

    def tasks(self, task: str | None = None) -> list[dict[str, Any]]:
        return [
            line
            for line in self.lines()
            if line.get("event") == "task" and (task is None or line.get("task") == task)
        ]

    def logged(self, fragment: str) -> bool:
        return fragment in self.log.read_text(errors="replace")


async def _done(popen: subprocess.Popen[bytes]) -> int | None:
    code = popen.poll()
    return None if code is None else code + 1  # truthy even for exit code 0


@dataclass
class Stack:
    """An api and workers on one database and Redis, with a queue of their own."""

    tmp: Path
    database_url: str
    redis_url: str
    procs: list[Proc] = field(default_factory=list)
    name: str = field(default_factory=lambda: f"faults-{uuid.uuid4().hex[:8]}")

    def __post_init__(self) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.queue = f"{self.name}:queue"
        self.env = {
            **os.environ,
            "ENVIRONMENT": "test",
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "QUEUE_NAME": self.queue,
            "REDIS_KEY_PREFIX": self.name,
            "ARGON2_MEMORY_COST_KIB": "1024",
            "ARGON2_TIME_COST": "1",
            "RATE_LIMIT_ENABLED": "false",
            "WORKER_POLL_DELAY": "0.05",
            "WORKER_JOB_TIMEOUT": "10",
            "WORKER_MAX_TRIES": "3",
            "WORKER_HEALTH_CHECK_SECONDS": "1",
            "WORKER_SHUTDOWN_GRACE_SECONDS": "20",
            "SWEEP_INTERVAL_SECONDS": "1",
            # Every run reads the current corpus statistics: a disturbed run and the
            # undisturbed one it is compared with must score with the same ones.
            "CORPUS_REFRESH_SECONDS": "0",
            "SWEEP_QUEUED_AFTER_SECONDS": "2",
            "SWEEP_STALE_AFTER_SECONDS": "15",
            "LOG_FORMAT": "json",
            "LOG_LEVEL": "INFO",
            "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}",
        }

    def _start(self, name: str, args: list[str], env: dict[str, str]) -> Proc:
        log = self.tmp / f"{name}.log"
        with open(log, "ab") as out:
            popen = subprocess.Popen(
                [sys.executable, "-m", "jobmatch", *args],
                env={**self.env, **env},
                cwd=ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent,
            )
        proc = Proc(name, popen, log)
        self.procs.append(proc)
        return proc

    async def start_api(self, **env: str) -> Proc:
        proc = self._start("api", ["api", "--port", str(self.port)], env)
        async with httpx.AsyncClient(base_url=self.base_url) as client:

            async def ready() -> bool:
                if not proc.alive():
                    raise AssertionError(f"the api exited: {proc.log.read_text()[-2000:]}")
                return (await client.get("/healthz")).status_code == 200

            await eventually(ready, "the api to answer", within=60)
        return proc

    async def start_worker(self, name: str = "worker", **env: str) -> Proc:
        proc = self._start(name, ["worker"], env)

        async def started() -> bool:
            if not proc.alive():
                raise AssertionError(f"{name} exited: {proc.log.read_text()[-2000:]}")
            return proc.logged('"event": "start"')

        await eventually(started, f"{name} to start", within=60)
        return proc

    async def check_worker(self) -> int:
        """`jobmatch worker --check` for this stack's queue: its exit code."""
        check = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "jobmatch", "worker", "--check", env=self.env, cwd=ROOT
        )
        return await asyncio.wait_for(check.wait(), 60)

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.base_url, timeout=30)

    def close(self) -> None:
        for proc in self.procs:
            if proc.alive():
                proc.signal(signal.SIGTERM)
        deadline = time.monotonic() + 30
        for proc in self.procs:
            try:
                proc.popen.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.popen.kill()
                proc.popen.wait()
        for proc in self.procs:  # shown by pytest when the test failed
            tail = proc.log.read_text(errors="replace").splitlines()[-30:]
            print(f"--- {proc.name} (pid {proc.pid}, exit {proc.popen.returncode})")  # noqa: T201
            print("\n".join(tail))  # noqa: T201


async def truncate_all(engine: AsyncEngine) -> None:
    """Empty the tables that real processes commit to (before and after a test), the corpus
    statistics of the open jobs included."""
    async with engine.begin() as conn:
        await conn.execute(
            text(
                "TRUNCATE users, jobs, cvs, match_runs, match_results, job_index, corpus_terms,"
                " corpus_skills CASCADE"
            )
        )
        await conn.execute(text("UPDATE corpus_totals SET documents = 0, total_length = 0"))


async def run_row(engine: AsyncEngine, run_id: str) -> Any:
    async with engine.connect() as conn:
        return (
            await conn.execute(
                text("SELECT status, attempts, error FROM match_runs WHERE id = :id"),
                {"id": run_id},
            )
        ).one()


async def results_of(engine: AsyncEngine, run_id: str) -> list[tuple[str, int, int]]:
    async with engine.connect() as conn:
        rows = await conn.execute(
            # Results carry no stored rank since live matching: best value first is the rank.
            text(
                "SELECT job_id, row_number() OVER (ORDER BY value DESC, job_id) AS rank, score"
                " FROM match_results WHERE run_id = :id ORDER BY rank"
            ),
            {"id": run_id},
        )
        return [(str(job_id), rank, score) for job_id, rank, score in rows]


async def run_finished(engine: AsyncEngine, run_id: str) -> Any:
    row = await run_row(engine, run_id)
    return row if row.status in ("done", "failed") else None


async def lock_waiters(engine: AsyncEngine) -> int:
    """Backends of the app (not this test) waiting on a lock in this database."""
    async with engine.connect() as conn:
        count = await conn.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND application_name = 'jobmatch'"
            )
        )
        return int(count or 0)


class TableLock:
    """Hold an exclusive lock on a table: a worker that reaches it waits, mid-task."""

    def __init__(self, engine: AsyncEngine, table: str) -> None:
        self.engine = engine
        self.table = table
        self.conn: AsyncConnection | None = None

    async def __aenter__(self) -> "TableLock":
        self.conn = await self.engine.connect()
        await self.conn.begin()
        await self.conn.execute(text(f"LOCK TABLE {self.table} IN ACCESS EXCLUSIVE MODE"))
        return self

    async def release(self) -> None:
        if self.conn is not None:
            conn, self.conn = self.conn, None
            await conn.rollback()
            await conn.close()

    async def __aexit__(self, *exc: object) -> None:
        await self.release()


async def jobs_indexed(engine: AsyncEngine) -> bool | None:
    """Every job's current version is counted into the statistics (None while not)."""
    async with engine.connect() as conn:
        behind = await conn.scalar(
            text(
                "SELECT count(*) FROM jobs LEFT JOIN job_index ON job_index.job_id = jobs.id"
                " WHERE job_index.version IS DISTINCT FROM jobs.version"
                " OR job_index.propagated_version IS DISTINCT FROM jobs.version"
            )
        )
    return True if behind == 0 else None
