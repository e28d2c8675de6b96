// The plan editor: sign in, stream a draft, edit it, stream the plan into a calendar, export it.

import { ApiError, BASE, download, explain, getJson, streamEvents } from "./api.js";
import { PlanView } from "./plan-view.js";
import { store } from "./store.js";

const $ = (id) => document.getElementById(id);
const FIELDS = ["org_id", "weeks", "level", "start_date", "additional_prompt", "training_principle", "workout_preference"];
const STREAMS = { draft: `${BASE}/generate-draft/stream`, plan: `${BASE}/generate-plan/stream` };
// Right after a request the read model may not know it yet: a 404 on re-attach is retried.
const REATTACH_TRIES = 20;
const REATTACH_PAUSE_MS = 1000;
const SAVE_DELAY_MS = 200;
const PRINCIPLE_SOURCES = {
  request: "this request's override",
  coach: "your own setting in this organisation",
  organisation: "the organisation's setting",
  default: "the built-in default",
};

let token = null;
const runs = { draft: null, plan: null };
const followers = { draft: null, plan: null };
let saveTimer = null;
let planView = null;

function init() {
  planView = new PlanView({
    calendar: $("calendar"),
    notes: $("plan-notes"),
    chartBox: $("chart-box"),
    chart: $("chart"),
    legend: $("chart-legend"),
  });
  restoreForm();
  $("draft").value = store.draft();
  bindControls();
  token = store.token();
  showSignedIn(Boolean(token));
  if (token) loadPrinciple();
  for (const step of ["draft", "plan"]) {
    runs[step] = store.run(step);
    if (!runs[step]) continue;
    if (step === "plan") planView.show(runs.plan.view);
    showStatus(step);
    if (token && !runs[step].finished && runs[step].requestId) reattach(step);
  }
  updateButtons();
}

function bindControls() {
  $("signin-form").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", signOut);
  $("request-form").addEventListener("submit", (event) => {
    event.preventDefault();
    writeDraft();
  });
  $("request-form").addEventListener("input", saveForm);
  $("request-form").addEventListener("change", saveForm);
  $("org_id").addEventListener("change", loadPrinciple);
  $("load-principle").addEventListener("click", loadPrinciple);
  $("build-plan").addEventListener("click", buildPlan);
  $("draft").addEventListener("input", () => {
    store.setDraft($("draft").value);
    updateButtons();
  });
  $("draft").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!$("build-plan").disabled) buildPlan();
    }
  });
  $("export-ics").addEventListener("click", () => exportPlan("calendar.ics", "plan.ics"));
  $("export-fit").addEventListener("click", () => exportPlan("workouts.zip", "workouts.zip"));
  window.addEventListener("pagehide", saveNow);
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
    showAlert({ text: "Enter a token and an organisation id.", details: [] });
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
    for (const step of ["draft", "plan"]) {
      if (runs[step] && !runs[step].finished && runs[step].requestId) reattach(step);
    }
    $("weeks").focus();
  }
}

function signOut() {
  for (const step of ["draft", "plan"]) stopFollowing(step);
  store.clear();
  token = null;
  runs.draft = runs.plan = null;
  $("draft").value = "";
  planView.clear();
  for (const step of ["draft", "plan"]) showStatus(step);
  hideAlert();
  showSignedIn(false);
  updateButtons();
}

