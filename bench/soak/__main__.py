"""make soak: SOAK_SECONDS (default 600) of mixed load from candidates and recruiters against
an api and two workers it starts itself (configured or embedded servers, a database of its
own), while a chaos loop kills a worker at random (SIGKILL or SIGTERM) and restarts it.

The report (JSON lines, then a verdict): requests by status class, 5xx (must be 0), runs and
CVs that never finished after the drain (lost: must be 0), restarts, and the RSS of the api
and the workers at start and end. Exits non-zero when a 5xx was seen or work was lost.
"""

import asyncio
import collections
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bench.databases import fresh_database
from jobmatch.core.embedded import start_missing

ROOT = Path(__file__).resolve().parents[2]
SECONDS = int(os.environ.get("SOAK_SECONDS", "600"))
CANDIDATES = int(os.environ.get("SOAK_CANDIDATES", "16"))
RECRUITERS = int(os.environ.get("SOAK_RECRUITERS", "3"))
PORT = int(os.environ.get("SOAK_PORT", "8766"))
DRAIN_SECONDS = int(os.environ.get("SOAK_DRAIN_SECONDS", "180"))
BASE = f"http://127.0.0.1:{PORT}"
NAME = "jobmatch-soak"
PASSWORD = "soak test password"
SKILLS = [
    "Python", "FastAPI", "PostgreSQL", "Docker", "Kubernetes", "AWS", "React", "TypeScript",
    "Java", "Spring", "Go", "Terraform", "SQL", "Airflow", "Spark", "Nursing", "Excel", "Sales",
]  # fmt: skip
TITLES = ["Backend Engineer", "Data Engineer", "Frontend Developer", "Platform Engineer"]
rng = random.Random(7)


def report(metric: str, value: Any, **extra: Any) -> None:
    print(json.dumps({"metric": metric, "value": value, **extra}), flush=True)


