// A recruiter's page: their jobs (open and closed), post, edit, close or reopen one, and a
// way to each job's ranked candidates.
import { apiJson } from "../api.js";
import { fill, h, messageArea } from "../dom.js";
import { jobForm } from "./job-form.js";
import { jobPlace } from "./ranked.js";

async function allMyJobs() {
  const jobs = [];
  let cursor = null;
  do {
    const query = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const page = await apiJson(`/api/users/me/jobs?limit=100${query}`);
    jobs.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return jobs;
}

export function recruiterView({ user }) {
  const message = messageArea();
  const formEl = h("div");
  const listEl = h("div", { "aria-live": "polite" });
  const postButton = h("button", { type: "button", class: "primary", text: "Post a job" });

  function closeForm(focus = postButton) {
    fill(formEl);
    focus?.focus();
  }

  function openForm(job) {
    message.clear();
    const form = jobForm(job, saved, () => closeForm());
    fill(formEl, form);
    form.querySelector("input").focus();
  }

  async function saved(job, created) {
    closeForm(null);
    const skills = job.skills.length ? job.skills.join(", ") : "none found";
    message.ok(`${created ? "Posted" : "Saved"} “${job.title}”. Required skills: ${skills}.`);
    await load();
  }

  async function setStatus(job, status) {
    const saved = await message.attempt(() =>
      apiJson(`/api/jobs/${job.id}`, { method: "PATCH", json: { status } }),
    );
    if (!saved) return;
    message.ok(`${status === "closed" ? "Closed" : "Reopened"} “${job.title}”.`);
    await load();
  }

  function jobRow(job) {
    const open = job.status === "open";
    return h(
      "li",
      { class: `job-row ${job.status}` },
      h(
        "div",
        { class: "job-main" },
        h("h3", {}, job.title, " ", h("span", { class: `badge ${job.status}`, text: open ? "Open" : "Closed" })),
        h("p", { class: "subtitle", text: jobPlace(job) }),
        h("p", { class: "hint", text: `Required skills: ${job.skills.join(", ") || "none"}` }),
      ),
      h(
        "div",
        { class: "actions" },
        h("a", { class: "button", href: `#/recruiter/jobs/${job.id}`, text: "Candidates", "aria-label": `Candidates for ${job.title}` }),
        h("button", { type: "button", text: "Edit", "aria-label": `Edit ${job.title}`, onclick: () => openForm(job) }),
        h("button", {
          type: "button",
          text: open ? "Close" : "Reopen",
          "aria-label": `${open ? "Close" : "Reopen"} ${job.title}`,
          onclick: () => setStatus(job, open ? "closed" : "open"),
        }),
      ),
    );
  }

  async function load() {
    // Not message.attempt: the message of the action that led here stays on screen.
    const jobs = await allMyJobs().catch(message.report);
    if (!jobs) return;
    fill(
      listEl,
      jobs.length
        ? h("ul", { class: "job-list", "aria-label": "Your jobs" }, jobs.map(jobRow))
        : h("p", { class: "empty", text: "You have not posted a job yet." }),
    );
  }

  postButton.addEventListener("click", () => openForm(null));
  load();
  const el = h(
    "div",
    { class: "page" },
    h("h1", { tabindex: "-1", text: `Jobs posted by ${user.full_name || user.email}` }),
    h("div", { class: "toolbar" }, postButton),
    message.el,
    formEl,
    h("section", { "aria-labelledby": "my-jobs-title" }, h("h2", { id: "my-jobs-title", text: "Your jobs" }), listEl),
  );
  return { el };
}
