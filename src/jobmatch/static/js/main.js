// Boot: a hash router over the views, the account bar, and what happens when the session
// starts or ends.
import { api } from "./api.js";
import { fill, h } from "./dom.js";
import { SESSION_EXPIRED } from "./errors.js";
import { getSession, onSessionChange, setSession } from "./session.js";
import { loginView, registerView } from "./views/auth.js";
import { candidatesView } from "./views/candidates.js";
import { candidateView } from "./views/candidate.js";
import { recruiterView } from "./views/recruiter.js";

const RECRUITERS = ["recruiter", "admin"];
const ROUTES = [
  { pattern: /^#\/login$/, view: loginView, guest: true },
  { pattern: /^#\/register$/, view: registerView, guest: true },
  { pattern: /^#\/candidate$/, view: candidateView, roles: ["candidate"] },
  { pattern: /^#\/recruiter$/, view: recruiterView, roles: RECRUITERS },
  { pattern: /^#\/recruiter\/jobs\/([0-9a-f-]{36})$/, view: candidatesView, roles: RECRUITERS },
];

const main = document.getElementById("main");
const account = document.getElementById("account");
const notice = document.getElementById("notice");
let current = null;
let shownUserId = null;

function home(user) {
  if (!user) return "#/login";
  return user.role === "candidate" ? "#/candidate" : "#/recruiter";
}

function allowed(route, user) {
  if (!route) return false;
  return route.guest ? !user : Boolean(user) && route.roles.includes(user.role);
}

function say(text) {
  notice.textContent = text ?? "";
  notice.hidden = !text;
}

async function logOut() {
  const refreshToken = getSession()?.refresh_token;
  setSession(null, "logout");
  if (refreshToken) {
    // Ends this session on the server too; nothing to tell the person if it fails.
    await api("/api/auth/logout", { method: "POST", json: { refresh_token: refreshToken }, auth: false }).catch(
      () => {},
    );
  }
}

function renderAccount(user) {
  fill(
    account,
    user
      ? [
          h("span", { class: "who", text: `${user.full_name || user.email} (${user.role})` }),
          h("button", { type: "button", text: "Log out", onclick: logOut }),
        ]
      : null,
  );
}

function render() {
  const user = getSession()?.user ?? null;
  const route = ROUTES.find((r) => r.pattern.test(location.hash));
  if (!allowed(route, user)) {
    history.replaceState(null, "", home(user));
    if (!ROUTES.find((r) => r.pattern.test(location.hash))) return;
    render();
    return;
  }
  current?.dispose?.();
  shownUserId = user?.id ?? null;
  current = route.view({ user, params: location.hash.match(route.pattern).slice(1) });
  fill(main, current.el);
  renderAccount(user);
  (main.querySelector("h1") ?? main).focus();
}

onSessionChange((session, reason) => {
  // A silent refresh keeps the same user: the page stays as it is.
  if ((session?.user?.id ?? null) === shownUserId) return;
  if (!session) say(reason === "expired" ? SESSION_EXPIRED : "You are logged out.");
  else say(null);
  render();
});

window.addEventListener("hashchange", render);
render();
