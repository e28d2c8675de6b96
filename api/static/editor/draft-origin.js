// Which generated draft the editor's text is an edit of: the plan request names it (draft_request_id).

import { store } from "./store.js";

/**
 * The draft generation whose result the editor holds, `{requestId, orgId, text, linked}`,
 * kept in the tab with the draft text so that a reload keeps the link. The link ends when
 * the coach replaces the whole text (everything selected, then typed, pasted or dropped
 * over) or clears it: what is there next is the coach's own draft. Undoing back to the
 * generated text links it again.
 */
export class DraftOrigin {
  constructor(textarea, changed) {
    this.textarea = textarea;
    this.changed = changed;
    this.origin = store.draftOrigin();
    this.replacingAll = false;
    textarea.addEventListener("beforeinput", () => {
      const { value, selectionStart, selectionEnd } = textarea;
      this.replacingAll = value.length > 0 && selectionStart === 0 && selectionEnd === value.length;
    });
    textarea.addEventListener("input", () => this.edited());
  }

  /** A draft generation's result is now the editor's text. */
  adopt({ requestId, orgId, text }) {
    this.origin = requestId ? { requestId, orgId: orgId || null, text, linked: true } : null;
    this.save();
  }

  forget() {
    this.origin = null;
    this.save();
  }

  edited() {
    const value = this.textarea.value;
    const replacedAll = this.replacingAll;
    this.replacingAll = false;
    if (!this.origin) return;
    const linked = value === this.origin.text || (this.origin.linked && !replacedAll && value.trim() !== "");
    if (linked !== this.origin.linked) {
      this.origin.linked = linked;
      this.save();
    }
  }

  /** The draft_request_id for a plan of organisation `orgId` from the editor's text, or null. */
  requestId(orgId) {
    const origin = this.origin;
    if (!origin || !origin.linked) return null;
    return origin.orgId === null || origin.orgId === orgId ? origin.requestId : null;
  }

  save() {
    store.setDraftOrigin(this.origin);
    this.changed();
  }
}
