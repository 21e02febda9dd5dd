"""Cross-cutting infrastructure: settings, database, security, task queue, errors, logging."""
