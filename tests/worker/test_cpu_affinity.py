"""worker.cpu_affinity, in a process of its own (pinning the test process would stick)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = """
import json, os, sys, threading
from worker.cpu_affinity import pin

gate = threading.Event()
before = threading.Thread(target=gate.wait, daemon=True)
before.start()
pin(frozenset(json.loads(sys.argv[1])))
after = threading.Thread(target=gate.wait, daemon=True)
after.start()
masks = {str(tid): sorted(os.sched_getaffinity(int(tid))) for tid in os.listdir("/proc/self/task")}
gate.set()
print(json.dumps({"threads": len(masks), "masks": sorted(map(tuple, masks.values()))}))
"""


def _run(cpus: list[int]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", PROGRAM, json.dumps(cpus)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
    )  # fmt: skip


def test_every_thread_runs_on_the_cpus_given_those_started_before_and_after() -> None:
    cpu = max(os.sched_getaffinity(0))
    done = _run([cpu])
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["threads"] >= 3  # main, one started before pinning, one after
    assert out["masks"] == [[cpu]] * out["threads"]


def test_cpus_the_process_may_not_use_are_refused() -> None:
    done = _run([max(os.sched_getaffinity(0)) + 1024])
    assert done.returncode != 0
    assert "may only use CPUs" in done.stderr
