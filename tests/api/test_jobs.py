import httpx

from tests.factories import JOB, post_job, user_with_token


async def test_recruiter_posts_job_with_skills_extracted_from_text(
    client: httpx.AsyncClient,
) -> None:
    _, headers = await user_with_token(client, "recruiter")
    job = await post_job(client, headers)
    assert {"python", "fastapi", "postgresql", "docker", "aws"} <= set(job["skills"])
    assert job["status"] == "open"
    assert job["remote"] == "hybrid"


async def test_given_skills_are_canonicalised(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client, "recruiter")
    job = await post_job(client, headers, skills=["JS", "k8s", "Golang"], nice_to_have=["C#"])
    assert job["skills"] == ["go", "javascript", "kubernetes"]
    assert job["nice_to_have"] == ["c#"]


async def test_candidates_and_anonymous_cannot_post_jobs(client: httpx.AsyncClient) -> None:
    _, candidate = await user_with_token(client, "candidate")
    assert (await client.post("/api/jobs", json=JOB, headers=candidate)).status_code == 403
    assert (await client.post("/api/jobs", json=JOB)).status_code == 401


async def test_only_the_owner_edits_and_deletes(client: httpx.AsyncClient) -> None:
    _, owner = await user_with_token(client, "recruiter")
    _, other = await user_with_token(client, "recruiter")
    job = await post_job(client, owner)
    url = f"/api/jobs/{job['id']}"
    assert (await client.patch(url, json={"title": "X"}, headers=other)).status_code == 403
    assert (await client.delete(url, headers=other)).status_code == 403
    edited = await client.patch(url, json={"title": "Staff Python Engineer"}, headers=owner)
    assert edited.status_code == 200
    assert edited.json()["title"] == "Staff Python Engineer"
    assert (await client.delete(url, headers=owner)).status_code == 204
    assert (await client.get(url)).status_code == 404


async def test_closed_job_is_hidden_from_others(client: httpx.AsyncClient) -> None:
    _, owner = await user_with_token(client, "recruiter")
    job = await post_job(client, owner)
    url = f"/api/jobs/{job['id']}"
    assert (await client.patch(url, json={"status": "closed"}, headers=owner)).status_code == 200
    assert (await client.get(url)).status_code == 404
    assert (await client.get(url, headers=owner)).json()["status"] == "closed"


async def test_list_filters_and_cursor_pagination(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client, "recruiter")
    marker = "zyxwvut"
    for i in range(5):
        await post_job(
            client,
            headers,
            title=f"Nurse {marker} {i}",
            description="Patient care and phlebotomy in a busy ward.",
            location="Lisbon" if i % 2 else "Porto",
            remote="onsite",
            salary_max=1000 * i,
        )
    seen: list[str] = []
    cursor = None
    while True:
        params = {"q": marker, "limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await client.get("/api/jobs", params=params)).json()
        seen += [item["title"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [f"Nurse {marker} {i}" for i in (4, 3, 2, 1, 0)]
    lisbon = (await client.get("/api/jobs", params={"q": marker, "location": "lisb"})).json()
    assert {item["location"] for item in lisbon["items"]} == {"Lisbon"}
    rich = (await client.get("/api/jobs", params={"q": marker, "min_salary": 3000})).json()
    assert sorted(item["title"][-1] for item in rich["items"]) == ["3", "4"]
    offset = (await client.get("/api/jobs", params={"q": marker, "offset": 4})).json()
    assert [item["title"] for item in offset["items"]] == [f"Nurse {marker} 0"]


async def test_the_location_filter_matches_words_not_letters_anywhere(
    client: httpx.AsyncClient,
) -> None:
    """ "NY" is New York, not Germany or Sunnyvale; "CA" is California, not Chicago. The
    same condition filters GET /api/match/jobs (repositories.conditions)."""
    _, headers = await user_with_token(client, "recruiter")
    marker = "qwplace"
    places = ["New York, NY", "Berlin, Germany", "Sunnyvale, CA", "Chicago, IL", "São Paulo"]
    for place in places:
        await post_job(client, headers, title=f"Analyst {marker}", location=place)

    async def found(location: str) -> set[str]:
        page = await client.get("/api/jobs", params={"q": marker, "location": location})
        assert page.status_code == 200, page.text
        return {item["location"] for item in page.json()["items"]}

    assert await found("NY") == {"New York, NY"}
    assert await found("ca") == {"Sunnyvale, CA"}
    assert await found("new york") == {"New York, NY"}
    assert await found("sunny") == {"Sunnyvale, CA"}
    assert await found("Germany") == {"Berlin, Germany"}
    assert await found("são") == {"São Paulo"}
    assert await found("york new") == set()  # the words in their order
    assert await found("many") == set()
    assert await found(".*") == set(places)  # no word: no filter (nor a regex)
    assert await found("(") == set(places)


async def test_list_limit_is_capped_and_bad_cursor_is_400(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/jobs", params={"limit": 101})).status_code == 422
    bad = await client.get("/api/jobs", params={"cursor": "garbage!"})
    assert bad.status_code == 400
    assert bad.json() == {"detail": "Invalid cursor"}


async def test_invalid_job_payloads_are_422(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client, "recruiter")
    for payload in (
        {**JOB, "title": ""},
        {**JOB, "remote": "sometimes"},
        {**JOB, "salary_min": 10, "salary_max": 5},
        {**JOB, "title": "bad\x00title"},
        {**JOB, "min_years": "many"},
    ):
        response = await client.post("/api/jobs", json=payload, headers=headers)
        assert response.status_code == 422, payload


async def test_fields_a_body_does_not_have_are_refused_not_ignored(
    client: httpx.AsyncClient,
) -> None:
    """A draft sent as {"status": "closed"} was published (201, open); now 422 naming it,
    and nothing is created."""
    _, recruiter = await user_with_token(client, "recruiter")
    marker = "qwextra"
    refused = await client.post(
        "/api/jobs",
        json={
            "title": f"Draft {marker}",
            "company": "Acme",
            "description": "x",
            "status": "closed",
        },
        headers=recruiter,
    )
    assert refused.status_code == 422
    assert "status" in refused.text
    listed = (await client.get("/api/jobs", params={"q": marker})).json()["items"]
    assert listed == []
    job = await post_job(client, recruiter)
    moved = await client.patch(
        f"/api/jobs/{job['id']}", json={"owner_id": str(job["id"])}, headers=recruiter
    )
    assert moved.status_code == 422
    assert (
        await client.patch("/api/users/me", json={"role": "admin"}, headers=recruiter)
    ).status_code == 422
