// The review forms: an event's dossier (one form) and the claims page (a form per claim). Each sends JSON with an
// editor's token in the Authorization header (the pages keep no cookie, so a cross-site page has no credential to
// borrow) and the version of the event or claim the page showed, so that a change made by someone else in between
// is a 409; undo buttons in the histories. The server decides who may write.
(function () {
  const tokenInput = document.getElementById("review-token");
  const pageResult = document.getElementById("review-result");
  if (!tokenInput) return;

  function show(out, cls, text) { out.className = cls + " review-result"; out.textContent = text; }

  async function send(out, method, url, body) {
    const token = tokenInput.value;
    if (!token) {
      show(out, "error", "give your token first");
      const box = tokenInput.closest("details");     // the claims page keeps it folded away until it is needed
      if (box) box.open = true;
      tokenInput.focus();
      return null;
    }
    const r = await fetch(url, {method, headers: {"Content-Type": "application/json",
      "Authorization": "Bearer " + token}, body: body ? JSON.stringify(body) : undefined});
    const data = await r.json().catch(() => ({}));
    if (!r.ok) {
      const detail = Array.isArray(data.detail) ? data.detail.map((d) => d.msg).join("; ") : data.detail;
      show(out, "error", r.status + ": " + (detail || r.statusText));
      return null;
    }
    return data;
  }

  // fields marked data-for="action ..." show only for those actions
  function syncFields(form) {
    const sync = () => {
      const action = form.elements.action.value;
      for (const el of form.querySelectorAll("[data-for]")) {
        el.hidden = !el.dataset.for.split(" ").includes(action);
      }
    };
    form.elements.action.addEventListener("change", sync);
    sync();
  }

  function onSubmit(form, out, request, next) {
    syncFields(form);
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      show(out, "", "Sending…");
      let done;
      try { done = await request(form.elements); } catch (e) { show(out, "error", String(e)); return; }
      if (!done) return;
      show(out, "ok", "done");
      next(form.elements, done);
    });
  }

  const eventForm = document.getElementById("review-form");
  if (eventForm) {
    const eventId = eventForm.dataset.event;
    onSubmit(eventForm, pageResult, (f) => {
      const action = f.action.value;
      const reason = f.reason.value || null;
      if (action === "merge") return send(pageResult, "POST", "/api/merge", {a: eventId, b: f.other.value, reason});
      if (action === "split") {
        const picked = Array.from(eventForm.querySelectorAll("input[name=mention]:checked"), (x) => x.value);
        if (!picked.length) { show(pageResult, "error", "tick the reports to take out"); return null; }
        return send(pageResult, "POST", "/api/split", {event_id: eventId, mentions: picked, reason});
      }
      const body = {action, reason, expected_version: f.version.value};
      if (action === "correct") Object.assign(body, {slot: f.slot.value, value: f.value.value,
                                                     source: f.source.value || null});
      if (action === "reject") Object.assign(body, {value: f.kind.value, duplicate_of: f.other.value || null});
      return send(pageResult, "POST", "/api/events/" + encodeURIComponent(eventId) + "/reviews", body);
    }, (f, done) => {
      // a rejected event leaves the lists (and the served dossiers): go back to the list it left
      const action = f.action.value;
      // after a split, the reports taken out are an event of their own: go to the one that keeps the rest
      const kept = action === "split" && done.events ? done.events.find((x) => x === eventId) || done.events[0] : null;
      location.assign(kept ? "/events/" + encodeURIComponent(kept)
        : action === "merge" && done.event ? "/events/" + encodeURIComponent(done.event)
        : action === "reject" ? "/events" : location.pathname);
    });
  }

  for (const form of document.querySelectorAll("form.claim-review-form")) {
    const out = form.querySelector(".review-result");
    const claimId = form.dataset.claim;
    onSubmit(form, out, (f) => {
      const action = f.action.value;
      const body = {action, reason: f.reason.value || null, expected_version: form.dataset.version || null};
      Object.assign(body, action === "correct" ? {slot: f.slot.value, value: f.value.value} : {value: f.kind.value});
      return send(out, "POST", "/api/claims/" + encodeURIComponent(claimId) + "/reviews", body);
    }, (f) => {
      // a corrected claim may move to another group, or out of the contested ones: show every figure, at the claim
      const rejected = f.action.value === "reject";
      const url = new URL("/claims?all=true" + (rejected ? "&rejected=true" : "") + "#c-" + claimId, location.href);
      if (url.pathname + url.search === location.pathname + location.search) {
        location.hash = url.hash;      // the same page: a new hash alone would not load it again
        location.reload();
      } else {
        location.assign(url.href);
      }
    });
  }

  for (const b of document.querySelectorAll("button.undo-review")) {
    b.addEventListener("click", async () => {
      const out = b.closest("details")?.querySelector(".review-result") || pageResult;
      let done;
      try { done = await send(out, "DELETE", "/api/reviews/" + encodeURIComponent(b.dataset.review)); }
      catch (e) { show(out, "error", String(e)); return; }
      if (done) location.reload();
    });
  }
})();
