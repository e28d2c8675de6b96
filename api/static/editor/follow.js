// Following the draft and plan generations: their streams, re-attaching, what the tab saves.

import { ApiError, BASE, getJson, streamEvents } from "./api.js";
import { store } from "./store.js";

const STREAMS = { draft: `${BASE}/generate-draft/stream`, plan: `${BASE}/generate-plan/stream` };
// Right after a request the read model may not know it yet: a 404 on re-attach is retried.
const REATTACH_TRIES = 20;
const REATTACH_PAUSE_MS = 1000;
const SAVE_DELAY_MS = 200;
export const STEPS = ["draft", "plan"];

function newRun(step, body) {
  const run = { step, requestId: null, lastEventId: null, finished: false, succeeded: false, progress: 0, message: "starting…", error: null };
  if (step === "plan") {
    // The draft as sent: the notes' line numbers point into it, whatever the editor holds now.
    run.view = { weeks: body.weeks, startDate: body.start_date || null, draft: body.refined_draft, workouts: [], weeklyInfo: {}, notes: [], total: null };
  }
  return run;
}

/**
 * The last draft and the last plan generation, each saved with the id of the last
 * event it applied, so that a reload resumes right after it.
 * `ui` gives: token(), planView, changed(step), draftArrived({text, requestId, orgId}), failed(error, retry),
 * generationFailed(step, message).
 */
export class Generations {
  constructor(ui) {
    this.ui = ui;
    this.runs = { draft: null, plan: null };
    this.followers = { draft: null, plan: null };
    this.saveTimer = null;
  }

  /** The runs saved by this tab; unfinished ones are followed again. */
  restore() {
    for (const step of STEPS) {
      this.runs[step] = store.run(step);
      if (!this.runs[step]) continue;
      if (step === "plan") this.ui.planView.show(this.runs.plan.view);
      this.ui.changed(step);
    }
    this.resume();
  }

  resume() {
    for (const step of STEPS) {
      const run = this.runs[step];
      if (this.ui.token() && run && !run.finished && run.requestId) this.reattach(step);
    }
  }

  running() {
    return STEPS.some((step) => this.runs[step] && !this.runs[step].finished);
  }

  async start(step, body) {
    this.stop(step);
    const run = newRun(step, body);
    const controller = new AbortController();
    this.followers[step] = controller;
    try {
      const finished = await streamEvents(STREAMS[step], {
        token: this.ui.token(),
        body,
        signal: controller.signal,
        onOpen: (requestId) => this.adopt(step, run, requestId),
        onEvent: (event) => this.apply(step, run, event),
      });
      if (!finished && this.runs[step] === run) await this.reattach(step);
    } catch (error) {
      if (error.name === "AbortError") return;
      if (this.runs[step] === run && run.requestId) await this.reattach(step);
      else this.ui.failed(error, () => this.start(step, body));
    } finally {
      this.ui.changed(step);
    }
  }

  /** The server accepted the request: this run is now the one on screen (and saved). */
  adopt(step, run, requestId) {
    run.requestId = requestId;
    this.runs[step] = run;
    if (step === "plan") this.ui.planView.reset(run.view.weeks, run.view.startDate, run.view.draft);
    this.save();
    this.ui.changed(step);
  }

  /** Follows a saved run from its last event: after a reload, or a broken connection. */
  async reattach(step) {
    const run = this.runs[step];
    this.stop(step);
    const controller = new AbortController();
    this.followers[step] = controller;
    const path = `${BASE}/generations/${encodeURIComponent(run.requestId)}/events`;
    for (let attempt = 1; attempt <= REATTACH_TRIES && !run.finished; attempt += 1) {
      try {
        const finished = await streamEvents(path, {
          token: this.ui.token(),
          lastEventId: run.lastEventId,
          signal: controller.signal,
          onEvent: (event) => this.apply(step, run, event),
        });
        if (finished) break;
      } catch (error) {
        if (error.name === "AbortError") return;
        const worthRetrying = !(error instanceof ApiError) || error.status === 404 || error.status >= 500;
        if (!worthRetrying || attempt === REATTACH_TRIES) {
          this.ui.failed(error, () => this.reattach(step));
          break;
        }
      }
      run.message = `reconnecting (attempt ${attempt + 1})…`;
      this.ui.changed(step);
      await new Promise((resolve) => setTimeout(resolve, REATTACH_PAUSE_MS));
    }
    this.ui.changed(step);
  }

  stop(step) {
    if (this.followers[step]) this.followers[step].abort();
    this.followers[step] = null;
  }

  forget() {
    for (const step of STEPS) this.stop(step);
    this.runs = { draft: null, plan: null };
  }

  /** One SSE event of the contract, applied to the run and to the screen. */
  apply(step, run, event) {
    if (this.runs[step] !== run) return;
    run.lastEventId = event.id;
    const data = event.data || {};
    if (event.event === "progress") {
      run.progress = data.progress ?? run.progress;
      run.message = data.total ? `${data.message} (${data.count} of ${data.total})` : data.message;
    } else if (event.event === "result") {
      this.applyResult(step, run, data);
    } else if (event.event === "error") {
      run.error = data.error || "the generation failed";
      this.ui.generationFailed(step, run.error);
    } else if (event.event === "done") {
      run.finished = true;
    } else if (step === "plan" && event.event === "workout") {
      run.view.workouts.push(data);
      this.ui.planView.addWorkout(data);
    } else if (step === "plan" && event.event === "weekly_info") {
      Object.assign(run.view.weeklyInfo, data);
      this.ui.planView.setWeekInfo(data);
    }
    if (run.finished) this.save();
    else this.scheduleSave();
    this.ui.changed(step);
  }

  applyResult(step, run, data) {
    run.succeeded = true;
    run.progress = 100;
    if (step === "draft") {
      this.ui.draftArrived({ text: data.draft || "", requestId: data.request_id || run.requestId, orgId: data.request && data.request.org_id });
      return;
    }
    run.view.total = data.total_workouts ?? run.view.workouts.length;
    Object.assign(run.view.weeklyInfo, data.weekly_info || {});
    run.view.notes = data.notes || [];
    this.ui.planView.setWeekInfo(data.weekly_info);
    this.ui.planView.setNotes(run.view.notes);
    // A generation replayed from the read model sends its result alone: fetch the workouts.
    if (run.view.workouts.length < run.view.total) this.fillFromReadModel(run);
  }

  async fillFromReadModel(run) {
    try {
      const body = await getJson(`${BASE}/generations/${encodeURIComponent(run.requestId)}`, this.ui.token());
      run.view.workouts = body.content || [];
      if (body.notes) run.view.notes = body.notes;
      this.ui.planView.show(run.view);
      this.save();
    } catch (error) {
      this.ui.failed(error, () => this.fillFromReadModel(run));
    }
  }

  scheduleSave() {
    if (this.saveTimer === null) this.saveTimer = setTimeout(() => this.save(), SAVE_DELAY_MS);
  }

  save() {
    clearTimeout(this.saveTimer);
    this.saveTimer = null;
    for (const step of STEPS) if (this.runs[step]) store.setRun(step, this.runs[step]);
  }
}
