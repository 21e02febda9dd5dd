// One ranked result (a job for a candidate, a candidate for a recruiter): score, matched and
// missing skills, reasons.
import { h } from "../dom.js";

function skillList(label, skills, kind) {
  return h(
    "div",
    { class: `skills ${kind}` },
    h("span", { class: "skills-label", text: `${label}:` }),
    skills.length
      ? h("ul", { class: "chips" }, skills.map((skill) => h("li", { text: skill })))
      : h("span", { class: "none", text: "none" }),
  );
}

export function rankedItem({ title, subtitle, score, matched, missing, reasons, extra = null }) {
  return h(
    "li",
    { class: "ranked-item" },
    h(
      "div",
      { class: "ranked-head" },
      h("h3", { text: title }),
      h(
        "p",
        { class: "score", title: "Match score, 0 to 100" },
        h("span", { class: "score-value", text: String(score) }),
        h("span", { class: "score-unit", text: " / 100" }),
      ),
    ),
    subtitle ? h("p", { class: "subtitle", text: subtitle }) : null,
    h("meter", { min: "0", max: "100", value: String(score), "aria-label": `Score ${score} of 100` }),
    skillList("Matched skills", matched, "matched"),
    skillList("Missing skills", missing, "missing"),
    reasons.length
      ? h(
          "details",
          { class: "reasons", open: true },
          h("summary", { text: "Why this score" }),
          h("ul", {}, reasons.map((reason) => h("li", { text: reason }))),
        )
      : null,
    extra,
  );
}

export function rankedList(label, items) {
  return h("ol", { class: "ranked", "aria-label": label }, items);
}

const REMOTE = { onsite: "on site", hybrid: "hybrid", remote: "remote" };

export function jobPlace(job) {
  return [job.company, job.location, REMOTE[job.remote] ?? job.remote].filter(Boolean).join(" · ");
}
