// Where the API lives: the page's <meta name="jobmatch-api"> (empty: this origin).
const meta = document.querySelector('meta[name="jobmatch-api"]');

export const API_BASE = (meta?.content ?? "").replace(/\/+$/, "");

// How often a finished list is checked again when the server gives no Retry-After.
export const IDLE_POLL_SECONDS = 5;
