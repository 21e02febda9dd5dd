"""Security headers on every response (pure ASGI)."""

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_API_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    # JSON needs nothing from anywhere; pages (docs, the SPA) get their own policy below.
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
]
# Swagger UI and ReDoc load from a CDN and run inline scripts.
_DOCS_CSP = (
    b"default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    b"style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: "
    b"https://fastapi.tiangolo.com; connect-src 'self'; frame-ancestors 'none'"
)
# The reference SPA: its own module scripts and stylesheet only, no inline code, API calls
# to this origin only.
_SPA_CSP = (
    b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    b"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_HSTS = (b"strict-transport-security", b"max-age=31536000; includeSubDomains")


def _page_policy(path: str, docs_prefixes: tuple[str, ...]) -> bytes | None:
    if path == "/" or path.startswith("/static/"):
        return _SPA_CSP
    if path.startswith(docs_prefixes):
        return _DOCS_CSP
    return None


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp, page_prefixes: tuple[str, ...] = ("/docs", "/redoc")) -> None:
        self.app = app
        self.page_prefixes = page_prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        page_csp = _page_policy(scope["path"], self.page_prefixes)
        extra = [h for h in _API_HEADERS if not (page_csp and h[0] == b"content-security-policy")]
        if page_csp:
            extra.append((b"content-security-policy", page_csp))
        if scope.get("scheme") == "https":
            extra.append(_HSTS)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *(h for h in extra if h[0] not in present),
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)