/** A 401 anywhere: forget the token and ask for another. */
function needSignIn() {
  token = null;
  store.setToken(null);
  for (const step of ["draft", "plan"]) stopFollowing(step);
  $("signin-org").value = $("org_id").value;
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

// --- the request form -------------------------------------------------------------------

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
  const form = $("request-form");
  if (!form.reportValidity()) return null;
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

function writeDraft() {
  const body = requestBody();
  if (body) startRun("draft", body);
}

function buildPlan() {
  const body = requestBody();
  if (body) startRun("plan", { ...body, refined_draft: $("draft").value });
}

// --- following a generation -------------------------------------------------------------

function newRun(step, body) {
  const run = { step, requestId: null, lastEventId: null, finished: false, succeeded: false, progress: 0, message: "starting…", error: null };
  if (step === "plan") {
    run.view = { weeks: body.weeks, startDate: body.start_date || null, workouts: [], weeklyInfo: {}, notes: [], total: null };
  }
  return run;
}

async function startRun(step, body) {
  hideAlert();
  stopFollowing(step);
  const run = newRun(step, body);
  const controller = new AbortController();
  followers[step] = controller;
  setBusy(step, "sending the request…");
  try {
    const finished = await streamEvents(STREAMS[step], {
      token,
      body,
      signal: controller.signal,
      onOpen: (requestId) => adopt(step, run, requestId),
      onEvent: (event) => apply(step, run, event),
    });
    if (!finished && runs[step] === run) await reattach(step);
  } catch (error) {
    if (error.name === "AbortError") return;
    if (runs[step] === run && run.requestId) await reattach(step);
    else {
      setBusy(step, null);
      showError(error, () => startRun(step, body));
    }
  } finally {
    updateButtons();
  }
}

/** The server accepted the request: this run is now the one on screen (and saved). */
function adopt(step, run, requestId) {
  run.requestId = requestId;
  runs[step] = run;
  if (step === "plan") planView.reset(run.view.weeks, run.view.startDate);
  saveNow();
  showStatus(step);
  updateButtons();
}

/** Follows a saved run from its last event: after a reload, or a broken connection. */
async function reattach(step) {
  const run = runs[step];
  stopFollowing(step);
  const controller = new AbortController();
  followers[step] = controller;
  for (let attempt = 1; attempt <= REATTACH_TRIES && !run.finished; attempt += 1) {
    try {
      const finished = await streamEvents(`${BASE}/generations/${encodeURIComponent(run.requestId)}/events`, {
        token,
        lastEventId: run.lastEventId,
        signal: controller.signal,
        onEvent: (event) => apply(step, run, event),
      });
      if (finished) break;
    } catch (error) {
      if (error.name === "AbortError") return;
      const worthRetrying = !(error instanceof ApiError) || error.status === 404 || error.status >= 500;
      if (!worthRetrying || attempt === REATTACH_TRIES) {
        showError(error, () => reattach(step));
        break;
      }
    }
    run.message = `reconnecting (attempt ${attempt + 1})…`;
    showStatus(step);
    await new Promise((resolve) => setTimeout(resolve, REATTACH_PAUSE_MS));
  }
  updateButtons();
}

function stopFollowing(step) {
  if (followers[step]) followers[step].abort();
  followers[step] = null;
}

/** One SSE event of the contract, applied to the run and to the screen. */
function apply(step, run, event) {
  if (runs[step] !== run) return;
  run.lastEventId = event.id;
  const data = event.data || {};
  if (event.event === "progress") {
    run.progress = data.progress ?? run.progress;
    run.message = data.total ? `${data.message} (${data.count} of ${data.total})` : data.message;
  } else if (event.event === "result") {
    applyResult(step, run, data);
  } else if (event.event === "error") {
    run.error = data.error || "the generation failed";
    showAlert({ text: `The ${step} failed: ${run.error}`, details: [] });
  } else if (event.event === "done") {
    run.finished = true;
  } else if (step === "plan" && event.event === "workout") {
    run.view.workouts.push(data);
    planView.addWorkout(data);
  } else if (step === "plan" && event.event === "weekly_info") {
    Object.assign(run.view.weeklyInfo, data);
    planView.setWeekInfo(data);
  }
  showStatus(step);
  if (run.finished) {
    saveNow();
    updateButtons();
  } else scheduleSave();
}

function applyResult(step, run, data) {
  run.succeeded = true;
  run.progress = 100;
  if (step === "draft") {
    $("draft").value = data.draft || "";
    store.setDraft($("draft").value);
    return;
  }
  run.view.total = data.total_workouts ?? run.view.workouts.length;
  Object.assign(run.view.weeklyInfo, data.weekly_info || {});
  run.view.notes = data.notes || [];
  planView.setWeekInfo(data.weekly_info);
  planView.setNotes(run.view.notes);
  // A generation replayed from the read model sends its result alone: fetch the workouts.
  if (run.view.workouts.length < run.view.total) fillFromReadModel(run);
}

async function fillFromReadModel(run) {
  try {
    const body = await getJson(`${BASE}/generations/${encodeURIComponent(run.requestId)}`, token);
    run.view.workouts = body.content || [];
    if (body.notes) run.view.notes = body.notes;
    planView.show(run.view);
    saveNow();
  } catch (error) {
    showError(error, () => fillFromReadModel(run));
  }
}

// --- what the page shows ----------------------------------------------------------------

function setBusy(step, message) {
  $(`${step}-status`).textContent = message || "";
  $("write-draft").disabled = $("build-plan").disabled = Boolean(message);
}

function showStatus(step) {
  const run = runs[step];
  const bar = $(`${step}-progress`);
  const status = $(`${step}-status`);
  if (!run) {
    bar.value = 0;
    status.textContent = "";
    return;
  }
  bar.value = run.progress || 0;
  if (run.error) status.textContent = `Failed: ${run.error}`;
  else if (run.succeeded && step === "draft") status.textContent = "Draft ready: edit it, then build the plan.";
  else if (run.succeeded) {
    const weeks = Object.keys(run.view.weeklyInfo).length;
    const notes = run.view.notes.length ? `, ${run.view.notes.length} notes` : "";
    status.textContent = `Plan ready: ${run.view.total} workouts over ${weeks} weeks${notes}.`;
  } else if (run.finished) status.textContent = "Finished without a result.";
  else status.textContent = `${step === "draft" ? "Writing the draft" : "Building the plan"}: ${run.message || "…"}`;
  status.dataset.state = run.finished ? (run.succeeded ? "succeeded" : "failed") : "running";
}

function updateButtons() {
  const running = ["draft", "plan"].some((step) => runs[step] && !runs[step].finished);
  $("write-draft").disabled = running;
  $("build-plan").disabled = running || $("draft").value.trim().length < 10;
  const exportable = Boolean(runs.plan && runs.plan.succeeded && runs.plan.requestId);
  $("export-ics").disabled = $("export-fit").disabled = !exportable;
}

function scheduleSave() {
  if (saveTimer === null) saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
}

/** Saves each run with the last event id it has applied, so a reload resumes right after it. */
function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = null;
  for (const step of ["draft", "plan"]) if (runs[step]) store.setRun(step, runs[step]);
}

