"""Process-wide logging set-up, called once by each entry point.

LOG_FORMAT=json (the default) writes one JSON object per line: `ts`, `level`, `logger`,
`msg`, `pid`, the `request_id` of the request or task in progress, and any `extra={...}`
fields (e.g. `event`, `status`, `duration_ms`). LOG_FORMAT=text is for people.
"""

import json
import logging
import sys
import traceback
from datetime import UTC, datetime
from typing import Any

from jobmatch.core.correlation import request_id_var

# Attributes every LogRecord has; anything else on a record came from `extra=`.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "request_id",
    "taskName",
}
_QUIET = {
    # pgserver narrates every step of starting and stopping the embedded server at INFO.
    "pgserver": logging.WARNING,
    "alembic.runtime.plugins": logging.WARNING,
}


class ArqTaskLinesFilter(logging.Filter):
    """Drop arq's own per-task INFO lines ("0.02s → match_jobs:..."): worker.telemetry logs
    one line per task, with the request id. Start, shutdown and health lines stay."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (
            record.levelno == logging.INFO
            and record.name == "arq.worker"
            and isinstance(record.msg, str)
            and record.msg.startswith("%6.2fs")
        )


class RequestIdFilter(logging.Filter):
    """Stamp every record with the request id in progress (None outside requests/tasks)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            "pid": record.process,
        }
        request_id = getattr(record, "request_id", None)
        if request_id:
            line["request_id"] = request_id
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                line[key] = value
        if record.exc_info:
            line["exc"] = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        return json.dumps(line, default=str, ensure_ascii=False)


_TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(process)d [%(request_id)s] %(message)s"


def _formatter(fmt: str) -> logging.Formatter:
    return JsonFormatter() if fmt == "json" else logging.Formatter(_TEXT_FORMAT)


def configure_logging(level: str | None = None, fmt: str | None = None) -> None:
    """Root handler on stderr; `level`/`fmt` default to LOG_LEVEL/LOG_FORMAT."""
    if level is None or fmt is None:
        from jobmatch.core.config import get_settings

        settings = get_settings()
        level = level or settings.LOG_LEVEL
        fmt = fmt or settings.LOG_FORMAT
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RequestIdFilter())
    handler.addFilter(ArqTaskLinesFilter())
    handler.setFormatter(_formatter(fmt))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name, quiet in _QUIET.items():
        logging.getLogger(name).setLevel(quiet)


def uvicorn_log_config(level: str, fmt: str) -> dict[str, Any]:
    """dictConfig for uvicorn (applied in each `--workers` process too): our format for
    its loggers and ours alike."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": RequestIdFilter}},
        "formatters": {
            "default": {"()": JsonFormatter} if fmt == "json" else {"format": _TEXT_FORMAT}
        },
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": "default",
                "filters": ["request_id"],
            }
        },
        "root": {"handlers": ["default"], "level": level},
        "loggers": {
            "uvicorn": {"level": level},
            "uvicorn.access": {"level": "WARNING"},  # ours: api.telemetry, with route and id
            **{name: {"level": logging.getLevelName(quiet)} for name, quiet in _QUIET.items()},
        },
    }
