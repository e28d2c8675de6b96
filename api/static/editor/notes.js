// The plan's notes where they belong: on a day, on a week's header, or on the plan's header.

const SVG = "http://www.w3.org/2000/svg";
export const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const DAY_WORDS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

// Each kind has a word and a shape of its own, so that no kind is told by its colour alone.
const KINDS = {
  read: { word: "Read", count: ["read", "read"], icon: ["M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13z", "M8 7v4.5", "M8 4.5v.5"] },
  changed: { word: "Changed", count: ["changed", "changed"], icon: ["M2.5 13.5l.8-3.3 7.5-7.5 2.5 2.5-7.5 7.5z", "M9.5 4l2.5 2.5"] },
  not_used: { word: "Not used", count: ["not used", "not used"], icon: ["M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13z", "M3.4 12.6l9.2-9.2"] },
  warning: { word: "Warning", count: ["warning", "warnings"], icon: ["M8 1.8l6.6 12H1.4z", "M8 6v4", "M8 11.8v.4"] },
};
const ORDER = ["warning", "not_used", "changed", "read"];

// The weekdays a draft line starts with, as the planner's reader finds them
// (agents/planning/draft/read_week.py: DAY_START): "Tue:", "- THURSDAY.", "Mon/Wed/Fri:".
const WEEKDAY = "(?:mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?\\b";
const SEPARATOR = " ?(?:,|/|&|\\+|\\band\\b|-|\u2013|\\bto\\b) ?";
const DAY_START = new RegExp(`^[-*\u2022\u00b7]? ?(\\b${WEEKDAY}(?:${SEPARATOR}\\b${WEEKDAY})*)`);
const ONE_DAY = new RegExp(`\\b${WEEKDAY}`, "g");
// Python's str.splitlines, which numbers the lines of the draft on the server.
const LINE_BREAK = /\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;

export function draftLines(draft) {
  return draft ? draft.split(LINE_BREAK) : [];
}

/** 1-7 when the line is a day line for one weekday; null for any other line (or several days). */
export function weekdayOf(line) {
  const start = DAY_START.exec(line.toLowerCase().split(/\s+/).filter(Boolean).join(" "));
  if (!start) return null;
  const days = new Set([...start[1].matchAll(ONE_DAY)].map((m) => m[0].slice(0, 3)));
  if (days.size !== 1) return null;
  return DAY_NAMES.findIndex((name) => name.toLowerCase() === [...days][0]) + 1;
}

/**
 * Where a note goes: {week, day} for a day line of a week, {week, day: null} for the rest of
 * a week (its header line, prose, a line for several days, a week-wide warning), and
 * {week: null} for the plan. `lines` is the draft the plan was built from.
 */
export function placeOf(note, lines, weeks) {
  if (!note.week || note.week > weeks) return { week: null, day: null };
  if (!note.line) return { week: note.week, day: null };
  const text = note.text ?? lines[note.line - 1] ?? "";
  return { week: note.week, day: weekdayOf(text) };
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function hidden(text) {
  return element("span", "visually-hidden", text);
}

function icon(kind) {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("class", "note-icon");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  for (const d of (KINDS[kind] || KINDS.warning).icon) {
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

function noteItem(note, showWeek) {
  const kind = KINDS[note.kind] ? note.kind : "warning";
  const item = element("li", `note note-${kind}`);
  item.dataset.kind = note.kind;
  const head = element("p", "note-head");
  head.append(icon(kind), element("strong", "note-kind", KINDS[kind].word));
  const where = [showWeek && note.week ? `week ${note.week}` : null, note.line ? `line ${note.line}` : null];
  if (where.some(Boolean)) head.append(element("span", "note-where", where.filter(Boolean).join(", ")));
  item.append(head);
  if (note.text) {
    const line = element("p", "note-text");
    line.append(hidden("Your line: "), element("code", null, note.text));
    item.append(line);
  }
  item.append(element("p", "note-message", note.message));
  return item;
}

/**
 * A button that says how many notes of each kind there are and opens their list
 * (aria-expanded, aria-controls): `title` names the place for a screen reader.
 */
export function noteGroup(id, title, notes, showWeek = false) {
  const group = element("div", "note-group");
  const list = element("ul", "notes");
  list.id = id;
  list.hidden = true;
  for (const note of notes) list.append(noteItem(note, showWeek));
  const toggle = element("button", "notes-toggle");
  toggle.type = "button";
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", id);
  toggle.append(hidden(`${title}: `));
  const counts = ORDER.map((kind) => [kind, notes.filter((n) => (KINDS[n.kind] ? n.kind : "warning") === kind).length])
    .filter(([, count]) => count > 0);
  counts.forEach(([kind, count], index) => {
    const badge = element("span", `badge note-${kind}`);
    badge.append(icon(kind), `${count} ${KINDS[kind].count[count === 1 ? 0 : 1]}`);
    toggle.append(badge);
    if (index < counts.length - 1) toggle.append(hidden(", "));
  });
  toggle.addEventListener("click", () => openGroup(group, toggle.getAttribute("aria-expanded") !== "true"));
  group.append(toggle, list);
  return group;
}

export function openGroup(group, open) {
  group.querySelector(".notes-toggle").setAttribute("aria-expanded", String(open));
  group.querySelector(".notes").hidden = !open;
  group.classList.toggle("open", open);
}

export function dayTitle(week, day) {
  return `Notes on ${DAY_WORDS[day - 1]} of week ${week}`;
}
