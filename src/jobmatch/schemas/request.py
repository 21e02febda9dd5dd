"""The base of every JSON request body."""

from pydantic import BaseModel, ConfigDict


class RequestBody(BaseModel):
    """Fields it does not declare are refused (422 naming them), never ignored: a client
    that sent `{"status": "closed"}` with a new job got 201 and a published job, and
    `PATCH /api/users/me {"role": "admin"}` answered 200 with nothing changed (2026-12-06)."""

    model_config = ConfigDict(extra="forbid")
