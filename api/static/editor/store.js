// What the tab remembers across a reload (sessionStorage: this tab only, gone when it closes).

const PREFIX = "coach-editor:";

function read(key, fallback) {
  try {
    const text = sessionStorage.getItem(PREFIX + key);
    return text === null ? fallback : JSON.parse(text);
  } catch {
    return fallback;
  }
}

function write(key, value) {
  if (value === null || value === undefined) sessionStorage.removeItem(PREFIX + key);
  else sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
}

export const store = {
  token: () => read("token", null),
  setToken: (token) => write("token", token),
  form: () => read("form", {}),
  setForm: (form) => write("form", form),
  draft: () => read("draft", ""),
  setDraft: (text) => write("draft", text),
  /** The draft generation the draft text came from: {requestId, orgId, text, linked}. */
  draftOrigin: () => read("draft-origin", null),
  setDraftOrigin: (origin) => write("draft-origin", origin),
  /** The last draft or plan generation: {requestId, lastEventId, finished, succeeded, ...}. */
  run: (step) => read(`run-${step}`, null),
  setRun: (step, run) => write(`run-${step}`, run),
  clear() {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
    }
  },
};
