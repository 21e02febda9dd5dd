"""The request id of the work in progress: set per HTTP request and per task, read by logs.

An api request sets it (api.middleware); the tasks the request defers carry it to the
worker, which sets it again around each task, so one id ties the request's log line to the
log lines of the tasks it caused.
"""

import re
import uuid
from contextvars import ContextVar

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)

_VALID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


def new_request_id() -> str:
    return uuid.uuid4().hex


def sane_request_id(value: object) -> str | None:
    """`value` when it is a short id of safe characters (it is logged and echoed), else None."""
    return value if isinstance(value, str) and _VALID.match(value) else None
