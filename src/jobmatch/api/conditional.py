"""HTTP conditional requests (RFC 9110 If-None-Match, weak comparison) and poll answers."""

from fastapi import Response, status

from jobmatch.services.polling import PollAnswer


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    wanted = etag.removeprefix("W/")
    for candidate in if_none_match.split(","):
        candidate = candidate.strip()
        if candidate == "*" or candidate.removeprefix("W/") == wanted:
            return True
    return False


def poll_response(answer: PollAnswer, retry_after: int) -> Response:
    """A poll's 200 or 304, with its ETag, and Retry-After while a run is pending."""
    headers = {"ETag": answer.etag, "Cache-Control": "private, no-cache"}
    if answer.pending:
        headers["Retry-After"] = str(retry_after)
    if answer.body is None:
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    return Response(answer.body, media_type="application/json", headers=headers)
