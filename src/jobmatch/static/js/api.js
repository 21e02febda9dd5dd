// fetch() for the public API: bearer token, silent refresh on 401, errors in words.
import { API_BASE } from "./config.js";
import { ApiError, SESSION_EXPIRED, errorFrom, networkError } from "./errors.js";
import { getSession, sessionFrom, setSession } from "./session.js";

let refreshing = null;

async function send(path, { method = "GET", json, body, etag, auth = true }) {
  const headers = new Headers();
  if (json !== undefined) headers.set("Content-Type", "application/json");
  if (etag) headers.set("If-None-Match", etag);
  const token = auth ? getSession()?.access_token : null;
  if (token) headers.set("Authorization", `Bearer ${token}`);
  const init = {
    method,
    headers,
    body: json !== undefined ? JSON.stringify(json) : body,
    // Our own If-None-Match decides; the browser's cache must not answer for the server.
    cache: "no-store",
  };
  try {
    return { response: await fetch(API_BASE + path, init), token };
  } catch {
    throw networkError();
  }
}

// One refresh at a time: refresh tokens work once, and a second use would end the session.
export function refreshSession() {
  refreshing ??= (async () => {
    const refreshToken = getSession()?.refresh_token;
    if (!refreshToken) return false;
    try {
      const response = await fetch(`${API_BASE}/api/auth/refresh`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ refresh_token: refreshToken }),
        cache: "no-store",
      });
      if (!response.ok) return false;
      setSession(sessionFrom(await response.json()));
      return true;
    } catch {
      return false;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

// Returns the Response of a 2xx or a 304; throws an ApiError otherwise. A 401 on an
// authenticated call refreshes the session once, silently, and sends the call again; if
// that fails the session ends ("expired") and the app goes back to the login page.
export async function api(path, options = {}) {
  let { response, token } = await send(path, options);
  if (response.status === 401 && options.auth !== false && token) {
    // Another call may have refreshed meanwhile: then just send again with the new token.
    const fresh = getSession()?.access_token !== token || (await refreshSession());
    if (!fresh) {
      setSession(null, "expired");
      throw new ApiError(401, SESSION_EXPIRED, { expired: true });
    }
    ({ response } = await send(path, options));
  }
  if (response.ok || response.status === 304) return response;
  throw await errorFrom(response);
}

export async function apiJson(path, options = {}) {
  const response = await api(path, options);
  return response.status === 204 ? null : response.json();
}
