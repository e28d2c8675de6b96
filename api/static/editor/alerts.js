// The alert box: the contract's error message, its details, and what the coach can do next.

const $ = (id) => document.getElementById(id);
let countdown = null;

/**
 * Shows `{text, details, action, seconds}` (see api.js `explain`). `signin` offers to
 * sign in again; `wait` and `retry` count `seconds` down, then offer `retry()`.
 */
export function showAlert({ text, details, action, seconds }, retry) {
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
      if (left < 0) clearInterval(countdown);
    };
    tick();
    if (left >= 0) countdown = setInterval(tick, 1000);
    button.onclick = () => {
      hideAlert();
      if (retry) retry();
    };
  }
  $("alert").hidden = false;
}

export function hideAlert() {
  clearInterval(countdown);
  $("alert").hidden = true;
}
