// Log in and register.
import { apiJson } from "../api.js";
import { busy, field, h, messageArea } from "../dom.js";
import { sessionFrom, setSession } from "../session.js";

async function logIn(email, password) {
  const tokens = await apiJson("/api/auth/login", {
    method: "POST",
    json: { email, password },
    auth: false,
  });
  setSession(sessionFrom(tokens));
}

function emailInput() {
  return h("input", { type: "email", name: "email", autocomplete: "username", required: true });
}

export function loginView() {
  const message = messageArea();
  const email = emailInput();
  const password = h("input", {
    type: "password",
    name: "password",
    autocomplete: "current-password",
    required: true,
  });
  const form = h(
    "form",
    { class: "card narrow", "aria-labelledby": "login-title" },
    h("h1", { id: "login-title", tabindex: "-1", text: "Log in" }),
    field("Email", email),
    field("Password", password),
    message.el,
    h("button", { type: "submit", class: "primary", text: "Log in" }),
    h("p", {}, "New here? ", h("a", { href: "#/register", text: "Create an account" })),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    message.clear();
    try {
      await busy(form, () => logIn(email.value, password.value));
    } catch (error) {
      message.error(error.message);
      password.select();
    }
  });
  return { el: form };
}

export function registerView() {
  const message = messageArea();
  const email = emailInput();
  const password = h("input", {
    type: "password",
    name: "password",
    autocomplete: "new-password",
    minlength: "8",
    required: true,
  });
  const fullName = h("input", { type: "text", name: "full_name", autocomplete: "name" });
  const role = (value, label, checked) =>
    h("label", { class: "choice" }, h("input", { type: "radio", name: "role", value, checked }), label);
  const form = h(
    "form",
    { class: "card narrow", "aria-labelledby": "register-title" },
    h("h1", { id: "register-title", tabindex: "-1", text: "Create an account" }),
    field("Name", fullName),
    field("Email", email),
    field("Password", password, "At least 8 characters."),
    h(
      "fieldset",
      {},
      h("legend", { text: "I am" }),
      role("candidate", "looking for a job", true),
      role("recruiter", "hiring (a recruiter)", false),
    ),
    message.el,
    h("button", { type: "submit", class: "primary", text: "Create account" }),
    h("p", {}, "Already registered? ", h("a", { href: "#/login", text: "Log in" })),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    message.clear();
    const data = new FormData(form);
    try {
      await busy(form, async () => {
        await apiJson("/api/auth/register", {
          method: "POST",
          auth: false,
          json: {
            email: email.value,
            password: password.value,
            full_name: fullName.value.trim() || null,
            role: data.get("role"),
          },
        });
        await logIn(email.value, password.value);
      });
    } catch (error) {
      message.error(error.message);
    }
  });
  return { el: form };
}
