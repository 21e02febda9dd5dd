"""Load test through the public API, as SPAs would drive it.

    make loadtest HOST=http://127.0.0.1:8000      # web UI on http://127.0.0.1:8089
    uv run --group load locust -f bench/locustfile.py --host https://staging.example \\
        --headless -u 200 -r 20 -t 5m

Candidates register, log in, upload a CV, then poll GET /api/match/jobs with If-None-Match,
waiting Retry-After seconds while a run is pending (as the contract asks). Recruiters post,
edit and close jobs. Every user registers its own random account: point it at a test
deployment, not at production.
"""

import random
import uuid
from typing import Any

from locust import HttpUser, between, task

PASSWORD = "load test password 1"
SKILLS = ["python", "sql", "excel", "nursing", "accounting", "sales", "react", "welding"]
CV = (
    "Experienced professional. Skills: {skills}. 6 years of experience in {field}, "
    "worked with teams across the organisation, reporting and customer service."
)


class Candidate(HttpUser):
    """Upload once, then poll like the SPA: conditional GETs, honouring Retry-After."""

    weight = 9
    wait_time = between(1, 2)

    def on_start(self) -> None:
        self.headers = _account(self, "candidate")
        self.etag: str | None = None
        skills = ", ".join(random.sample(SKILLS, 4))
        text = CV.format(skills=skills, field=random.choice(SKILLS))
        self.client.post(
            "/api/cv",
            headers=self.headers,
            files={"file": ("cv.txt", text.encode(), "text/plain")},
            name="/api/cv",
        )

    @task
    def poll(self) -> None:
        headers = dict(self.headers)
        if self.etag:
            headers["If-None-Match"] = self.etag
        with self.client.get(
            "/api/match/jobs", headers=headers, name="/api/match/jobs", catch_response=True
        ) as response:
            if response.status_code in (200, 304):
                self.etag = response.headers.get("ETag", self.etag)
                response.success()
            retry_after = response.headers.get("Retry-After")
            if retry_after:
                self._sleep(float(retry_after))

    def _sleep(self, seconds: float) -> None:
        import gevent

        gevent.sleep(seconds)


class Recruiter(HttpUser):
    """Post jobs, edit them, close some."""

    weight = 1
    wait_time = between(2, 5)

    def on_start(self) -> None:
        self.headers = _account(self, "recruiter")
        self.jobs: list[str] = []

    @task(3)
    def post_job(self) -> None:
        skills = random.sample(SKILLS, 3)
        response = self.client.post(
            "/api/jobs",
            headers=self.headers,
            json={
                "title": f"{random.choice(SKILLS).title()} specialist",
                "company": "Load Test Ltd",
                "description": f"We need {', '.join(skills)} and good communication.",
                "remote": random.choice(["onsite", "hybrid", "remote"]),
                "skills": skills,
            },
            name="/api/jobs",
        )
        if response.status_code == 201:
            self.jobs.append(response.json()["id"])

    @task(2)
    def edit_job(self) -> None:
        if self.jobs:
            job_id = random.choice(self.jobs)
            self.client.patch(
                f"/api/jobs/{job_id}",
                headers=self.headers,
                json={"min_years": random.randint(0, 8)},
                name="/api/jobs/{id}",
            )

    @task(1)
    def close_job(self) -> None:
        if len(self.jobs) > 5:
            job_id = self.jobs.pop(0)
            self.client.patch(
                f"/api/jobs/{job_id}",
                headers=self.headers,
                json={"status": "closed"},
                name="/api/jobs/{id}",
            )


def _account(user: HttpUser, role: str) -> dict[str, Any]:
    email = f"load-{role}-{uuid.uuid4().hex[:12]}@example.com"
    user.client.post(
        "/api/auth/register",
        json={"email": email, "password": PASSWORD, "role": role},
        name="/api/auth/register",
    )
    response = user.client.post(
        "/api/auth/login", json={"email": email, "password": PASSWORD}, name="/api/auth/login"
    )
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
