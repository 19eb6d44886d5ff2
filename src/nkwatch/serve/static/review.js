// The review form of an event's dossier: JSON with an editor's token in the Authorization header (the pages keep
// no cookie, so a cross-site page has no credential to borrow), the event's version so that a change made by
// someone else in between is a 409, and undo buttons in the history. The server decides who may write.
(function () {
  const form = document.getElementById("review-form");
  if (!form) return;
  const out = document.getElementById("review-result");
  const eventId = form.dataset.event;

  function show(cls, text) { out.className = cls; out.textContent = text; }

  async function send(method, url, body) {
    const token = form.elements.token.value;
    if (!token) { show("error", "give your token first"); return null; }
    const r = await fetch(url, {method, headers: {"Content-Type": "application/json",
      "Authorization": "Bearer " + token}, body: body ? JSON.stringify(body) : undefined});
    const data = await r.json().catch(() => ({}));
    if (!r.ok) {
      const detail = Array.isArray(data.detail) ? data.detail.map((d) => d.msg).join("; ") : data.detail;
      show("error", r.status + ": " + (detail || r.statusText));
      return null;
    }
    return data;
  }

  function sync() {
    const action = form.elements.action.value;
    for (const el of form.querySelectorAll("[data-for]")) {
      el.hidden = !el.dataset.for.split(" ").includes(action);
    }
  }
  form.elements.action.addEventListener("change", sync);
  sync();

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = form.elements;
    const action = f.action.value;
    const reason = f.reason.value || null;
    show("", "Sending…");
    let done;
    try {
      if (action === "merge") {
        done = await send("POST", "/api/merge", {a: eventId, b: f.other.value, reason});
      } else {
        const body = {action, reason, expected_version: f.version.value};
        if (action === "correct") Object.assign(body, {slot: f.slot.value, value: f.value.value,
                                                       source: f.source.value || null});
        if (action === "reject") Object.assign(body, {value: f.kind.value, duplicate_of: f.other.value || null});
        done = await send("POST", "/api/events/" + encodeURIComponent(eventId) + "/reviews", body);
      }
    } catch (e) { show("error", String(e)); return; }
    if (!done) return;
    show("ok", "done");
    // a rejected event leaves the lists (and the served dossiers): go back to the list it left
    const next = action === "merge" && done.event ? "/events/" + encodeURIComponent(done.event)
      : action === "reject" ? "/events" : location.pathname;
    location.assign(next);
  });

  for (const b of document.querySelectorAll("button.undo-review")) {
    b.addEventListener("click", async () => {
      let done;
      try { done = await send("DELETE", "/api/reviews/" + encodeURIComponent(b.dataset.review)); }
      catch (e) { show("error", String(e)); return; }
      if (done) location.reload();
    });
  }
})();
