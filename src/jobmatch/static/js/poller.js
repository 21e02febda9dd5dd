// The polling contract: send the last ETag in If-None-Match (a 304 costs the server almost
// nothing), wait Retry-After seconds while the server says work is pending, else check now
// and then for changes; pause while the tab is hidden.
import { api } from "./api.js";
import { IDLE_POLL_SECONDS } from "./config.js";
import { retryAfterSeconds } from "./errors.js";

// hooks: onData(body), onSame(), onError(error), afterCheck({wait, pending}).
export function startPolling(path, hooks, { idleSeconds = IDLE_POLL_SECONDS } = {}) {
  let etag = null;
  let timer = null;
  let checking = false;
  let stopped = false;

  async function check() {
    timer = null;
    if (stopped || checking) return;
    checking = true;
    let wait = idleSeconds;
    let pending = false;
    try {
      const response = await api(path, { etag });
      const retryAfter = retryAfterSeconds(response);
      pending = retryAfter !== null;
      if (pending) wait = retryAfter;
      if (response.status === 304) {
        hooks.onSame?.();
      } else {
        etag = response.headers.get("ETag");
        await hooks.onData(await response.json());
      }
    } catch (error) {
      if (error.expired) stopped = true;
      else hooks.onError?.(error);
      wait = error.retryAfter ?? Math.max(idleSeconds, 10);
    } finally {
      checking = false;
    }
    if (stopped) return;
    await hooks.afterCheck?.({ wait, pending });
    if (!stopped && !document.hidden) timer = setTimeout(check, wait * 1000);
  }

  function onVisibility() {
    if (!document.hidden && timer === null) check();
  }

  document.addEventListener("visibilitychange", onVisibility);
  check();
  return {
    // Check at once (after an upload, say) instead of at the next tick.
    now() {
      if (timer !== null) clearTimeout(timer);
      check();
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    },
  };
}
