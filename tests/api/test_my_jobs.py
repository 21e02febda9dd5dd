"""GET /api/users/me/jobs: a recruiter's own jobs, closed ones included, newest first."""

import httpx

from tests.factories import post_job, user_with_token


async def test_lists_my_open_and_closed_jobs_newest_first(client: httpx.AsyncClient) -> None:
    _, mine = await user_with_token(client, "recruiter")
    _, other = await user_with_token(client, "recruiter")
    first = await post_job(client, mine, title="First job")
    second = await post_job(client, mine, title="Second job")
    await post_job(client, other, title="Someone else's job")
    closed = await client.patch(f"/api/jobs/{first['id']}", json={"status": "closed"}, headers=mine)
    assert closed.status_code == 200

    page = (await client.get("/api/users/me/jobs", headers=mine)).json()
    assert [(job["title"], job["status"]) for job in page["items"]] == [
        ("Second job", "open"),
        ("First job", "closed"),
    ]
    assert page["next_cursor"] is None
    assert second["id"] == page["items"][0]["id"]


async def test_filters_by_status(client: httpx.AsyncClient) -> None:
    _, mine = await user_with_token(client, "recruiter")
    job = await post_job(client, mine, title="Closed one")
    await post_job(client, mine, title="Open one")
    await client.patch(f"/api/jobs/{job['id']}", json={"status": "closed"}, headers=mine)
    closed = (await client.get("/api/users/me/jobs?status=closed", headers=mine)).json()
    assert [j["title"] for j in closed["items"]] == ["Closed one"]
    bad = await client.get("/api/users/me/jobs?status=archived", headers=mine)
    assert bad.status_code == 422


async def test_cursor_pagination_visits_every_job_once(client: httpx.AsyncClient) -> None:
    _, mine = await user_with_token(client, "recruiter")
    posted = [(await post_job(client, mine, title=f"Job {i}"))["id"] for i in range(5)]
    seen: list[str] = []
    url = "/api/users/me/jobs?limit=2"
    while True:
        page = (await client.get(url, headers=mine)).json()
        seen += [job["id"] for job in page["items"]]
        if page["next_cursor"] is None:
            break
        url = f"/api/users/me/jobs?limit=2&cursor={page['next_cursor']}"
    assert seen == list(reversed(posted))
    bad = await client.get("/api/users/me/jobs?cursor=not-a-cursor", headers=mine)
    assert bad.status_code == 400
