// The plan on screen: a week-by-week calendar (Mon-Sun), workout cards, notes, a volume chart.

import { DAY_NAMES, dayTitle, draftLines, noteGroup, openGroup, placeOf } from "./notes.js";

const PHASES = ["base", "build", "peak", "taper", "recovery"];
const SEGMENT_NAMES = {
  warmup: "Warm-up",
  main: "Main",
  interval: "Efforts",
  recovery: "Recovery",
  cooldown: "Cool-down",
};
const SVG = "http://www.w3.org/2000/svg";

export function durationText(seconds) {
  if (!seconds) return "";
  if (seconds < 120 && seconds % 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

export function distanceText(metres) {
  if (!metres) return "";
  return metres < 1000 ? `${metres} m` : `${(metres / 1000).toFixed(1)} km`;
}

/** The date of a plan day: week 1 is the Monday-Sunday week that holds the start date. */
function dateOf(startDate, week, day) {
  if (!startDate) return null;
  const [y, m, d] = startDate.split("-").map(Number);
  const start = new Date(Date.UTC(y, m - 1, d));
  const monday = start.getTime() - ((start.getUTCDay() + 6) % 7) * 86400000;
  return new Date(monday + ((week - 1) * 7 + (day - 1)) * 86400000);
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/** The zone that says what the workout is: that of its biggest main or interval block. */
function mainZone(workout) {
  let best = null;
  let bestLoad = -1;
  for (const segment of workout.segments || []) {
    if (segment.type !== "main" && segment.type !== "interval") continue;
    const load = (segment.duration || segment.distance || 0) * (segment.repeat || 1);
    if (load > bestLoad) [best, bestLoad] = [segment.intensity.zone, load];
  }
  return best;
}

function segmentText(segment) {
  const parts = [durationText(segment.duration), distanceText(segment.distance)].filter(Boolean);
  let size = parts.length === 2 ? `${parts[0]} (≈ ${parts[1]})` : parts[0] || "open";
  if (segment.repeat > 1) size = `${segment.repeat} × ${size}`;
  const pace = segment.intensity.pace ? `, ${segment.intensity.pace}` : "";
  const what = segment.description ? ` — ${segment.description}` : "";
  return `${SEGMENT_NAMES[segment.type] || segment.type}: ${size} @ ${segment.intensity.zone.toUpperCase()}${pace}${what}`;
}

function workoutCard(workout) {
  const zone = mainZone(workout);
  const card = element("details", `card${zone ? ` zone-${zone}` : ""}`);
  card.dataset.week = workout.week;
  card.dataset.day = workout.day;
  const summary = element("summary");
  summary.append(element("span", "card-name", workout.name));
  const facts = [durationText(workout.duration), distanceText(workout.distance), zone && zone.toUpperCase()];
  summary.append(element("span", "card-meta", facts.filter(Boolean).join(" · ")));
  card.append(summary);
  const body = element("div", "card-body");
  if (workout.description) body.append(element("p", null, workout.description));
  const segments = element("ol", "segments");
  for (const segment of workout.segments || []) segments.append(element("li", null, segmentText(segment)));
  body.append(segments);
  if (workout.source === "library") body.append(element("p", "hint", "From the organisation's library"));
  card.append(body);
  return card;
}

export class PlanView {
  constructor({ calendar, notes, allNotes, chartBox, chart, legend }) {
    Object.assign(this, { calendarRoot: calendar, notesRoot: notes, allNotes, chartBox, chartRoot: chart, legend });
    this.allNotes.addEventListener("click", () => this.openAllNotes(this.allNotes.dataset.open !== "true"));
    this.clear();
  }

  clear() {
    this.weeks = new Map();
    this.weekInfo = {};
    this.startDate = null;
    this.lines = [];
    this.calendarRoot.replaceChildren();
    this.setNotes([]);
    this.chartRoot.replaceChildren();
    this.legend.replaceChildren();
    this.chartBox.hidden = true;
  }

  /** An empty calendar of `weeks` weeks, filled as workouts arrive; `draft` is the text sent. */
  reset(weeks, startDate, draft) {
    this.clear();
    this.startDate = startDate || null;
    this.lines = draftLines(draft);
    for (let week = 1; week <= weeks; week += 1) this.week(week);
  }

  /** The view of a saved state: {weeks, startDate, draft, workouts, weeklyInfo, notes}. */
  show(view) {
    this.reset(view.weeks, view.startDate, view.draft);
    for (const workout of view.workouts) this.addWorkout(workout);
    this.setWeekInfo(view.weeklyInfo);
    this.setNotes(view.notes);
  }

  week(number) {
    if (this.weeks.has(number)) return this.weeks.get(number);
    const section = element("section", "week pending");
    section.id = `week-${number}`;
    section.setAttribute("aria-labelledby", `week-${number}-title`);
    const header = element("header", "week-header");
    const title = element("h3", null, `Week ${number}`);
    title.id = `week-${number}-title`;
    const meta = element("p", "week-meta", "waiting…");
    header.append(title, meta);
    const notes = element("div", "week-notes");
    const days = element("ol", "days");
    for (let day = 1; day <= 7; day += 1) {
      const cell = element("li", "day");
      cell.dataset.day = day;
      const label = element("h4", "day-name", DAY_NAMES[day - 1]);
      const date = dateOf(this.startDate, number, day);
      if (date) {
        const time = element("time", null, date.toLocaleDateString(undefined, { day: "numeric", month: "short", timeZone: "UTC" }));
        time.dateTime = date.toISOString().slice(0, 10);
        label.append(" ", time);
        if (time.dateTime < this.startDate) cell.classList.add("before-start");
      }
      cell.append(label, element("div", "cards"), element("div", "day-notes"));
      days.append(cell);
    }
    section.append(header, notes, days);
    // Weeks stay in order even when one arrives out of turn.
    const later = [...this.weeks.keys()].filter((n) => n > number).sort((a, b) => a - b)[0];
    this.calendarRoot.insertBefore(section, later === undefined ? null : this.weeks.get(later).section);
    const entry = { section, meta, notes, days };
    this.weeks.set(number, entry);
    return entry;
  }

  addWorkout(workout) {
    const { days } = this.week(workout.week);
    const cell = days.children[workout.day - 1];
    cell.querySelector(".cards").append(workoutCard(workout));
    cell.classList.add("busy");
  }

  /** `{"3": {phase, focus, total_distance}}`: the week is complete. */
  setWeekInfo(info) {
    for (const [key, week] of Object.entries(info || {})) {
      const number = Number(key);
      this.weekInfo[number] = week;
      const entry = this.week(number);
      entry.section.classList.remove("pending");
      entry.section.dataset.phase = week.phase;
      entry.meta.replaceChildren(
        element("span", `phase phase-${week.phase}`, week.cutback ? `${week.phase} (cutback)` : week.phase),
        ` · ${week.focus} · ${distanceText(week.total_distance) || "0 km"}`,
      );
    }
    this.drawChart();
  }

  /** Each note on the day or the week it concerns; the others on the plan's header. */
  setNotes(notes) {
    const places = new Map();
    for (const note of notes || []) {
      const { week, day } = placeOf(note, this.lines, this.weeks.size);
      const key = week === null ? "plan" : day === null ? `w${week}` : `w${week}-d${day}`;
      if (!places.has(key)) places.set(key, { week, day, notes: [] });
      // The coach's line, from the draft sent when the note does not quote it.
      const text = note.text ?? (note.line ? (this.lines[note.line - 1] ?? null) : null);
      places.get(key).notes.push({ ...note, text });
    }
    this.notesRoot.replaceChildren();
    for (const entry of this.weeks.values()) {
      entry.notes.replaceChildren();
      for (const cell of entry.days.children) {
        cell.querySelector(".day-notes").replaceChildren();
        cell.classList.remove("noted");
      }
    }
    for (const [key, { week, day, notes: here }] of places) {
      if (week === null) this.notesRoot.append(noteGroup(`notes-${key}`, "Notes on the whole plan", here, true));
      else if (day === null) this.weeks.get(week).notes.append(noteGroup(`notes-${key}`, `Notes on week ${week}`, here));
      else {
        const cell = this.weeks.get(week).days.children[day - 1];
        cell.classList.add("noted");
        cell.querySelector(".day-notes").append(noteGroup(`notes-${key}`, dayTitle(week, day), here));
      }
    }
    this.allNotes.hidden = places.size === 0;
    this.openAllNotes(false);
  }

  /** Opens (or closes) every note of the plan at once. */
  openAllNotes(open) {
    const groups = [this.notesRoot, this.calendarRoot].flatMap((root) => [...root.querySelectorAll(".note-group")]);
    for (const group of groups) openGroup(group, open);
    this.allNotes.dataset.open = String(open);
    this.allNotes.textContent = open ? "Close all notes" : "Open all notes";
  }

  drawChart() {
    const weeks = Object.keys(this.weekInfo).map(Number).sort((a, b) => a - b);
    this.chartBox.hidden = weeks.length === 0;
    if (weeks.length === 0) return;
    const last = Math.max(...weeks, this.weeks.size);
    const top = Math.max(...weeks.map((w) => this.weekInfo[w].total_distance), 1000);
    const bar = last <= 16 ? 36 : 22;
    const [gap, left, plot, bottom] = [8, 44, 140, 22];
    const width = left + last * (bar + gap) + gap;
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", `0 0 ${width} ${plot + bottom + 10}`);
    svg.setAttribute("width", width);
    svg.setAttribute("height", plot + bottom + 10);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-labelledby", "chart-title");
    const title = document.createElementNS(SVG, "title");
    title.id = "chart-title";
    title.textContent = "Weekly volume by phase: " +
      weeks.map((w) => `week ${w} ${this.weekInfo[w].phase} ${distanceText(this.weekInfo[w].total_distance)}`).join(", ");
    svg.append(title);
    const y = (metres) => 10 + plot - (plot * metres) / top;
    this.axis(svg, left, width, y, top);
    for (const week of weeks) {
      const info = this.weekInfo[week];
      const x = left + gap + (week - 1) * (bar + gap);
      const rect = svgNode("rect", { x, y: y(info.total_distance), width: bar, height: Math.max(1, y(0) - y(info.total_distance)), class: `bar phase-${info.phase}` });
      const tip = document.createElementNS(SVG, "title");
      tip.textContent = `Week ${week}: ${info.phase}, ${distanceText(info.total_distance)}`;
      rect.append(tip);
      svg.append(rect, svgNode("text", { x: x + bar / 2, y: plot + 10 + 16, class: "tick", "text-anchor": "middle" }, String(week)));
    }
    this.chartRoot.replaceChildren(svg);
    this.legend.replaceChildren(...PHASES.filter((p) => weeks.some((w) => this.weekInfo[w].phase === p))
      .map((p) => element("span", `key phase-${p}`, p)));
  }

  axis(svg, left, width, y, top) {
    const km = top / 1000;
    const step = km > 80 ? 20 : km > 40 ? 10 : 5;
    for (let mark = 0; mark <= km; mark += step) {
      svg.append(svgNode("line", { x1: left, x2: width, y1: y(mark * 1000), y2: y(mark * 1000), class: "grid" }));
      svg.append(svgNode("text", { x: left - 6, y: y(mark * 1000) + 4, class: "tick", "text-anchor": "end" }, `${mark} km`));
    }
  }
}

function svgNode(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
