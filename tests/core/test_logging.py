import json
import logging

from jobmatch.core.correlation import request_id_var, sane_request_id
from jobmatch.core.logging import ArqTaskLinesFilter, JsonFormatter, RequestIdFilter


def _record(name: str, msg: str, *args: object, **extra: object) -> logging.LogRecord:
    record = logging.LogRecord(name, logging.INFO, __file__, 1, msg, args, None)
    record.__dict__.update(extra)
    return record


def test_json_lines_carry_the_request_id_and_extra_fields() -> None:
    token = request_id_var.set("req-1")
    try:
        record = _record("jobmatch.access", "GET %s %d", "/healthz", 200, status=200, route="/x")
        RequestIdFilter().filter(record)
    finally:
        request_id_var.reset(token)
    line = json.loads(JsonFormatter().format(record))
    assert line["msg"] == "GET /healthz 200"
    assert line["request_id"] == "req-1"
    assert (line["status"], line["route"], line["level"]) == (200, "/x", "INFO")
    assert "args" not in line


def test_arq_per_task_lines_are_dropped_but_lifecycle_lines_kept() -> None:
    arq_filter = ArqTaskLinesFilter()
    assert not arq_filter.filter(_record("arq.worker", "%6.2fs → %s(%s)%s", 0.1, "x", "", ""))
    assert arq_filter.filter(_record("arq.worker", "shutdown on %s", "SIGTERM"))


def test_only_sane_request_ids_are_kept() -> None:
    assert sane_request_id("abc-123_x.y:z") == "abc-123_x.y:z"
    assert sane_request_id("bad id\n") is None
    assert sane_request_id("x" * 65) is None
    assert sane_request_id(42) is None
