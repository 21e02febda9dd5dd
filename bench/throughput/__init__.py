"""`make bench`: throughput and latency of the running api and workers (issue 4 targets)."""
