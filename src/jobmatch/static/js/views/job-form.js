// Post or edit a job. Skills may be left empty: the server extracts them from the text.
import { apiJson } from "../api.js";
import { busy, field, h, messageArea } from "../dom.js";

const REMOTE_CHOICES = [
  ["onsite", "On site"],
  ["hybrid", "Hybrid"],
  ["remote", "Remote"],
];

function skillsText(list) {
  return (list ?? []).join(", ");
}

function skillsFrom(text) {
  const items = text.split(",").map((s) => s.trim()).filter(Boolean);
  return items.length ? items : null;
}

// job: null to post a new one. onSaved(job, created) is called after a success.
export function jobForm(job, onSaved, onCancel) {
  const message = messageArea();
  const title = h("input", { type: "text", name: "title", required: true, maxlength: "200", value: job?.title ?? "" });
  const company = h("input", { type: "text", name: "company", required: true, maxlength: "200", value: job?.company ?? "" });
  const location = h("input", { type: "text", name: "location", maxlength: "200", value: job?.location ?? "" });
  const remote = h(
    "select",
    { name: "remote" },
    REMOTE_CHOICES.map(([value, label]) => h("option", { value, selected: (job?.remote ?? "onsite") === value, text: label })),
  );
  const minYears = h("input", { type: "number", name: "min_years", min: "0", max: "60", value: job?.min_years ?? "" });
  const description = h("textarea", { name: "description", rows: "6", required: true, value: job?.description ?? "" });
  const skills = h("input", { type: "text", name: "skills", value: skillsText(job?.skills) });
  const nice = h("input", { type: "text", name: "nice_to_have", value: skillsText(job?.nice_to_have) });
  const heading = job ? `Edit “${job.title}”` : "Post a job";
  const form = h(
    "form",
    { class: "card job-form", "aria-label": heading },
    h("h2", { text: heading }),
    field("Title", title),
    field("Company", company),
    h("div", { class: "row" }, field("Location", location), field("Workplace", remote), field("Years of experience", minYears)),
    field("Description", description),
    field("Required skills", skills, "Comma separated. Leave empty to find them in the title and description."),
    field("Nice-to-have skills", nice, "Comma separated, optional."),
    message.el,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary", text: job ? "Save changes" : "Post job" }),
      h("button", { type: "button", text: "Cancel", onclick: onCancel }),
    ),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = {
      title: title.value,
      company: company.value,
      location: location.value.trim() || null,
      remote: remote.value,
      min_years: minYears.value === "" ? null : Number(minYears.value),
      description: description.value,
      skills: skillsFrom(skills.value),
      nice_to_have: skillsFrom(nice.value) ?? [],
    };
    const saved = await message.attempt(() =>
      busy(form, () =>
        apiJson(job ? `/api/jobs/${job.id}` : "/api/jobs", { method: job ? "PATCH" : "POST", json: data }),
      ),
    );
    if (saved) onSaved(saved, !job);
  });
  return form;
}
