// One line that tells what the last check found and when the next one is.
import { h, timeOfDay } from "../dom.js";

export function pollStatus() {
  const el = h("p", { class: "poll-status", role: "status", "aria-live": "polite" });
  let found = "";
  return {
    el,
    changed() {
      found = `Updated at ${timeOfDay()}.`;
    },
    same() {
      found = `No changes at ${timeOfDay()}.`;
    },
    next({ wait, pending }) {
      const why = pending ? " (the server is still working)" : "";
      el.textContent = `${found} Next check in ${wait} s${why}.`.trim();
    },
  };
}
