import httpx


async def test_healthz_and_readyz(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"postgres": "ok", "redis": "ok"}


async def test_openapi_and_docs_are_served(client: httpx.AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()
    assert "/api/match/jobs" in schema["paths"]
    assert schema["paths"]["/api/auth/login"]["post"]["requestBody"]["content"].keys() >= {
        "application/json",
        "application/x-www-form-urlencoded",
    }
    assert (await client.get("/docs")).status_code == 200


async def test_request_id_is_echoed_or_made(client: httpx.AsyncClient) -> None:
    given = await client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    made = await client.get("/healthz")
    assert given.headers["x-request-id"] == "abc-123"
    assert len(made.headers["x-request-id"]) == 32


async def test_cors_allows_configured_origin_only(client: httpx.AsyncClient) -> None:
    preflight = {
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "authorization,if-none-match",
    }
    allowed = await client.options(
        "/api/match/jobs", headers={"Origin": "http://localhost:5173", **preflight}
    )
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "http://localhost:5173"
    assert allowed.headers["access-control-max-age"] == "600"
    unknown = await client.options(
        "/api/match/jobs", headers={"Origin": "http://evil.example", **preflight}
    )
    assert "access-control-allow-origin" not in unknown.headers
    simple = await client.get("/healthz", headers={"Origin": "http://localhost:5173"})
    exposed = simple.headers["access-control-expose-headers"].lower()
    assert {"etag", "retry-after", "location"} <= set(exposed.replace(" ", "").split(","))


async def test_security_headers_on_every_response(client: httpx.AsyncClient) -> None:
    for path, page in (
        ("/healthz", False),
        ("/api/jobs", False),
        ("/nope", False),
        ("/docs", True),
    ):
        response = await client.get(path)
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
        csp = response.headers["content-security-policy"]
        assert ("default-src 'self'" in csp) is page
        assert "frame-ancestors 'none'" in csp
