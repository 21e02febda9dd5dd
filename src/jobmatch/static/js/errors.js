// Every failure of an API call becomes an ApiError whose message a person can read.

export class ApiError extends Error {
  constructor(status, message, { detail = null, retryAfter = null, expired = false } = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.detail = detail;
    this.retryAfter = retryAfter;
    this.expired = expired;
  }
}

export const SESSION_EXPIRED = "Your session has expired. Please log in again.";

const FIELD_NAMES = {
  email: "Email",
  password: "Password",
  full_name: "Name",
  title: "Title",
  company: "Company",
  description: "Description",
  location: "Location",
  min_years: "Years of experience",
  skills: "Required skills",
  nice_to_have: "Nice-to-have skills",
  file: "File",
};

export function retryAfterSeconds(response) {
  const value = Number.parseInt(response.headers.get("Retry-After") ?? "", 10);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

function validationMessage(detail) {
  // FastAPI's 422: [{loc: ["body", "title"], msg: "..."}, ...]
  const parts = detail.map((error) => {
    const field = [...(error.loc ?? [])].reverse().find((part) => typeof part === "string");
    const name = FIELD_NAMES[field] ?? field ?? "Input";
    return `${name}: ${String(error.msg ?? "is not valid").replace(/^Value error, /, "")}`;
  });
  return `Please check the form. ${parts.join("; ")}.`;
}

function describe(status, detail, retryAfter) {
  const said = typeof detail === "string" ? detail : null;
  if (status === 413) {
    return `That file is too large. ${said ?? ""}`.trim();
  }
  if (status === 415) {
    return `That file type is not supported. ${said ?? "Upload a PDF, DOCX, TXT or MD file."}`;
  }
  if (status === 429) {
    const wait = retryAfter ? ` Try again in ${retryAfter} seconds.` : " Try again later.";
    return `Too many attempts.${wait}`;
  }
  if (status === 422 && Array.isArray(detail)) {
    return validationMessage(detail);
  }
  if (status === 503) {
    return "The service is briefly unavailable. Please try again in a moment.";
  }
  if (status >= 500) {
    return "Something went wrong on the server. Please try again.";
  }
  return said ?? `The request failed (HTTP ${status}).`;
}

export async function errorFrom(response) {
  let detail = null;
  try {
    detail = (await response.json()).detail ?? null;
  } catch {
    // Not JSON (a proxy's page, say): the status alone tells what to say.
  }
  const retryAfter = retryAfterSeconds(response);
  return new ApiError(response.status, describe(response.status, detail, retryAfter), {
    detail,
    retryAfter,
  });
}

export function networkError() {
  return new ApiError(0, "Cannot reach the server. Check your connection and try again.");
}
