"""Business rules, shared by the api, the worker and the CLI. Services flush, never commit."""