def rss_mib(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


@dataclass
class Stats:
    statuses: collections.Counter[int] = field(default_factory=collections.Counter)
    errors: list[str] = field(default_factory=list)
    kills: collections.Counter[str] = field(default_factory=collections.Counter)

    def record(self, response: httpx.Response) -> httpx.Response:
        self.statuses[response.status_code] += 1
        if response.status_code >= 500 and len(self.errors) < 20:
            request = response.request
            self.errors.append(f"{request.method} {request.url.path} {response.status_code}")
        return response


class Processes:
    """The api and two worker slots; a slot's process can be killed and restarted."""

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env, self.logs = env, logs
        self.api = self._spawn("api", ["api", "--port", str(PORT)])
        self.workers = [self._spawn(f"worker-{n}", ["worker"]) for n in (1, 2)]
        self.first_worker_pids = [w.pid for w in self.workers]

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen[bytes]:
        with open(self.logs / f"{name}.log", "ab") as log:
            return subprocess.Popen(
                [sys.executable, "-m", "jobmatch", *args],
                env=self.env,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def restart(self, slot: int) -> None:
        if self.workers[slot].poll() is not None:
            self.workers[slot] = self._spawn(f"worker-{slot + 1}", ["worker"])

    def stop(self) -> None:
        for proc in [*self.workers, self.api]:
            if proc.poll() is None:
                proc.terminate()
        for proc in [*self.workers, self.api]:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()


def cv_text(n: int) -> str:
    skills = rng.sample(SKILLS, 5)
    return (
        f"Candidate {n} - {rng.choice(TITLES)}\nSkills: {', '.join(skills)}\n"
        f"Experience: {rng.randint(1, 12)} years of experience in {skills[0]} and {skills[1]}.\n"
    )


async def account(client: httpx.AsyncClient, stats: Stats, role: str, n: int) -> dict[str, str]:
    email = f"{role}-{n}-{rng.getrandbits(32):x}@soak.example"
    body = {"email": email, "password": PASSWORD, "role": role}
    stats.record(await client.post("/api/auth/register", json=body))
    login = stats.record(
        await client.post("/api/auth/login", json={"email": email, "password": PASSWORD})
    )
    return {"Authorization": f"Bearer {login.json()['access_token']}"}


async def recruiter(client: httpx.AsyncClient, stats: Stats, n: int, until: float) -> None:
    headers = await account(client, stats, "recruiter", n)
    posted: list[str] = []
    while time.monotonic() < until:
        roll = rng.random()
        if roll < 0.3 or not posted:
            skills = rng.sample(SKILLS, 4)
            job = {
                "title": rng.choice(TITLES),
                "company": f"Company {n}",
                "description": f"We use {', '.join(skills)} every day.",
                "remote": rng.choice(["onsite", "hybrid", "remote"]),
                "min_years": rng.randint(0, 8),
            }
            created = stats.record(await client.post("/api/jobs", json=job, headers=headers))
            if created.status_code == 201:
                posted.append(created.json()["id"])
        elif roll < 0.45:
            status = rng.choice(["open", "closed"])
            job_id = rng.choice(posted)
            stats.record(
                await client.patch(f"/api/jobs/{job_id}", json={"status": status}, headers=headers)
            )
        else:
            stats.record(await client.get("/api/jobs", params={"q": rng.choice(SKILLS)}))
        await asyncio.sleep(rng.uniform(0.5, 2.0))


async def candidate(client: httpx.AsyncClient, stats: Stats, n: int, until: float) -> None:
    headers = await account(client, stats, "candidate", n)
    files = {"file": ("cv.txt", cv_text(n).encode(), "text/plain")}
    stats.record(await client.post("/api/cv", files=files, headers=headers))
    etag: str | None = None
    next_match = time.monotonic() + rng.uniform(10, 30)
    next_upload = time.monotonic() + rng.uniform(60, 120)
    while time.monotonic() < until:
        poll = stats.record(
            await client.get(
                "/api/match/jobs", headers={**headers, **({"If-None-Match": etag} if etag else {})}
            )
        )
        etag = poll.headers.get("etag", etag)
        if time.monotonic() > next_match:
            stats.record(await client.post("/api/match", headers=headers))
            next_match = time.monotonic() + rng.uniform(10, 30)
        if time.monotonic() > next_upload:
            files = {"file": ("cv.txt", cv_text(n).encode(), "text/plain")}
            stats.record(await client.post("/api/cv", files=files, headers=headers))
            next_upload = time.monotonic() + rng.uniform(60, 120)
        await asyncio.sleep(float(poll.headers.get("retry-after", "1")) * rng.uniform(0.5, 1.5))


async def chaos(procs: Processes, stats: Stats, until: float) -> None:
    """Every 10-25 s: kill a random worker (SIGKILL or SIGTERM), restart it 1-3 s later."""
    while time.monotonic() < until:
        await asyncio.sleep(rng.uniform(10, 25))
        slot = rng.randrange(len(procs.workers))
        how = rng.choice([signal.SIGKILL, signal.SIGTERM])
        if procs.workers[slot].poll() is None:
            procs.workers[slot].send_signal(how)
            stats.kills[how.name] += 1
        await asyncio.sleep(rng.uniform(1, 3))
        for _ in range(300):  # SIGTERM: the worker finishes its tasks first
            if procs.workers[slot].poll() is not None:
                break
            await asyncio.sleep(0.1)
        procs.restart(slot)


async def sample_rss(procs: Processes, series: list[dict[str, Any]], until: float) -> None:
    """RSS every 30 s: growth that levels off is warm-up, growth that does not is a leak."""
    started = time.monotonic()
    while time.monotonic() < until:
        await asyncio.sleep(min(30.0, max(0.0, until - time.monotonic())))
        series.append(
            {
                "t": round(time.monotonic() - started),
                "api": rss_mib(procs.api.pid),
                "workers": [rss_mib(w.pid) for w in procs.workers],
            }
        )


async def pending(engine: AsyncEngine) -> dict[str, int]:
    async with engine.connect() as conn:
        rows = await conn.execute(
            text(
                "SELECT 'run_' || status, count(*) FROM match_runs GROUP BY status "
                "UNION ALL SELECT 'cv_' || status, count(*) FROM cvs GROUP BY status"
            )
        )
        return {key: int(count) for key, count in rows}


async def main() -> int:
    logs = ROOT / ".bench" / "soak"
    logs.mkdir(parents=True, exist_ok=True)
    database_url, redis_url, servers = start_missing(
        os.environ.get("DATABASE_URL"), os.environ.get("REDIS_URL"), ROOT / ".bench" / "servers"
    )
    procs: Processes | None = None
    try:
        soak_url = await fresh_database(database_url, "jobmatch_soak")
        env = {
            **os.environ,
            "DATABASE_URL": soak_url,
            "REDIS_URL": redis_url,
            "QUEUE_NAME": f"{NAME}:queue",
            "REDIS_KEY_PREFIX": NAME,
            "ENVIRONMENT": "local",
            "RATE_LIMIT_ENABLED": "false",  # every client shares one address
            "WORKER_JOB_TIMEOUT": "10",  # a killed worker's task is retried 20 s later
            "SWEEP_INTERVAL_SECONDS": "5",
            "SWEEP_QUEUED_AFTER_SECONDS": "15",
            "SWEEP_STALE_AFTER_SECONDS": "30",
            "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}",
        }
        from redis.asyncio import Redis

        redis = Redis.from_url(redis_url)
        await redis.delete(f"{NAME}:queue")  # a previous soak's leftovers
        await redis.aclose()
        procs = Processes(env, logs)
        engine = create_async_engine(soak_url)
        stats = Stats()
        async with httpx.AsyncClient(base_url=BASE, timeout=30) as client:
            for _ in range(600):
                try:
                    if (await client.get("/readyz")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)
            await asyncio.sleep(2)  # workers up
            rss_start = {
                "api": rss_mib(procs.api.pid),
                "workers": [rss_mib(w.pid) for w in procs.workers],
            }
            started = time.monotonic()
            until = started + SECONDS
            series: list[dict[str, Any]] = []
            await asyncio.gather(
                *(recruiter(client, stats, n, until) for n in range(RECRUITERS)),
                *(candidate(client, stats, n, until) for n in range(CANDIDATES)),
                chaos(procs, stats, until),
                sample_rss(procs, series, until),
            )
            for slot in range(len(procs.workers)):
                procs.restart(slot)
            drain_deadline = time.monotonic() + DRAIN_SECONDS
            counts = await pending(engine)
            while time.monotonic() < drain_deadline:
                counts = await pending(engine)
                left = sum(v for k, v in counts.items() if k.split("_", 1)[1] in PENDING)
                if not left:
                    break
                await asyncio.sleep(1)
            await asyncio.sleep(10)  # a worker restarted last is still importing
            rss_end = {
                "api": rss_mib(procs.api.pid),
                "workers": [rss_mib(w.pid) for w in procs.workers],
            }
        await engine.dispose()
        lost_runs = counts.get("run_queued", 0) + counts.get("run_running", 0)
        lost_cvs = counts.get("cv_queued", 0) + counts.get("cv_parsing", 0)
        server_errors = sum(n for status, n in stats.statuses.items() if status >= 500)
        classes = collections.Counter(f"{s // 100}xx" for s in stats.statuses.elements())
        report("seconds", SECONDS, candidates=CANDIDATES, recruiters=RECRUITERS)
        report("requests", sum(stats.statuses.values()), by_class=dict(classes))
        report("requests_5xx", server_errors, target=0, examples=stats.errors)
        report("worker_kills", dict(stats.kills))
        report("runs", {k[4:]: v for k, v in counts.items() if k.startswith("run_")})
        report("cvs", {k[3:]: v for k, v in counts.items() if k.startswith("cv_")})
        report("runs_lost", lost_runs, target=0, cvs_lost=lost_cvs)
        report("rss_mib_start", rss_start)
        report("rss_mib_end", rss_end)
        report("rss_mib_series", series, note="workers restart when killed")
        ok = server_errors == 0 and lost_runs == 0 and lost_cvs == 0
        print("soak:", "PASS" if ok else "FAIL", flush=True)
        return 0 if ok else 1
    finally:
        if procs is not None:
            procs.stop()
        servers.stop()


PENDING = ("queued", "running", "parsing")

if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
