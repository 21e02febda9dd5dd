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
_PAGE_CSP = (
    b"default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    b"style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: "
    b"https://fastapi.tiangolo.com; connect-src 'self'; frame-ancestors 'none'"
)
_HSTS = (b"strict-transport-security", b"max-age=31536000; includeSubDomains")


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp, page_prefixes: tuple[str, ...] = ("/docs", "/redoc")) -> None:
        self.app = app
        self.page_prefixes = page_prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_page = scope["path"] == "/" or scope["path"].startswith(self.page_prefixes)
        extra = [h for h in _API_HEADERS if not (is_page and h[0] == b"content-security-policy")]
        if is_page:
            extra.append((b"content-security-policy", _PAGE_CSP))
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
