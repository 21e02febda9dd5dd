// A tiny element builder: text always goes in as text (never as HTML).

export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === "class") {
      el.className = value;
    } else if (key === "text") {
      el.textContent = value;
    } else if (key === "value" || key === "checked") {
      el[key] = value;
    } else if (key in el && typeof value !== "string") {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? "" : value);
    }
  }
  el.append(...flatten(children));
  return el;
}

function flatten(children) {
  return children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false);
}

export function fill(el, ...children) {
  el.replaceChildren(...flatten(children));
  return el;
}

// A labelled input: the label is tied to the control, hints are announced with it.
export function field(label, input, hint = null) {
  const id = input.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  input.id = id;
  const hintEl = hint ? h("small", { id: `${id}-hint`, class: "hint", text: hint }) : null;
  if (hintEl) input.setAttribute("aria-describedby", hintEl.id);
  return h("div", { class: "field" }, h("label", { for: id, text: label }), input, hintEl);
}

// An area that reads out errors and successes (role="alert" for errors).
export function messageArea() {
  const el = h("p", { class: "message", hidden: true });
  const show = (kind, role, text) => {
    el.className = `message ${kind}`;
    el.setAttribute("role", role);
    el.textContent = text;
    el.hidden = false;
  };
  const area = {
    el,
    error: (text) => show("error", "alert", text),
    ok: (text) => show("ok", "status", text),
    clear() {
      el.hidden = true;
      el.textContent = "";
    },
    // A failure in words; an ended session is told on the login page instead.
    report(error) {
      if (!error.expired) area.error(error.message);
    },
    // Clear, run `work`, report its failure (then the result is undefined).
    async attempt(work) {
      area.clear();
      try {
        return await work();
      } catch (error) {
        area.report(error);
        return undefined;
      }
    },
  };
  return area;
}

export function timeOfDay(date = new Date()) {
  return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

// Disable a form's controls while its request runs.
export async function busy(form, work) {
  const controls = [...form.querySelectorAll("button, input, select, textarea")];
  const before = controls.map((control) => control.disabled);
  controls.forEach((control) => {
    control.disabled = true;
  });
  try {
    return await work();
  } finally {
    controls.forEach((control, i) => {
      control.disabled = before[i];
    });
  }
}
