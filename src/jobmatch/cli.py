"""The `jobmatch` command for ops: api, worker, migrate, run."""

import argparse
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import FrameType

from jobmatch.core.config import get_settings
from jobmatch.core.logging import configure_logging

logger = logging.getLogger("jobmatch")


def cmd_api(args: argparse.Namespace) -> int:
    import uvicorn

    settings = get_settings()
    uvicorn.run(
        "jobmatch.main:create_app",
        factory=True,
        host=args.host or settings.HOST,
        port=args.port or settings.PORT,
        workers=args.workers,
        proxy_headers=True,
        log_level="info",
        access_log=False,
    )
    return 0


def cmd_worker(_: argparse.Namespace) -> int:
    from arq.worker import run_worker
    from worker.main import WorkerSettings

    run_worker(WorkerSettings)  # type: ignore[arg-type]
    return 0


def cmd_migrate(_: argparse.Namespace) -> int:
    from jobmatch.core.migrations import upgrade_head

    upgrade_head()
    logger.info("database is at the latest migration")
    return 0


def _stop_children(children: list[subprocess.Popen[bytes]], grace: float = 20.0) -> None:
    for child in children:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + grace
    for child in children:
        try:
            child.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def cmd_run(args: argparse.Namespace) -> int:
    """Embedded servers when no URLs are set, migrations, then one api and one worker."""
    from jobmatch.core.embedded import start_missing
    from jobmatch.core.migrations import upgrade_head

    settings = get_settings()
    stopping = False

    def on_signal(signum: int, _: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)

    database_url, redis_url, servers = start_missing(
        settings.DATABASE_URL, settings.REDIS_URL, Path(settings.DATA_DIR).resolve()
    )
    children: list[subprocess.Popen[bytes]] = []
    try:
        upgrade_head(database_url)
        env = {**os.environ, "DATABASE_URL": database_url, "REDIS_URL": redis_url}
        python = sys.executable
        api_cmd = [python, "-m", "jobmatch", "api", "--port", str(args.port or settings.PORT)]
        if args.host:
            api_cmd += ["--host", args.host]
        for cmd in (api_cmd, [python, "-m", "jobmatch", "worker"]):
            # Own process group: Ctrl-C reaches us, and we stop the children in order.
            children.append(subprocess.Popen(cmd, env=env, start_new_session=True))
        host = args.host or settings.HOST
        logger.info(
            "jobmatch is running on http://%s:%s (Ctrl-C stops everything)",
            host,
            args.port or settings.PORT,
        )
        while not stopping and all(child.poll() is None for child in children):
            time.sleep(0.2)
        failed = [c.args for c in children if c.poll() not in (None, 0)]
        if failed and not stopping:
            logger.error("a process exited unexpectedly: %s", failed)
        return 1 if failed and not stopping else 0
    finally:
        logger.info("stopping api, worker and embedded servers")
        _stop_children(children)
        servers.stop()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jobmatch", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    api = sub.add_parser("api", help="serve the HTTP API (uvicorn)")
    api.add_argument("--host")
    api.add_argument("--port", type=int)
    api.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    api.set_defaults(func=cmd_api)
    sub.add_parser("worker", help="run one arq worker").set_defaults(func=cmd_worker)
    sub.add_parser("migrate", help="apply database migrations").set_defaults(func=cmd_migrate)
    run = sub.add_parser("run", help="api + worker (+ embedded servers when no URLs are set)")
    run.add_argument("--host")
    run.add_argument("--port", type=int)
    run.set_defaults(func=cmd_run)
    return parser


def main(argv: list[str] | None = None) -> None:
    configure_logging()
    args = build_parser().parse_args(argv)
    sys.exit(args.func(args))
