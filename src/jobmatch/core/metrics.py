"""Prometheus metrics of the api and the worker (prometheus-client, default registry).

Each process counts its own: the api serves its figures on GET /metrics, a worker on its
own port (WORKER_METRICS_PORT). With PROMETHEUS_MULTIPROC_DIR set (uvicorn `--workers N`),
the api's /metrics adds up the figures of all its processes.
"""

import logging
import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

# Poll answers take about a millisecond; uploads and logins (argon2) tens to hundreds.
_HTTP_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_TASK_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)

HTTP_REQUESTS = Counter(
    "jobmatch_http_requests",
    "HTTP requests answered, by method, route template and status.",
    ("method", "route", "status"),
)
HTTP_LATENCY = Histogram(
    "jobmatch_http_request_duration_seconds",
    "Time to answer an HTTP request, by method, route template and status.",
    ("method", "route", "status"),
    buckets=_HTTP_BUCKETS,
)
QUEUE_DEPTH = Gauge(
    "jobmatch_queue_depth",
    "Tasks waiting in the arq queue (read when scraped).",
    ("queue",),
    multiprocess_mode="mostrecent",
)
WORKERS_ALIVE = Gauge(
    "jobmatch_worker_alive",
    "1 when a worker refreshed its health check recently (read when scraped).",
    multiprocess_mode="mostrecent",
)
TASK_DURATION = Histogram(
    "jobmatch_task_duration_seconds",
    "Task run time, by task and outcome (done, failed, skipped, superseded, retry, error, "
    "cancelled).",
    ("task", "outcome"),
    buckets=_TASK_BUCKETS,
)
MATCH_RESULTS = Counter("jobmatch_match_results", "Match results stored by finished runs.")
SWEEPS = Counter(
    "jobmatch_sweeper_actions",
    "What the sweeper did, by kind (cv, run) and action (requeued, failed).",
    ("kind", "action"),
)


class RequestMetrics:
    """Per-request bookkeeping for the api's middleware: the labelled children are looked up
    once per (method, route, status) and cached, so a request costs a few microseconds."""

    def __init__(self) -> None:
        self._children: dict[tuple[str, str, int], tuple[Counter, Histogram]] = {}

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route, status)
        children = self._children.get(key)
        if children is None:
            labels = (method, route, str(status))
            children = (HTTP_REQUESTS.labels(*labels), HTTP_LATENCY.labels(*labels))
            self._children[key] = children
        children[0].inc()
        children[1].observe(seconds)


def render() -> tuple[bytes, str]:
    """The exposition text of this process (or of all processes in multiprocess mode)."""
    registry = REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    return generate_latest(registry), CONTENT_TYPE_LATEST


def serve(port: int, host: str) -> bool:
    """Serve this process's metrics on http://host:port/ from a daemon thread (the worker)."""
    from prometheus_client import start_http_server

    try:
        start_http_server(port, addr=host)
    except OSError:
        logging.getLogger(__name__).warning("metrics port %s:%d is taken; not serving", host, port)
        return False
    return True
