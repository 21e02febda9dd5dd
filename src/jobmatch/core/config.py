"""Settings, read once from the environment and `.env` (pydantic-settings)."""

from enum import StrEnum
from functools import cache
from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# Only for ENVIRONMENT=local/test: a fixed key, so that the api and worker processes agree.
LOCAL_SECRET_KEY = "local-development-key-not-for-production-use-0123456789"


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

    QUEUE_NAME: str = "jobmatch:queue"
    # Prefix of the Redis keys that cache poll versions, poll bodies and auth states.
    REDIS_KEY_PREFIX: str = "jobmatch"
    POLL_CACHE_SECONDS: int = Field(7 * 24 * 3600, ge=60)
    WORKER_MAX_JOBS: int = Field(10, ge=1)
    WORKER_POLL_DELAY: float = Field(0.05, gt=0)
    WORKER_JOB_TIMEOUT: int = Field(120, ge=1)
    WORKER_MAX_TRIES: int = Field(3, ge=1)
    MATCH_RESULTS_KEPT: int = Field(100, ge=1, le=1000)
    MATCH_CANDIDATE_JOBS: int = Field(2000, ge=10)
    POLL_RETRY_AFTER_SECONDS: int = Field(2, ge=1)

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

    @property
    def secret_key(self) -> str:
        assert self.SECRET_KEY is not None
        return self.SECRET_KEY.get_secret_value()


@cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
