// The plan editor: sign in, stream a draft, edit it, stream the plan into a calendar, export it.

import { hideAlert, showAlert } from "./alerts.js";
import { BASE, download, explain, getJson } from "./api.js";
import { DraftOrigin } from "./draft-origin.js";
import { Generations, STEPS } from "./follow.js";
import { PlanView } from "./plan-view.js";
import { store } from "./store.js";

const $ = (id) => document.getElementById(id);
const FIELDS = ["org_id", "weeks", "level", "start_date", "additional_prompt", "training_principle", "workout_preference"];
const PRINCIPLE_SOURCES = {
  request: "this request's override",
  coach: "your own setting in this organisation",
  organisation: "the organisation's setting",
  default: "the built-in default",
};

let token = null;
const draftOrigin = new DraftOrigin($("draft"), showOrigin);
const planView = new PlanView({
  calendar: $("calendar"),
  notes: $("plan-notes"),
  allNotes: $("all-notes"),
  chartBox: $("chart-box"),
  chart: $("chart"),
  legend: $("chart-legend"),
});
const generations = new Generations({
  token: () => token,
  planView,
  changed: (step) => {
    showStatus(step);
    updateButtons();
  },
  draftArrived: (draft) => {
    $("draft").value = draft.text;
    store.setDraft(draft.text);
    draftOrigin.adopt(draft);
  },
  failed: showError,
  generationFailed: (step, message) => showAlert({ text: `The ${step} failed: ${message}` }),
});

function init() {
  restoreForm();
  $("draft").value = store.draft();
  showOrigin();
  bindControls();
  token = store.token();
  showSignedIn(Boolean(token));
  if (token) loadPrinciple();
  generations.restore();
  updateButtons();
}

function bindControls() {
  $("signin-form").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", signOut);
  $("request-form").addEventListener("submit", (event) => {
    event.preventDefault();
    start("draft");
  });
  $("request-form").addEventListener("input", saveForm);
  $("request-form").addEventListener("change", saveForm);
  $("org_id").addEventListener("input", showOrigin);
  $("org_id").addEventListener("change", loadPrinciple);
  $("load-principle").addEventListener("click", loadPrinciple);
  $("build-plan").addEventListener("click", () => start("plan"));
  $("draft").addEventListener("input", () => {
    store.setDraft($("draft").value);
    showOrigin();
    updateButtons();
  });
  $("draft").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!$("build-plan").disabled) start("plan");
    }
  });
  $("export-ics").addEventListener("click", () => exportPlan("calendar.ics", "plan.ics"));
  $("export-fit").addEventListener("click", () => exportPlan("workouts.zip", "workouts.zip"));
  window.addEventListener("pagehide", () => generations.save());
}

// --- signing in -------------------------------------------------------------------------

function showSignedIn(signedIn) {
  $("signin").hidden = signedIn;
  $("main").hidden = !signedIn;
  $("who").hidden = !signedIn;
  if (!signedIn) $("token").focus();
}

async function signIn(event) {
  event.preventDefault();
  const candidate = $("token").value.trim();
  const org = $("signin-org").value.trim();
  if (!candidate || !org) {
    $(candidate ? "signin-org" : "token").focus();
    showAlert({ text: "Enter a token and an organisation id." });
    return;
  }
  token = candidate;
  store.setToken(token);
  $("token").value = "";
  $("org_id").value = org;
  saveForm();
  hideAlert();
  showSignedIn(true);
  if (await loadPrinciple()) {
    generations.resume();
    $("weeks").focus();
  }
}

function signOut() {
  generations.forget();
  store.clear();
  token = null;
  $("draft").value = "";
  draftOrigin.forget();
  planView.clear();
  for (const step of STEPS) showStatus(step);
  hideAlert();
  showSignedIn(false);
  updateButtons();
}

async function loadPrinciple() {
  const org = $("org_id").value.trim();
  if (!token || !org) return false;
  $("principle-source").textContent = "loading…";
  try {
    const body = await getJson(`${BASE}/training-principle/${encodeURIComponent(org)}`, token);
    $("principle-source").textContent = PRINCIPLE_SOURCES[body.source] || body.source;
    $("principle-text").textContent = body.training_principle;
    return true;
  } catch (error) {
    $("principle-source").textContent = "not available";
    $("principle-text").textContent = "";
    showError(error, loadPrinciple);
    return false;
  }
}

