"""Operations with real processes: worker liveness (--check, /readyz), Prometheus metrics of
the api and the worker, and one request id from the api's log line to its tasks' lines."""

import signal

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.faults.conftest import candidate_with_results
from tests.faults.harness import Stack, eventually, free_port

pytestmark = pytest.mark.faults


def _sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus exposition text (0 when absent)."""
    for line in text.splitlines():
        head, _, value = line.rpartition(" ")
        metric, _, rest = head.partition("{")
        found = dict(pair.split("=", 1) for pair in rest.rstrip("}").split(",") if pair)
        if metric == name and {k: v.strip('"') for k, v in found.items()} == labels:
            return float(value)
    return 0.0


async def test_worker_liveness_metrics_and_request_ids(stack: Stack, engine: AsyncEngine) -> None:
    api = await stack.start_api()
    async with stack.client() as client:
        ready = (await client.get("/readyz")).json()
        assert ready["status"] == "ready"  # no worker does not make the api unready
        assert ready["worker"] == "none"
        assert ready["queue_depth"] == 0
        assert await stack.check_worker() != 0

        metrics_port = free_port()
        worker = await stack.start_worker(WORKER_METRICS_PORT=str(metrics_port))

        async def alive() -> bool:
            return bool((await client.get("/readyz")).json()["worker"] == "alive")

        await eventually(alive, "/readyz to see the worker")
        assert await stack.check_worker() == 0

        _, _, results = await candidate_with_results(
            client, engine, **{"X-Request-ID": "trace-me-42"}
        )

        # The upload's request id is on its log line and on both tasks it caused.
        def traced() -> list[str]:
            return [
                line["task"] for line in worker.tasks() if line.get("request_id") == "trace-me-42"
            ]

        await eventually(
            lambda: _true_if(sorted(traced()) == ["match_jobs", "parse_cv"]), "traced tasks"
        )
        [upload_line] = [
            line
            for line in api.lines()
            if line.get("event") == "request" and line.get("request_id") == "trace-me-42"
        ]
        assert (upload_line["route"], upload_line["status"]) == ("/api/cv", 202)

        api_metrics = (await client.get("/metrics")).text
        assert (
            _sample(
                api_metrics,
                "jobmatch_http_requests_total",
                method="POST",
                route="/api/cv",
                status="202",
            )
            == 1
        )
        assert (
            _sample(
                api_metrics,
                "jobmatch_http_request_duration_seconds_count",
                method="GET",
                route="/api/match/jobs",
                status="200",
            )
            >= 1
        )
        assert "jobmatch_queue_depth" in api_metrics
        assert _sample(api_metrics, "jobmatch_worker_alive") == 1
        async with httpx.AsyncClient() as scraper:
            worker_metrics = (await scraper.get(f"http://127.0.0.1:{metrics_port}/")).text
        assert (
            _sample(
                worker_metrics,
                "jobmatch_task_duration_seconds_count",
                task="match_jobs",
                outcome="done",
            )
            == 1
        )
        assert (
            _sample(
                worker_metrics,
                "jobmatch_task_duration_seconds_count",
                task="parse_cv",
                outcome="parsed",
            )
            == 1
        )
        assert _sample(worker_metrics, "jobmatch_match_results_total") == len(results)

        worker.signal(signal.SIGTERM)
        assert await worker.exited() == 0

        async def gone() -> bool:
            return await stack.check_worker() != 0

        await eventually(gone, "--check to see no worker")
        assert (await client.get("/readyz")).json()["worker"] == "none"


async def _true_if(value: bool) -> bool:
    return value
