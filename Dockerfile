# One image for api, worker and migrate; the command picks the role.
FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy
RUN pip install --no-cache-dir "uv>=0.5"
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY alembic.ini ./
COPY migrations ./migrations
COPY src ./src
COPY worker ./worker
RUN uv sync --frozen --no-dev
ENV PATH="/app/.venv/bin:$PATH" ENVIRONMENT=production
RUN useradd --create-home --uid 10001 jobmatch
USER jobmatch
EXPOSE 8000
CMD ["jobmatch", "api", "--host", "0.0.0.0", "--port", "8000"]
