// Ranked candidates for one of my jobs: polls GET /api/jobs/{id}/candidates with the same
// ETag / Retry-After contract as a candidate's list.
import { apiJson } from "../api.js";
import { fill, h, messageArea } from "../dom.js";
import { startPolling } from "../poller.js";
import { pollStatus } from "./poll-status.js";
import { jobPlace, rankedItem, rankedList } from "./ranked.js";

const WORKING = {
  queued: "Matching is queued: waiting for a worker.",
  running: "Ranking the candidates…",
};

function candidateItem(result) {
  const who = result.candidate;
  return rankedItem({
    title: who.full_name || who.email,
    subtitle: who.full_name ? who.email : null,
    score: result.score,
    matched: result.matched_skills,
    missing: result.missing_skills,
    reasons: result.reasons,
  });
}

function body(answer) {
  if (answer === undefined) return null;
  const parts = [];
  if (WORKING[answer.status]) parts.push(h("p", { class: "progress-now", text: WORKING[answer.status] }));
  if (answer.status === "failed") {
    parts.push(h("p", { class: "message error", role: "alert", text: `Matching failed. ${answer.error ?? ""}` }));
  }
  if (answer.status === "none") {
    parts.push(h("p", { class: "empty", text: "No ranking yet. Use “Match again” to rank the candidates." }));
  } else if (!answer.results.length && answer.status === "done") {
    parts.push(h("p", { class: "empty", text: "No candidate matches this job yet." }));
  }
  if (answer.results.length) parts.push(rankedList("Ranked candidates", answer.results.map(candidateItem)));
  return parts;
}

export function candidatesView({ params }) {
  const jobId = params[0];
  const message = messageArea();
  const status = pollStatus();
  const heading = h("h1", { tabindex: "-1", text: "Candidates" });
  const subtitle = h("p", { class: "subtitle" });
  const listEl = h("div");
  let answer;

  message.attempt(() => apiJson(`/api/jobs/${jobId}`)).then((job) => {
    if (!job) return;
    heading.textContent = `Candidates for ${job.title}`;
    subtitle.textContent = `${jobPlace(job)}${job.status === "closed" ? " · closed" : ""}`;
  });

  const poller = startPolling(`/api/jobs/${jobId}/candidates?limit=20`, {
    onData(data) {
      answer = data;
      message.clear();
      status.changed();
    },
    onSame() {
      status.same();
    },
    onError: message.report,
    afterCheck(next) {
      fill(listEl, body(answer));
      status.next(next);
    },
  });

  const rerun = h("button", { type: "button", text: "Match again" });
  rerun.addEventListener("click", async () => {
    const accepted = await message.attempt(() => apiJson(`/api/jobs/${jobId}/match`, { method: "POST" }));
    if (accepted) poller.now();
  });

  const el = h(
    "div",
    { class: "page" },
    h("p", {}, h("a", { href: "#/recruiter", text: "← Back to your jobs" })),
    heading,
    subtitle,
    h("div", { class: "toolbar" }, rerun),
    message.el,
    status.el,
    listEl,
  );
  return { el, dispose: () => poller.stop() };
}
