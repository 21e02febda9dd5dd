// A candidate's page: upload a CV, follow its progress, read the ranked jobs and the skill
// gap; the list keeps itself up to date by polling GET /api/match/jobs.
import { apiJson } from "../api.js";
import { fill, h, messageArea } from "../dom.js";
import { startPolling } from "../poller.js";
import { pollStatus } from "./poll-status.js";
import { progressView, stageOf } from "./progress.js";
import { jobPlace, rankedItem, rankedList } from "./ranked.js";
import { uploadZone } from "./upload.js";

const PENDING = new Set(["queued", "running"]);

function resultItem(result) {
  return rankedItem({
    title: result.job.title,
    subtitle: jobPlace(result.job),
    score: result.score,
    matched: result.matched_skills,
    missing: result.missing_skills,
    reasons: result.reasons,
  });
}

function skillGap(gap) {
  if (!gap?.length) return null;
  return h(
    "section",
    { class: "card skill-gap", "aria-labelledby": "gap-title" },
    h("h2", { id: "gap-title", text: "Skills that would lift your matches" }),
    h("ul", {}, gap.map((item) => h("li", { text: item.advice }))),
  );
}

function resultsSection(poll) {
  if (poll === undefined) return null; // before the first answer
  if (poll.status === "none") {
    return h("p", { class: "empty", text: "Upload your CV to see open jobs ranked for you." });
  }
  if (!poll.results.length) {
    if (PENDING.has(poll.status) || poll.status === "failed") return null;
    return h("p", {
      class: "empty",
      text: "No open job matches your CV yet. New jobs are checked automatically.",
    });
  }
  const when = poll.computed_at ? new Date(poll.computed_at).toLocaleString() : null;
  return h(
    "section",
    { "aria-labelledby": "results-title" },
    h("h2", { id: "results-title", text: "Your ranked jobs" }),
    when ? h("p", { class: "hint", text: `Ranked at ${when}.` }) : null,
    rankedList("Ranked jobs", poll.results.map(resultItem)),
  );
}

export function candidateView({ user }) {
  const message = messageArea();
  const status = pollStatus();
  const progressEl = h("div");
  const resultsEl = h("div");
  const gapEl = h("div");
  let cv = null;
  let poll;

  function render() {
    const stage = stageOf(cv, poll);
    fill(progressEl, stage.stage === "done" ? null : progressView(stage));
    fill(resultsEl, resultsSection(poll));
    fill(gapEl, skillGap(poll?.skill_gap));
  }

  async function followCv() {
    // While a run waits on a CV that is not read yet, show how far the reading is: the one
    // just uploaded first, else the one the pending run is for.
    const reading = (c) => Boolean(c) && ["queued", "parsing"].includes(c.status);
    const cvId = reading(cv) ? cv.id : poll?.cv_id;
    if (!cvId || (cv?.id === cvId && !reading(cv))) return;
    // Not message.attempt: "uploaded" and other news stay on screen.
    cv = (await apiJson(`/api/cv/${cvId}`).catch(message.report)) ?? cv;
  }

  const poller = startPolling("/api/match/jobs?limit=20", {
    onData(body) {
      poll = body;
      status.changed();
    },
    onSame() {
      status.same();
    },
    onError: message.report,
    async afterCheck(next) {
      if (next.pending) await followCv();
      render();
      status.next(next);
    },
  });

  async function upload(file) {
    const body = new FormData();
    body.append("file", file, file.name);
    const accepted = await message.attempt(() => {
      message.ok(`Uploading ${file.name}…`);
      return apiJson("/api/cv", { method: "POST", body });
    });
    if (!accepted) return;
    cv = { id: accepted.id, status: accepted.status };
    message.ok(`${file.name} uploaded.`);
    render();
    poller.now();
  }

  const el = h(
    "div",
    { class: "page" },
    h("h1", { tabindex: "-1", text: `Jobs for ${user.full_name || user.email}` }),
    h(
      "section",
      { class: "card", "aria-labelledby": "upload-title" },
      h("h2", { id: "upload-title", text: "Your CV" }),
      uploadZone(upload),
      message.el,
      progressEl,
    ),
    status.el,
    gapEl,
    resultsEl,
  );
  render();
  return { el, dispose: () => poller.stop() };
}
