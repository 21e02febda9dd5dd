"""Settings, read once from the environment and `.env` (pydantic-settings)."""

import re
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Literal, cast

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

if TYPE_CHECKING:
    from jobmatch.matching.scoring import ScoringWeights

# Only for ENVIRONMENT=local/test: a fixed key, so that the api and worker processes agree.
LOCAL_SECRET_KEY = "local-development-key-not-for-production-use-0123456789"


MAX_CPUS = 8192  # CPU numbers WORKER_CPUS takes (the kernel's largest NR_CPUS)


class Environment(StrEnum):
    LOCAL = "local"
    TEST = "test"
    PRODUCTION = "production"


def to_asyncpg_url(url: str) -> str:
    """Accept postgresql://, postgres:// and postgresql+asyncpg:// and return the asyncpg form."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ValueError("DATABASE_URL must look like postgresql://user:password@host:port/db")
    if scheme in {"postgresql", "postgres", "postgresql+asyncpg", "postgresql+psycopg"}:
        return f"postgresql+asyncpg://{rest}"
    raise ValueError(f"DATABASE_URL scheme '{scheme}' is not PostgreSQL")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=True)

    ENVIRONMENT: Environment = Environment.LOCAL
    # Unset URLs mean "start embedded servers" for `jobmatch run` and the tests.
    DATABASE_URL: str | None = None
    REDIS_URL: str | None = None
    DATA_DIR: str = ".data"

    SECRET_KEY: SecretStr | None = None
    ACCESS_TOKEN_EXPIRE_MINUTES: int = Field(30, ge=1, le=24 * 60)
    JWT_ISSUER: str = "jobmatch"
    REFRESH_TOKEN_EXPIRE_DAYS: int = Field(14, ge=1, le=365)

    # Rate limits ("N/second|minute|hour"), counted in Redis and shared by every api process.
    RATE_LIMIT_ENABLED: bool = True
    RATE_LIMIT_LOGIN_PER_IP: str = "30/minute"
    RATE_LIMIT_LOGIN_PER_ACCOUNT: str = "10/minute"
    RATE_LIMIT_REGISTER_PER_IP: str = "20/hour"
    RATE_LIMIT_UPLOAD_PER_USER: str = "20/hour"
    RATE_LIMIT_MATCH_PER_USER: str = "60/hour"
    RATE_LIMIT_PASSWORD_PER_USER: str = "10/hour"
    RATE_LIMIT_REFRESH_PER_IP: str = "120/minute"

    HOST: str = "127.0.0.1"
    PORT: int = Field(8000, ge=1, le=65535)
    CORS_ORIGINS: Annotated[list[str], NoDecode] = [
        "http://localhost:5173",
        "http://127.0.0.1:5173",
        "http://localhost:3000",
    ]
    MAX_UPLOAD_BYTES: int = Field(5 * 1024 * 1024, ge=1024)

    # argon2id, OWASP minimum: m=19 MiB, t=2, p=1.
    ARGON2_TIME_COST: int = Field(2, ge=1)
    ARGON2_MEMORY_COST_KIB: int = Field(19 * 1024, ge=8)
    ARGON2_PARALLELISM: int = Field(1, ge=1)
    ARGON2_THREADS: int = Field(1, ge=1)
    # Scheduling niceness of the argon2 threads (0 = same as the event loop, 19 = lowest).
    ARGON2_NICENESS: int = Field(10, ge=0, le=19)

    DB_POOL_SIZE: int = Field(10, ge=1)
    DB_MAX_OVERFLOW: int = Field(10, ge=0)
    # 0 disables asyncpg's prepared-statement cache: needed behind PgBouncer (transaction mode).
    DB_STATEMENT_CACHE_SIZE: int = Field(100, ge=0)
    # A pooled connection idle this long is pinged before use (0: before every use).
    DB_PING_AFTER_IDLE_SECONDS: float = Field(10, ge=0)

    QUEUE_NAME: str = "jobmatch:queue"
    # Prefix of the Redis keys that cache poll versions, poll bodies and auth states.
    REDIS_KEY_PREFIX: str = "jobmatch"
    POLL_CACHE_SECONDS: int = Field(3600, ge=60)
    AUTH_CACHE_SECONDS: int = Field(300, ge=10)
    # Socket timeout of the api's Redis connections: a hung Redis costs seconds, not hours.
    REDIS_TIMEOUT_SECONDS: float = Field(2.0, gt=0)
    # Proxies whose X-Forwarded-For uvicorn believes (comma list, "*" for any): per-IP rate
    # limits see the real client only behind these.
    FORWARDED_ALLOW_IPS: str = "127.0.0.1"
    # Tasks one worker process runs at once. Its CPU work (scoring) holds the GIL, so more
    # slots only overlap database waits; past ~4 they fight over the GIL and each other's
    # tail (make bench, one machine: 2 workers drained 1.75x one at 4, 1.45x at 10). Scale
    # with processes.
    WORKER_MAX_JOBS: int = Field(4, ge=1)
    WORKER_POLL_DELAY: float = Field(0.05, gt=0)
    # CPUs a worker process (every thread of it) runs on, e.g. "1" or "0-3,6" (numbers below
    # MAX_CPUS); empty: any.
    # One worker per core, each pinned, keeps a worker's threads (event loop, ranking) on one
    # core, where handing the GIL between them wakes no other core (worker.cpu_affinity).
    WORKER_CPUS: Annotated[frozenset[int], NoDecode] = frozenset()
    WORKER_JOB_TIMEOUT: int = Field(120, ge=1)
    # Reading one uploaded document (PDF, DOCX, text) in a child process of the worker: past
    # this many seconds (at most half of WORKER_JOB_TIMEOUT: see parse_timeout) it is stopped
    # and the CV fails with a readable reason (jobmatch.parsing.isolated). PARSE_PROCESSES
    # children per worker read at once.
    PARSE_TIMEOUT_SECONDS: float = Field(20.0, gt=0)
    PARSE_PROCESSES: int = Field(2, ge=1, le=32)
    WORKER_MAX_TRIES: int = Field(3, ge=1)
    MATCH_RESULTS_KEPT: int = Field(100, ge=1, le=1000)
    # Candidates-for-job lists: rows kept per job, CVs read by the pre-filter.
    MATCH_CANDIDATES_KEPT: int = Field(100, ge=1, le=1000)
    MATCH_CANDIDATE_CVS: int = Field(20000, ge=10)
    # Scoring weights, as JSON ({"title": 0.6, "skills": 0.15, ...}); unset ones keep the
    # defaults of jobmatch.matching.ScoringWeights. The same weights score both directions.
    MATCH_WEIGHTS: dict[str, float] = Field(default_factory=dict)
    # Prepared jobs and CVs kept per worker process; how stale its corpus statistics may be.
    MATCH_CACHE_SIZE: int = Field(50000, ge=100)
    CORPUS_REFRESH_SECONDS: float = Field(5.0, ge=0)
    POLL_RETRY_AFTER_SECONDS: int = Field(2, ge=1)
    # Arq health-check key refresh (`jobmatch worker --check`, /readyz) and SIGTERM grace.
    WORKER_HEALTH_CHECK_SECONDS: int = Field(10, ge=1, le=30)
    WORKER_SHUTDOWN_GRACE_SECONDS: int = Field(25, ge=0)
    # Port of the worker's own Prometheus endpoint; 0 = none.
    WORKER_METRICS_PORT: int = Field(0, ge=0, le=65535)
    # Sweeper (an arq cron in every worker; one sweep per tick fleet-wide): re-sends tasks of
    # CVs/runs `queued` longer than SWEEP_QUEUED_AFTER_SECONDS, and of those `parsing`/`running`
    # longer than SWEEP_STALE_AFTER_SECONDS (unset: WORKER_JOB_TIMEOUT + 30), which fail once
    # WORKER_MAX_TRIES attempts were made.
    SWEEP_INTERVAL_SECONDS: int = Field(30, ge=1, le=60)
    SWEEP_QUEUED_AFTER_SECONDS: int = Field(60, ge=1)
    SWEEP_STALE_AFTER_SECONDS: int | None = Field(None, ge=1)
    SWEEP_BATCH_SIZE: int = Field(500, ge=1)
    # Logs: one JSON object per line ("json") or text for people ("text").
    LOG_FORMAT: Literal["json", "text"] = "json"
    LOG_LEVEL: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    ACCESS_LOG: bool = True

    @field_validator("CORS_ORIGINS", mode="before")
    @classmethod
    def _split_origins(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()
            if value.startswith("["):
                import json

                return json.loads(value)
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("WORKER_CPUS", mode="before")
    @classmethod
    def _cpu_list(cls, value: Any) -> Any:
        """A CPU list as taskset and cpuset take it: "0", "0,2", "1-3,6" (CPUs < 8192)."""
        if not isinstance(value, str):
            return value
        cpus: set[int] = set()
        for part in filter(None, (piece.strip() for piece in value.split(","))):
            found = re.fullmatch(r"(\d{1,4})(?:-(\d{1,4}))?", part, re.ASCII)
            low, high = (int(found[1]), int(found[2] or found[1])) if found else (0, -1)
            if not low <= high < MAX_CPUS:
                raise ValueError(f"WORKER_CPUS: {part!r} is not a CPU number or range (a-b)")
            cpus.update(range(low, high + 1))
        return frozenset(cpus)

    @field_validator("DATABASE_URL")
    @classmethod
    def _asyncpg_url(cls, value: str | None) -> str | None:
        return to_asyncpg_url(value) if value else None

    @model_validator(mode="after")
    def _secret_key_outside_local(self) -> "Settings":
        if self.SECRET_KEY is None:
            if self.ENVIRONMENT == Environment.PRODUCTION:
                raise ValueError("SECRET_KEY must be set when ENVIRONMENT=production")
            self.SECRET_KEY = SecretStr(LOCAL_SECRET_KEY)
        elif self.ENVIRONMENT == Environment.PRODUCTION and (
            len(self.SECRET_KEY.get_secret_value()) < 32
            or self.SECRET_KEY.get_secret_value() == LOCAL_SECRET_KEY
        ):
            raise ValueError("SECRET_KEY must be at least 32 random characters in production")
        return self

    @model_validator(mode="after")
    def _stale_after_job_timeout(self) -> "Settings":
        # Sooner, the sweeper would re-send tasks that arq is still running.
        if self.SWEEP_STALE_AFTER_SECONDS is not None and (
            self.SWEEP_STALE_AFTER_SECONDS <= self.WORKER_JOB_TIMEOUT
        ):
            raise ValueError("SWEEP_STALE_AFTER_SECONDS must exceed WORKER_JOB_TIMEOUT")
        return self

    @field_validator("MATCH_WEIGHTS")
    @classmethod
    def _known_weights(cls, value: dict[str, float]) -> dict[str, float]:
        from jobmatch.matching.scoring import ScoringWeights  # the engine is heavy to import

        try:
            ScoringWeights(**cast(dict[str, Any], value))
        except TypeError as exc:
            raise ValueError(f"unknown scoring weight: {exc}") from None
        return value

    @property
    def scoring_weights(self) -> "ScoringWeights":
        from jobmatch.matching.scoring import ScoringWeights

        return ScoringWeights(**cast(dict[str, Any], self.MATCH_WEIGHTS))

    @property
    def sweep_stale_after(self) -> int:
        """Seconds after which a `parsing` CV or `running` run is presumed dead."""
        return self.SWEEP_STALE_AFTER_SECONDS or self.WORKER_JOB_TIMEOUT + 30

    @property
    def parse_timeout(self) -> float:
        """How long one document may take to read: PARSE_TIMEOUT_SECONDS, but within half the
        task timeout, so that a slow reading fails the CV with its reason instead of the task
        timeout cancelling it (and the task being retried, to be cancelled again)."""
        return min(self.PARSE_TIMEOUT_SECONDS, self.WORKER_JOB_TIMEOUT / 2)

    @property
    def uses_local_key(self) -> bool:
        return self.secret_key == LOCAL_SECRET_KEY

    @property
    def secret_key(self) -> str:
        assert self.SECRET_KEY is not None
        return self.SECRET_KEY.get_secret_value()


@cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
