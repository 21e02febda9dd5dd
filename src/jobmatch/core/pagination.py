"""Opaque keyset cursors: base64 of (created_at, id), so clients cannot depend on the shape."""

import base64
import binascii
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from jobmatch.core.errors import BadRequest


@dataclass(frozen=True, slots=True)
class Keyset:
    """Position after the last row of a page, newest first: (created_at, id)."""

    created_at: datetime
    id: uuid.UUID


def encode_cursor(created_at: datetime, row_id: uuid.UUID) -> str:
    raw = f"{created_at.isoformat()}|{row_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> Keyset:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        created_at, row_id = raw.split("|")
        keyset = Keyset(datetime.fromisoformat(created_at), uuid.UUID(row_id))
        # Naive or extreme datetimes cannot have come from us (and overflow in the driver).
        if keyset.created_at.tzinfo is None or not 1970 <= keyset.created_at.year <= 9000:
            raise ValueError("not one of our cursors")
        keyset.created_at.astimezone(UTC)
        return keyset
    except (ValueError, OverflowError, binascii.Error, UnicodeDecodeError) as exc:
        raise BadRequest("Invalid cursor") from exc
