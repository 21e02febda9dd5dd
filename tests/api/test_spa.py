"""The reference SPA is served at `/` from files inside the package, under a strict policy."""

import re

import httpx

from jobmatch.api.spa import STATIC_DIR


async def test_index_is_the_spa_shell_with_a_strict_policy(client: httpx.AsyncClient) -> None:
    response = await client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<script type="module" src="/static/js/main.js"></script>' in response.text
    csp = response.headers["content-security-policy"]
    assert "script-src 'self';" in csp
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    assert "connect-src 'self'" in csp
    assert response.headers["cache-control"] == "no-cache"


async def test_modules_and_styles_are_served_and_revalidated(client: httpx.AsyncClient) -> None:
    script = await client.get("/static/js/main.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith(("text/javascript", "application/javascript"))
    assert script.headers["cache-control"] == "no-cache"
    again = await client.get(
        "/static/js/main.js", headers={"If-None-Match": script.headers["etag"]}
    )
    assert again.status_code == 304
    style = await client.get("/static/app.css")
    assert style.headers["content-type"].startswith("text/css")


def test_every_module_import_points_at_a_shipped_file() -> None:
    """No build step: each relative import must name a file that is in the package."""
    modules = list((STATIC_DIR / "js").rglob("*.js"))
    assert modules
    for module in modules:
        for target in re.findall(r'from "(\.[^"]+)"', module.read_text()):
            assert (module.parent / target).resolve().is_file(), f"{module.name}: {target}"


async def test_the_api_and_operations_stay_where_they_were(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    assert (await client.get("/api/jobs")).status_code == 200
    assert (await client.get("/docs")).status_code == 200
    missing = await client.get("/no-such-page")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "Not Found"}
    assert (await client.get("/static/no-such-file.js")).status_code == 404
    assert "/" not in (await client.get("/openapi.json")).json()["paths"]
