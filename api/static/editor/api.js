// Talking to the coach-agent api: JSON reads, SSE over fetch, downloads, the contract's errors.

export const BASE = "/api/v1/ai-coach";

/** An error body of the contract ({error, code, details}) with its status and Retry-After. */
export class ApiError extends Error {
  constructor(status, body, retryAfterS) {
    super(body.error || `the server answered HTTP ${status}`);
    this.status = status;
    this.code = body.code || "internal_error";
    this.details = body.details || [];
    this.retryAfterS = retryAfterS;
  }
}

async function failure(response) {
  let body;
  try {
    body = await response.json();
  } catch {
    body = { error: `the server answered HTTP ${response.status}` };
  }
  const retry = Number.parseInt(response.headers.get("Retry-After") || "", 10);
  return new ApiError(response.status, body, Number.isFinite(retry) ? retry : null);
}

function authorised(token, extra = {}) {
  return { Authorization: `Bearer ${token}`, ...extra };
}

export async function getJson(path, token) {
  const response = await fetch(path, { headers: authorised(token), cache: "no-store" });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** The body of an export as a Blob, with the file name the server proposes. */
export async function download(path, token, fallbackName) {
  const response = await fetch(path, { headers: authorised(token), cache: "no-store" });
  if (!response.ok) throw await failure(response);
  const disposition = response.headers.get("Content-Disposition") || "";
  const named = /filename="([^"]+)"/.exec(disposition);
  return { blob: await response.blob(), name: named ? named[1] : fallbackName };
}

/**
 * Reads an SSE response to its `done` event. EventSource cannot POST nor send an
 * Authorization header, so this reads the stream with fetch.
 * Calls onOpen(requestId) once the server accepted, then onEvent({event, id, data})
 * for each event in order. Resolves true after `done`, false if the stream ended early.
 */
export async function streamEvents(path, { token, body, lastEventId, signal, onOpen, onEvent }) {
  const headers = authorised(token, { Accept: "text/event-stream" });
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (lastEventId !== null && lastEventId !== undefined) headers["Last-Event-ID"] = String(lastEventId);
  const response = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
    cache: "no-store",
  });
  if (!response.ok) throw await failure(response);
  if (onOpen) onOpen(response.headers.get("X-Request-ID"));
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const blocks = new BlockSplitter();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      for (const block of done ? blocks.finish() : blocks.feed(value)) {
        const event = parseBlock(block);
        if (event === null) continue;
        onEvent(event);
        if (event.event === "done") return true;
      }
      if (done) return false;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/** Splits SSE text into event blocks; CR LF and CR become LF, even across chunks. */
class BlockSplitter {
  constructor() {
    this.text = "";
    this.carry = "";
  }

  feed(chunk) {
    let piece = this.carry + chunk;
    this.carry = piece.endsWith("\r") ? "\r" : "";
    if (this.carry) piece = piece.slice(0, -1);
    this.text += piece.replace(/\r\n?/g, "\n");
    const blocks = [];
    let end;
    while ((end = this.text.indexOf("\n\n")) >= 0) {
      blocks.push(this.text.slice(0, end));
      this.text = this.text.slice(end + 2);
    }
    return blocks;
  }

  finish() {
    const blocks = this.feed(this.carry ? "\n" : "");
    if (this.text.trim()) blocks.push(this.text);
    this.text = "";
    return blocks;
  }
}

function parseBlock(block) {
  let event = "message";
  let id = null;
  const data = [];
  for (const line of block.split("\n")) {
    if (line === "" || line.startsWith(":")) continue; // keep-alive comments
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") event = value;
    else if (field === "id") id = value;
    else if (field === "data") data.push(value);
  }
  if (data.length === 0 && event === "message") return null;
  const text = data.join("\n");
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    parsed = { text };
  }
  return { event, id: id === null ? null : Number(id), data: parsed };
}

/**
 * What to tell the coach about an error, and what to offer:
 * `signin` (401), `wait` (429), `retry` (503 or the network), or nothing.
 */
export function explain(error) {
  if (!(error instanceof ApiError)) {
    return {
      text: "Cannot reach the coach-agent service. Check the connection, then retry.",
      action: "retry",
      seconds: 0,
      details: [],
    };
  }
  const seconds = error.retryAfterS ?? 5;
  const details = error.details.map((d) => `${d.field}: ${d.message}`);
  switch (error.status) {
    case 401:
      return { text: `Please sign in again: ${error.message}.`, action: "signin", details };
    case 429:
      return {
        text: `Too many plans are being generated for this organisation right now: ` +
          `wait ${seconds} s, then try again. (${error.message})`,
        action: "wait",
        seconds,
        details,
      };
    case 503:
      return { text: `The service is unavailable: ${error.message}.`, action: "retry", seconds, details };
    case 400:
      return { text: `Please check the request: ${error.message}.`, action: null, details };
    default:
      return { text: `${error.message} (${error.code}).`, action: null, details };
  }
}
