// A CV drop zone that is also a plain file picker (keyboard: Tab to it, Enter or Space).
import { h } from "../dom.js";

const ACCEPT = ".pdf,.docx,.txt,.md,application/pdf,text/plain,text/markdown,"
  + "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function uploadZone(onFile) {
  const input = h("input", { type: "file", id: "cv-file", name: "file", accept: ACCEPT, class: "file-input" });
  const zone = h(
    "div",
    { class: "dropzone" },
    h("p", { class: "drop-text", text: "Drop your CV here, or" }),
    h("label", { for: "cv-file", class: "button", text: "Choose a file" }),
    input,
    h("p", { class: "hint", text: "PDF, DOCX, TXT or MD. It is read and matched in a few seconds." }),
  );
  input.addEventListener("change", () => {
    if (input.files.length) onFile(input.files[0]);
    input.value = "";
  });
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("dragging");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("dragging");
    const file = event.dataTransfer?.files?.[0];
    if (file) onFile(file);
  });
  return zone;
}
