import pytest
from pydantic import ValidationError

from jobmatch.core.config import LOCAL_SECRET_KEY, Environment, Settings


def make(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u:p@db:5432/app", "postgresql+asyncpg://u:p@db:5432/app"),
        ("postgres://u@db/app", "postgresql+asyncpg://u@db/app"),
        ("postgresql+asyncpg://u@db/app", "postgresql+asyncpg://u@db/app"),
    ],
)
def test_database_url_schemes_are_accepted(given: str, expected: str) -> None:
    assert expected == make(DATABASE_URL=given).DATABASE_URL


def test_non_postgres_url_is_refused() -> None:
    with pytest.raises(ValidationError, match="not PostgreSQL"):
        make(DATABASE_URL="mysql://u@db/app")


def test_secret_key_is_required_in_production() -> None:
    with pytest.raises(ValidationError, match="SECRET_KEY must be set"):
        make(ENVIRONMENT=Environment.PRODUCTION)
    with pytest.raises(ValidationError, match="at least 32"):
        make(ENVIRONMENT=Environment.PRODUCTION, SECRET_KEY="short")
    strong = make(ENVIRONMENT=Environment.PRODUCTION, SECRET_KEY="x" * 48)
    assert strong.secret_key == "x" * 48


def test_local_mode_uses_one_fixed_key_for_every_process() -> None:
    assert make().secret_key == make().secret_key == LOCAL_SECRET_KEY


def test_cors_origins_accept_a_comma_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORS_ORIGINS", "https://a.example, https://b.example")
    assert make().CORS_ORIGINS == ["https://a.example", "https://b.example"]


@pytest.mark.parametrize(
    ("given", "expected"),
    [("", set()), ("1", {1}), ("0-2,5", {0, 1, 2, 5}), (" 3 , 1-1 ", {1, 3})],
)
def test_worker_cpus_take_a_cpu_list(
    monkeypatch: pytest.MonkeyPatch, given: str, expected: set[int]
) -> None:
    monkeypatch.setenv("WORKER_CPUS", given)
    assert expected == make().WORKER_CPUS


@pytest.mark.parametrize(
    "given", ["x", "2-1", "-1", "1-", "0;1", "0-9999999999", "8192", "\u00b2", "\u0661"]
)
def test_worker_cpus_refuse_what_is_not_a_cpu_list(
    monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    monkeypatch.setenv("WORKER_CPUS", given)
    with pytest.raises(ValidationError, match="WORKER_CPUS"):
        make()


def test_a_documents_reading_stops_within_half_the_task_timeout() -> None:
    assert make().parse_timeout == 20.0
    assert make(PARSE_TIMEOUT_SECONDS=5).parse_timeout == 5.0
    # A short task timeout: the reading must fail the CV before the task is cancelled.
    assert make(WORKER_JOB_TIMEOUT=10).parse_timeout == 5.0
