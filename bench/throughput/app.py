"""The real app plus a bare authenticated echo endpoint, the yardstick for polls."""

from fastapi import FastAPI

from jobmatch.api.deps import Principal
from jobmatch.main import create_app as create_jobmatch_app


def create_app() -> FastAPI:
    app = create_jobmatch_app()

    @app.get("/bench/echo")
    async def echo(principal: Principal) -> dict[str, str]:
        """Same JWT dependency as the poll, no work behind it."""
        return {"user_id": str(principal.user_id)}

    return app
