"""Metrics, request ids and readiness details, in process (the process-level checks are in
tests/faults/test_operations.py)."""

import asyncio
import os
import sys
from typing import Any

import httpx
from arq.jobs import Job

from jobmatch.core.config import Settings
from tests.factories import upload_cv, user_with_token


def _value(text: str, sample: str) -> float:
    for line in text.splitlines():
        if line.startswith(sample + " "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


async def test_metrics_count_requests_by_route_template(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client)
    cv_id = (await upload_cv(client, headers)).json()["id"]
    sample = 'jobmatch_http_requests_total{method="GET",route="/api/cv/{cv_id}",status="200"}'
    before = _value((await client.get("/metrics")).text, sample)
    for _ in range(3):
        assert (await client.get(f"/api/cv/{cv_id}", headers=headers)).status_code == 200
    await client.get("/no/such/path/12345")
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert _value(response.text, sample) == before + 3
    assert 'route="<unmatched>",status="404"' in response.text  # never the raw path
    assert "/no/such/path" not in response.text
    assert "jobmatch_http_request_duration_seconds_bucket" in response.text
    assert "jobmatch_queue_depth{" in response.text
    assert "/metrics" not in (await client.get("/openapi.json")).json()["paths"]


async def test_tasks_carry_the_request_id_of_the_request_that_queued_them(
    client: httpx.AsyncClient, redis: Any
) -> None:
    _, headers = await user_with_token(client)
    upload = await upload_cv(client, {**headers, "X-Request-ID": "upload-trace-1"})
    assert upload.headers["x-request-id"] == "upload-trace-1"
    job = await Job(f"parse_cv:{upload.json()['id']}", redis).info()
    assert job is not None
    assert job.kwargs == {"request_id": "upload-trace-1"}


async def test_readyz_reports_queue_depth_and_worker(client: httpx.AsyncClient) -> None:
    body = (await client.get("/readyz")).json()
    assert body["status"] == "ready"
    assert isinstance(body["queue_depth"], int)
    assert body["worker"] in ("alive", "none")


async def test_worker_check_fails_without_a_worker(settings: Settings) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": settings.DATABASE_URL or "",
        "REDIS_URL": settings.REDIS_URL or "",
        "QUEUE_NAME": "nobody-listens:queue",
    }
    check = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "jobmatch",
        "worker",
        "--check",
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    assert await asyncio.wait_for(check.wait(), 60) == 1
