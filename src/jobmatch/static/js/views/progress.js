// Where a CV is on its way to ranked jobs: queued -> parsing -> matching -> done.
import { h } from "../dom.js";

const STEPS = [
  ["queued", "Queued", "Your CV is waiting for a worker."],
  ["parsing", "Parsing", "Reading your CV and finding your skills."],
  ["matching", "Matching", "Ranking the open jobs for you."],
  ["done", "Done", "Your ranked jobs are below."],
];

// cv: the latest GET /api/cv/{id} (or null); poll: the latest GET /api/match/jobs body.
export function stageOf(cv, poll) {
  // Until the poll knows of a just-uploaded CV, the CV's own status is the news.
  const current = !cv || (poll && poll.cv_id === cv.id);
  const cvStatus = cv?.status;
  if (cvStatus === "failed") return { stage: "failed", error: cv.error };
  if (current && poll?.status === "failed") return { stage: "failed", error: poll.error };
  if (current && poll?.status === "done") return { stage: "done" };
  if (cvStatus === "queued") return { stage: "queued" };
  if (cvStatus === "parsing") return { stage: "parsing" };
  if (poll?.status === "queued" || poll?.status === "running") {
    return { stage: cvStatus === "parsed" || poll.status === "running" ? "matching" : "queued" };
  }
  return { stage: null };
}

export function progressView({ stage, error }) {
  if (stage === null) return null;
  if (stage === "failed") {
    return h(
      "div",
      { class: "progress failed", role: "alert" },
      h("p", {}, h("strong", { text: "Your CV could not be processed. " }), error ?? ""),
    );
  }
  const current = STEPS.findIndex(([key]) => key === stage);
  const [, label, sentence] = STEPS[current];
  return h(
    "div",
    { class: "progress" },
    h("p", { class: "progress-now" }, h("strong", { text: `${label}: ` }), sentence),
    h(
      "ol",
      { class: "steps", "aria-label": "Progress" },
      STEPS.map(([key, text], i) =>
        h("li", {
          class: i < current ? "step past" : i === current ? "step current" : "step",
          "aria-current": i === current ? "step" : null,
          text,
        }),
      ),
    ),
  );
}