async function exportPlan(file, fallbackName) {
  hideAlert();
  try {
    const path = `${BASE}/generations/${encodeURIComponent(runs.plan.requestId)}/${file}`;
    const { blob, name } = await download(path, token, fallbackName);
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

// --- errors -----------------------------------------------------------------------------

function showError(error, retry) {
  const explained = explain(error);
  if (explained.action === "signin") needSignIn();
  showAlert(explained, retry);
}

let countdown = null;

function showAlert({ text, details, action, seconds }, retry) {
  clearInterval(countdown);
  $("alert-text").textContent = text;
  $("alert-details").replaceChildren(...(details || []).map((line) => {
    const item = document.createElement("li");
    item.textContent = line;
    return item;
  }));
  const button = $("alert-action");
  button.hidden = !action;
  button.onclick = null;
  if (action === "signin") {
    button.textContent = "Sign in again";
    button.disabled = false;
    button.onclick = () => $("token").focus();
  } else if (action === "wait" || action === "retry") {
    let left = seconds || 0;
    const tick = () => {
      button.disabled = left > 0;
      button.textContent = left > 0 ? `Wait ${left} s` : "Try again";
      left -= 1;
      if (left < -1) clearInterval(countdown);
    };
    tick();
    countdown = setInterval(tick, 1000);
    button.onclick = () => {
      hideAlert();
      if (retry) retry();
    };
  }
  $("alert").hidden = false;
}

function hideAlert() {
  clearInterval(countdown);
  $("alert").hidden = true;
}

init();
