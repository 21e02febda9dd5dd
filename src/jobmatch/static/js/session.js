// The tokens of the signed-in user, kept in sessionStorage: one session per tab, gone when
// the tab closes, kept across a reload. Always read from storage, never cached in memory.
const KEY = "jobmatch.session";
const listeners = new Set();

export function getSession() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY));
  } catch {
    return null;
  }
}

// `reason` says why a session ended ("expired", "logout"); the app shows it in words.
export function setSession(session, reason = null) {
  if (session) {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  } else {
    sessionStorage.removeItem(KEY);
  }
  for (const listener of listeners) listener(session, reason);
}

export function onSessionChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// The login and refresh answers have the same shape.
export function sessionFrom(tokens) {
  return {
    access_token: tokens.access_token,
    refresh_token: tokens.refresh_token,
    user: tokens.user,
  };
}
