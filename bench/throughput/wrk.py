"""Run wrk (Debian's package) against the api and read its numbers."""

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

# One request per call, rotating over the users in TOKENS (one "token[ etag]" a line).
_SCRIPT = """
local lines = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do lines[#lines + 1] = line end
local path = os.getenv("BENCH_PATH")
local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
local i = 0
request = function()
  i = i + 1
  local token, etag = lines[(i % #lines) + 1]:match("([^ ]+) ?(.*)")
  local headers = {}
  if method == "POST" then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", path, headers, body:gsub("EMAIL", token))
  end
  headers["Authorization"] = "Bearer " .. token
  if etag ~= "" then headers["If-None-Match"] = etag end
  return wrk.format(method, path, headers)
end
"""

_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


@dataclass(frozen=True, slots=True)
class WrkResult:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int  # socket errors + non-2xx/3xx


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    return shutil.which("wrk") or "wrk"


def _ms(text: str) -> float:
    number, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS[unit]


def run(
    base_url: str,
    path: str,
    lines: list[str],
    *,
    connections: int = 32,
    seconds: int = 10,
    method: str = "GET",
    body: str = "",
) -> WrkResult:
    """wrk with one thread (the other core serves), `connections` keep-alive connections."""
    with tempfile.TemporaryDirectory() as tmp:
        script, tokens = Path(tmp) / "bench.lua", Path(tmp) / "tokens.txt"
        script.write_text(_SCRIPT)
        tokens.write_text("\n".join(lines) + "\n")
        env = {"BENCH_TOKENS": str(tokens), "BENCH_PATH": path, "BENCH_METHOD": method}
        env["BENCH_BODY"] = body
        out = subprocess.run(
            [
                ensure_wrk(),
                "-t1",
                f"-c{connections}",
                f"-d{seconds}s",
                "--latency",
                "-s",
                str(script),
                base_url,
            ],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    return WrkResult(rps, p50, p99, total, errors)
