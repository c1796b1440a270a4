// The same questionnaire and verdict by hand: the practical floor for size and speed.
const form = document.getElementById("check");
const show = (id, text) => (document.getElementById(id).textContent = text);

function update() {
  const data = new FormData(form);
  const level = data.get("degree-level");
  const field = data.get("degree-field");
  const months = (data.get("experience-months") ?? "").trim();
  const certification = data.get("certification");
  document.getElementById("field").hidden = level === "none";
  const education =
    level === "none" || level === "associate" || field === "other"
      ? "Not yet met"
      : level && field ? "Met" : "Not answered yet";
  const experience = /^\d{1,3}$/.test(months) && Number(months) <= 600
    ? Number(months) >= 12 ? "Met" : "Not yet met"
    : "Not answered yet";
  const certified = certification ? (certification === "not-yet" ? "Not yet met" : "Met") : "Not answered yet";
  show("education", education);
  show("experience", experience);
  show("certification", certified);
  const all = [education, experience, certified];
  show(
    "headline",
    all.every((s) => s === "Met")
      ? "You meet all 3 requirements."
      : all.every((s) => s === "Not yet met")
        ? "You do not meet these requirements yet."
        : "Answer the questions to see where you stand.",
  );
}

form.addEventListener("input", update);
form.addEventListener("change", update);
form.addEventListener("submit", (event) => event.preventDefault());
