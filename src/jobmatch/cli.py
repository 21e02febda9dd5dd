"""The `jobmatch` command for ops: api, worker, migrate, run, taxonomy import."""

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
from jobmatch.core.logging import configure_logging, uvicorn_log_config

logger = logging.getLogger("jobmatch")

MAX_RESTARTS = 5


def cmd_api(args: argparse.Namespace) -> int:
    import uvicorn

    settings = get_settings()
    host = args.host or settings.HOST
    if settings.uses_local_key and host not in ("127.0.0.1", "localhost", "::1"):
        # The local key is public (it is in the source): anyone could sign tokens.
        logger.error("set SECRET_KEY (or ENVIRONMENT=production) before listening on %s", host)
        return 2
    uvicorn.run(
        "jobmatch.main:create_app",
        factory=True,
        host=host,
        port=args.port or settings.PORT,
        workers=args.workers,
        proxy_headers=True,
        forwarded_allow_ips=settings.FORWARDED_ALLOW_IPS,
        log_level=settings.LOG_LEVEL.lower(),
        # Our format in every uvicorn process; requests are logged by api.telemetry.
        log_config=uvicorn_log_config(settings.LOG_LEVEL, settings.LOG_FORMAT),
        access_log=False,
    )
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from arq.worker import check_health

    from worker import claiming
    from worker.main import WorkerSettings

    if args.check:
        # Exit 1 unless a worker of this queue refreshed its health key lately.
        return check_health(WorkerSettings)  # type: ignore[arg-type]
    claiming.run()
    return 0


def cmd_migrate(_: argparse.Namespace) -> int:
    from jobmatch.core.migrations import upgrade_head

    upgrade_head()
    logger.info("database is at the latest migration")
    return 0


def _die_with_parent() -> None:
    """Child side of fork: get SIGTERM if `jobmatch run` dies, even by SIGKILL (Linux)."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _spawn(cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    # Own process group: Ctrl-C reaches only us, and we stop the children in order.
    return subprocess.Popen(cmd, env=env, start_new_session=True, preexec_fn=_die_with_parent)


def _stop_children(children: dict[str, subprocess.Popen[bytes]], grace: float = 20.0) -> None:
    for child in children.values():
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + grace
    for child in children.values():
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

    # SIGHUP too: closing the terminal must not leave servers behind.
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, on_signal)

    database_url, redis_url, servers = start_missing(
        settings.DATABASE_URL, settings.REDIS_URL, Path(settings.DATA_DIR).resolve()
    )
    children: dict[str, subprocess.Popen[bytes]] = {}
    try:
        upgrade_head(database_url)
        env = {**os.environ, "DATABASE_URL": database_url, "REDIS_URL": redis_url}
        host = args.host or settings.HOST
        port = args.port or settings.PORT
        commands = {
            "api": [sys.executable, "-m", "jobmatch", "api", "--host", host, "--port", str(port)],
            "worker": [sys.executable, "-m", "jobmatch", "worker"],
        }
        children = {name: _spawn(cmd, env) for name, cmd in commands.items()}
        logger.info("jobmatch is running on http://%s:%s (Ctrl-C stops everything)", host, port)
        restarts = dict.fromkeys(children, 0)
        while not stopping:
            time.sleep(0.2)
            for name, child in children.items():
                if child.poll() is None or stopping:
                    continue
                # e.g. the worker exits when Redis goes away: start it again, a few times.
                restarts[name] += 1
                if restarts[name] > MAX_RESTARTS:
                    logger.error("%s keeps exiting (code %s); stopping", name, child.returncode)
                    return 1
                logger.warning("%s exited with %s; restarting it", name, child.returncode)
                time.sleep(restarts[name])
                children[name] = _spawn(commands[name], env)
        return 0
    finally:
        logger.info("stopping api, worker and embedded servers")
        _stop_children(children)
        servers.stop()


def cmd_create_admin(args: argparse.Namespace) -> int:
    """Create an admin (or promote an account); the password from JOBMATCH_ADMIN_PASSWORD
    or a prompt, never from the command line (it would land in shell history)."""
    import asyncio
    import getpass

    from jobmatch.core.database import create_engine, create_session_factory, session_scope
    from jobmatch.core.security import PasswordService
    from jobmatch.services.users import create_admin

    password = os.environ.get("JOBMATCH_ADMIN_PASSWORD") or getpass.getpass("Password: ")
    if len(password) < 8:
        logger.error("the password needs at least 8 characters")
        return 2

    async def create() -> None:
        settings = get_settings()
        engine = create_engine(settings)
        try:
            async with session_scope(create_session_factory(engine)) as session:
                await create_admin(session, PasswordService(settings), args.email, password)
        finally:
            await engine.dispose()

    asyncio.run(create())
    logger.info("%s is an admin", args.email)
    return 0


def cmd_taxonomy_import(args: argparse.Namespace) -> int:
    from jobmatch.taxonomy_command import run as import_taxonomy

    return import_taxonomy(args)


def _add_taxonomy_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """`jobmatch taxonomy import`: ESCO / O*NET files into PostgreSQL (taxonomy_command)."""
    taxonomy = sub.add_parser("taxonomy", help="manage the skills taxonomy")
    actions = taxonomy.add_subparsers(dest="taxonomy_command", required=True)
    command = actions.add_parser(
        "import",
        help="import ESCO / O*NET files into PostgreSQL (idempotent)",
        description=(
            "Load ESCO skills/occupations (CSV) and O*NET technology skills/alternate titles "
            "(TSV) into PostgreSQL; the api and workers merge them with the built-in taxonomy "
            "when they start. Each source given replaces that source's stored rows of the "
            "same kind; importing the same files again changes nothing."
        ),
    )
    files = command.add_argument_group("files (at least one)")
    files.add_argument(
        "--esco-skills", type=Path, action="append", default=[], metavar="PATH",
        help="ESCO skills CSV; repeat it to import several ESCO collections together",
    )  # fmt: skip
    files.add_argument("--esco-occupations", type=Path, metavar="PATH", help="ESCO occupations CSV")
    files.add_argument(
        "--onet-technology", type=Path, metavar="PATH", help="O*NET Technology Skills TSV"
    )
    files.add_argument(
        "--onet-alternate-titles", type=Path, metavar="PATH", help="O*NET Alternate Titles TSV"
    )
    files.add_argument(
        "--onet-occupations", type=Path, metavar="PATH",
        help="O*NET Occupation Data TSV: occupation titles for --onet-alternate-titles",
    )  # fmt: skip
    command.set_defaults(func=cmd_taxonomy_import)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jobmatch", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    api = sub.add_parser("api", help="serve the HTTP API (uvicorn)")
    api.add_argument("--host")
    api.add_argument("--port", type=int)
    api.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    api.set_defaults(func=cmd_api)
    worker = sub.add_parser("worker", help="run one arq worker")
    worker.add_argument(
        "--check", action="store_true", help="exit non-zero unless a worker of the queue is alive"
    )
    worker.set_defaults(func=cmd_worker)
    sub.add_parser("migrate", help="apply database migrations").set_defaults(func=cmd_migrate)
    admin = sub.add_parser("create-admin", help="create an admin or promote an account")
    admin.add_argument("email")
    admin.set_defaults(func=cmd_create_admin)
    run = sub.add_parser("run", help="api + worker (+ embedded servers when no URLs are set)")
    run.add_argument("--host")
    run.add_argument("--port", type=int)
    run.set_defaults(func=cmd_run)
    _add_taxonomy_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> None:
    configure_logging()
    args = build_parser().parse_args(argv)
    sys.exit(args.func(args))
