import httpx

from tests.factories import upload_cv, user_with_token


async def test_upload_is_accepted_and_readable_by_its_owner_only(
    client: httpx.AsyncClient,
) -> None:
    _, owner = await user_with_token(client)
    _, other = await user_with_token(client)
    response = await upload_cv(client, owner)
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "queued"
    assert response.headers["location"] == f"/api/cv/{body['id']}"
    mine = await client.get(f"/api/cv/{body['id']}", headers=owner)
    assert mine.status_code == 200
    assert mine.json()["filename"] == "cv.txt"
    assert mine.json()["format"] == "txt"
    assert (await client.get(f"/api/cv/{body['id']}", headers=other)).status_code == 404
    assert (await client.delete(f"/api/cv/{body['id']}", headers=other)).status_code == 404
    listed = await client.get("/api/cv", headers=owner)
    assert [cv["id"] for cv in listed.json()] == [body["id"]]


async def test_upload_requires_login(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/cv", files={"file": ("cv.txt", b"hello", "text/plain")})
    assert response.status_code == 401


async def test_unsupported_type_is_415(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client)
    exe = await upload_cv(
        client, headers, "MZ\x90\x00binary", "tool.exe", "application/x-msdownload"
    )
    fake_pdf = await upload_cv(client, headers, "just text", "cv.pdf", "application/pdf")
    assert exe.status_code == 415
    assert fake_pdf.status_code == 415
    assert "PDF" in fake_pdf.json()["detail"]


async def test_oversize_upload_is_413(client: httpx.AsyncClient, settings: object) -> None:
    _, headers = await user_with_token(client)
    too_big = "x" * (settings.MAX_UPLOAD_BYTES + 1)  # type: ignore[attr-defined]
    response = await upload_cv(client, headers, too_big)
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]
    assert (await client.get("/api/cv", headers=headers)).json() == []


async def test_path_in_filename_is_stripped(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client)
    response = await upload_cv(client, headers, filename="../../etc/cv.txt")
    cv = await client.get(response.headers["location"], headers=headers)
    assert cv.json()["filename"] == "cv.txt"


async def test_owner_deletes_cv(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client)
    location = (await upload_cv(client, headers)).headers["location"]
    assert (await client.delete(location, headers=headers)).status_code == 204
    assert (await client.get(location, headers=headers)).status_code == 404


async def test_a_text_field_instead_of_a_file_is_a_plain_422(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client)
    response = await client.post("/api/cv", data={"file": "not a file"}, headers=headers)
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["msg"] == "Expected a file: a multipart form field with a filename"
    assert "class" not in response.text


async def test_a_query_text_too_long_says_characters(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/jobs", params={"q": "x" * 201})
    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"] == "At most 200 characters"
