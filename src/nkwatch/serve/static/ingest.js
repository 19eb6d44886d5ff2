// The ingest form sends JSON with the token in the Authorization header: the server checks the header
// before it reads a request body, so the token never travels in the form body.
document.getElementById("ingest-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const form = ev.target;
  const out = document.getElementById("ingest-result");
  const data = Object.fromEntries(new FormData(form).entries());
  const token = data.token; delete data.token;
  for (const k of Object.keys(data)) if (!data[k]) delete data[k];
  out.className = ""; out.textContent = "Adding…";
  try {
    const r = await fetch("/api/ingest", {method: "POST", headers: {"Content-Type": "application/json",
      "Authorization": "Bearer " + token}, body: JSON.stringify(data)});
    const body = await r.json().catch(() => ({}));
    if (!r.ok) {
      const detail = Array.isArray(body.detail) ? body.detail.map((d) => d.msg).join("; ") : body.detail;
      out.className = "error"; out.textContent = r.status + ": " + (detail || r.statusText); return;
    }
    out.className = "ok";
    out.textContent = (body.status || "done") + (body.doc_id ? ": " + body.doc_id : "");
    if (body.doc_id) {
      const a = document.createElement("a");
      a.href = "/articles/" + encodeURIComponent(body.doc_id); a.textContent = " open the article";
      out.appendChild(a);
    }
  } catch (e) { out.className = "error"; out.textContent = String(e); }
});
