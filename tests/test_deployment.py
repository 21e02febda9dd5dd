"""compose.yaml and the Dockerfile cannot be run here (no Docker engine); check their shape."""

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_compose_has_the_services_ops_need() -> None:
    compose: dict[str, Any] = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"postgres", "redis", "migrate", "api", "worker"}
    assert services["migrate"]["command"] == ["jobmatch", "migrate"]
    assert services["worker"]["command"] == ["jobmatch", "worker"]
    assert "ports" not in services["worker"]  # so that `--scale worker=4` works
    for name in ("api", "worker"):
        depends = services[name]["depends_on"]
        assert depends["migrate"]["condition"] == "service_completed_successfully"
        env = services[name]["environment"]
        assert env["ENVIRONMENT"] == "production"
        assert {"DATABASE_URL", "REDIS_URL", "SECRET_KEY"} <= env.keys()


def test_dockerfile_installs_from_the_lock_file() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "uv sync --frozen --no-dev" in dockerfile
    for path in ("alembic.ini", "migrations", "src", "worker"):
        assert f"COPY {path}" in dockerfile
