"""Pin a worker process, every thread of it, to the CPUs of WORKER_CPUS.

A worker's Python threads (the event loop and the ranking threads) take turns holding the
GIL. Left to the scheduler, a thread handed the GIL is often woken on the other core, which
goes on waiting behind whatever runs there while its own core idles: in `make bench` on two
cores with two workers, 0.12-0.16 cores sat idle all through a drain. With each worker
pinned to a core of its own none did, and the drain ran ~15% faster (one worker alone:
~10%, it no longer ping-pongs across cores).
"""

import logging
import os

logger = logging.getLogger(__name__)


def pin(cpus: frozenset[int]) -> None:
    """Restrict this process's threads, and the threads they start later, to `cpus` (none:
    leave them be). Refuses CPUs this process may not use."""
    if not cpus:
        return
    allowed = os.sched_getaffinity(0)
    if not cpus <= allowed:
        raise SystemExit(
            f"WORKER_CPUS {sorted(cpus)}: this process may only use CPUs {sorted(allowed)}"
        )
    for thread_id in os.listdir("/proc/self/task"):  # a thread inherits its creator's mask
        try:
            os.sched_setaffinity(int(thread_id), cpus)
        except ProcessLookupError:  # the thread ended meanwhile
            continue
    logger.info("worker pinned to CPUs %s", sorted(cpus), extra={"event": "cpus"})
