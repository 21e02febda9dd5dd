"""Opaque keyset cursors: base64 of (created_at, id), so clients cannot depend on the shape."""

import base64
import binascii
import uuid
from datetime import datetime

from jobmatch.core.errors import BadRequest
from jobmatch.repositories.jobs import Keyset


def encode_cursor(created_at: datetime, row_id: uuid.UUID) -> str:
    raw = f"{created_at.isoformat()}|{row_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> Keyset:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        created_at, row_id = raw.split("|")
        return Keyset(datetime.fromisoformat(created_at), uuid.UUID(row_id))
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise BadRequest("Invalid cursor") from exc
