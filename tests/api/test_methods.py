"""HEAD on every GET route, and 405s whose Allow names every method of the path."""

import httpx

from tests.factories import post_job, user_with_token


async def test_head_is_get_without_the_body(client: httpx.AsyncClient) -> None:
    got = await client.get("/healthz")
    head = await client.head("/healthz")
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-length"] == got.headers["content-length"] != "0"
    assert head.headers["content-type"] == got.headers["content-type"]


async def test_head_of_the_poll_keeps_its_etag_and_conditional_answer(
    client: httpx.AsyncClient,
) -> None:
    _, headers = await user_with_token(client)
    got = await client.get("/api/match/jobs", headers=headers)
    head = await client.head("/api/match/jobs", headers=headers)
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["etag"] == got.headers["etag"]
    unchanged = await client.head(
        "/api/match/jobs", headers={**headers, "If-None-Match": got.headers["etag"]}
    )
    assert unchanged.status_code == 304
    assert (await client.head("/api/match/jobs")).status_code == 401


async def test_a_405_names_every_method_the_path_serves(client: httpx.AsyncClient) -> None:
    _, recruiter = await user_with_token(client, "recruiter")
    job = await post_job(client, recruiter)
    cases = {
        ("PUT", f"/api/jobs/{job['id']}"): "DELETE, GET, HEAD, PATCH",
        ("PUT", "/api/jobs"): "GET, HEAD, POST",
        ("DELETE", "/api/cv"): "GET, HEAD, POST",
        ("GET", "/api/auth/login"): "POST",
        ("HEAD", "/api/auth/login"): "POST",  # no GET there, so no HEAD either
        ("POST", "/api/match/jobs"): "GET, HEAD",
    }
    for (method, path), allowed in cases.items():
        response = await client.request(method, path, headers=recruiter)
        assert response.status_code == 405, (method, path)
        assert response.headers["allow"] == allowed, (method, path)
        if method != "HEAD":
            assert response.json() == {
                "detail": f"Method {method} is not allowed here; this path serves {allowed}"
            }
    # The PUT changed nothing.
    same = await client.get(f"/api/jobs/{job['id']}", headers=recruiter)
    assert same.json()["title"] == job["title"]


async def test_static_files_keep_their_own_methods(client: httpx.AsyncClient) -> None:
    page = (await client.get("/")).text
    script = next(
        part.split('"')[0] for part in page.split('src="')[1:] if part.startswith("/static/")
    )
    assert (await client.head(script)).status_code == 200
    refused = await client.post(script)
    assert refused.status_code == 405
    assert refused.headers["allow"] == "GET, HEAD"


async def test_an_spa_on_an_allowed_origin_may_poll_with_head(client: httpx.AsyncClient) -> None:
    preflight = await client.options(
        "/api/match/jobs",
        headers={
            "Origin": "http://localhost:5173",
            "Access-Control-Request-Method": "HEAD",
            "Access-Control-Request-Headers": "authorization,if-none-match",
        },
    )
    assert preflight.status_code == 200, preflight.text
    assert "HEAD" in preflight.headers["access-control-allow-methods"]


async def test_head_requests_are_counted_by_their_route(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client)
    sample = 'jobmatch_http_requests_total{method="HEAD",route="/api/match/jobs",status="200"}'

    def count(text: str) -> float:
        lines = [line for line in text.splitlines() if line.startswith(sample + " ")]
        return float(lines[0].rsplit(" ", 1)[1]) if lines else 0.0

    before = count((await client.get("/metrics")).text)
    for _ in range(2):
        assert (await client.head("/api/match/jobs", headers=headers)).status_code == 200
    assert count((await client.get("/metrics")).text) == before + 2