// --- the request ------------------------------------------------------------------------

function restoreForm() {
  const saved = store.form();
  for (const name of FIELDS) if (saved[name] !== undefined) $(name).value = saved[name];
  if (saved.org_id) $("signin-org").value = saved.org_id;
}

function saveForm() {
  store.setForm(Object.fromEntries(FIELDS.map((name) => [name, $(name).value])));
}

/** The request body of the contract, from the form; null (and the form says why) if invalid. */
function requestBody() {
  if (!$("request-form").reportValidity()) return null;
  const body = {
    org_id: $("org_id").value.trim(),
    weeks: Number($("weeks").value),
    level: $("level").value,
    workout_preference: $("workout_preference").value,
  };
  for (const name of ["additional_prompt", "training_principle", "start_date"]) {
    const value = $(name).value.trim();
    if (value) body[name] = value;
  }
  return body;
}

function start(step) {
  const body = requestBody();
  if (!body) return;
  if (step === "plan") {
    body.refined_draft = $("draft").value;
    const draftRequestId = draftOrigin.requestId(body.org_id);
    if (draftRequestId) body.draft_request_id = draftRequestId;
  }
  hideAlert();
  $(`${step}-status`).textContent = "Sending the request…";
  $("write-draft").disabled = $("build-plan").disabled = true;
  generations.start(step, body);
}

// --- what the page shows ----------------------------------------------------------------

function showStatus(step) {
  const run = generations.runs[step];
  const status = $(`${step}-status`);
  $(`${step}-progress`).value = run ? run.progress || 0 : 0;
  if (!run) status.textContent = "";
  else if (run.error) status.textContent = `Failed: ${run.error}`;
  else if (run.succeeded && step === "draft") status.textContent = "Draft ready: edit it, then build the plan.";
  else if (run.succeeded) {
    const weeks = Object.keys(run.view.weeklyInfo).length;
    const notes = run.view.notes.length ? `, ${run.view.notes.length} notes` : "";
    status.textContent = `Plan ready: ${run.view.total} workouts over ${weeks} weeks${notes}.`;
  } else if (run.finished) status.textContent = "Finished without a result.";
  else status.textContent = `${step === "draft" ? "Writing the draft" : "Building the plan"}: ${run.message || "…"}`;
  if (run) status.dataset.state = run.finished ? (run.succeeded ? "succeeded" : "failed") : "running";
  else delete status.dataset.state;
}

/** Says whether the plan request will name the generated draft the text was edited from. */
function showOrigin() {
  const origin = draftOrigin.origin;
  const hint = $("draft-origin");
  const id = draftOrigin.requestId($("org_id").value.trim());
  if (id) hint.textContent = `Edited from the generated draft ${id}: the plan request names it.`;
  else if (origin && origin.linked) hint.textContent = `Written for organisation ${origin.orgId}: a plan for another one does not name it.`;
  else hint.textContent = $("draft").value.trim() ? "Your own draft: the plan request names no generated draft." : "";
  hint.dataset.linked = String(Boolean(id));
}

function updateButtons() {
  const running = generations.running();
  $("write-draft").disabled = running;
  $("build-plan").disabled = running || $("draft").value.trim().length < 10;
  const plan = generations.runs.plan;
  $("export-ics").disabled = $("export-fit").disabled = !(plan && plan.succeeded && plan.requestId);
}

async function exportPlan(file, fallbackName) {
  hideAlert();
  try {
    const id = encodeURIComponent(generations.runs.plan.requestId);
    const { blob, name } = await download(`${BASE}/generations/${id}/${file}`, token, fallbackName);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  } catch (error) {
    showError(error, () => exportPlan(file, fallbackName));
  }
}

/** The contract's message and what to do; a 401 anywhere forgets the token. */
function showError(error, retry) {
  const explained = explain(error);
  if (explained.action === "signin") {
    token = null;
    store.setToken(null);
    for (const step of STEPS) generations.stop(step);
    $("signin-org").value = $("org_id").value;
    showSignedIn(false);
    updateButtons();
  }
  showAlert(explained, retry);
}

init();
