// statx report: the claims table (filter, sort, pages) and each claim's row beside its mark.
// Every text from the data is put in the page as text (textContent), never as markup.
"use strict";
(() => {
  const data = JSON.parse(document.getElementById("statx-data").textContent);
  const rows = data.rows, docs = data.docs, col = {};
  data.columns.forEach((name, i) => { col[name] = i; });
  const PAGE = 100;
  const NUMERIC = new Set(["value", "year"]);
  const QUALIFIER = { exact: "", approx: "≈ ", at_least: "≥ ", at_most: "≤ ", range: "↔ " };
  const DIRECTION = { up: "▲ up", down: "▼ down" };
  const $ = (id) => document.getElementById(id);
  const tbody = document.querySelector("#claims-table tbody");
  const state = { unit: "", year: "", d: "", subject: "", sort: null, desc: false, page: 0 };
  const yearOf = (r) => (r[col.year] === null ? "none" : String(r[col.year]));
  // Document names in the table without the folder they all share.
  const names = docs.map((doc) => doc[0]);
  let shared = names.length > 1 ? names[0].slice(0, names[0].lastIndexOf("/") + 1) : "";
  while (shared && !names.every((name) => name.startsWith(shared))) {
    shared = shared.slice(0, shared.slice(0, -1).lastIndexOf("/") + 1);
  }
  const short = names.map((name) => name.slice(shared.length));

  function options(id, pairs) {
    const select = $(id);
    for (const [value, text] of pairs) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = text;
      select.append(option);
    }
  }
  options("f-unit", [...new Set(rows.map((r) => r[col.unit]))].sort().map((u) => [u, u]));
  const years = [...new Set(rows.map(yearOf))].sort((a, b) => (a === "none") - (b === "none") || a - b);
  options("f-year", years.map((y) => [y, y === "none" ? "no year" : y]));
  options("f-d", short.map((name, d) => [String(d), name]));
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  $("summary").textContent = `${plural(docs.length, "document")}, ${plural(rows.length, "claim")}.`;

  function matches(r) {
    return (!state.unit || r[col.unit] === state.unit) && (!state.year || yearOf(r) === state.year)
      && (!state.d || String(r[col.d]) === state.d)
      && (!state.subject || (r[col.subject] || "").toLowerCase().includes(state.subject));
  }

  // Empty cells last, whichever way the column is sorted.
  function comparer(key, sign) {
    const i = col[key];
    return (a, b) => {
      const x = rows[a][i], y = rows[b][i];
      if (x === null || y === null) return (x === null) - (y === null);
      if (key === "d" || NUMERIC.has(key)) return sign * (Number(x) - Number(y));
      return sign * String(x).localeCompare(String(y));
    };
  }

  let shown = [];
  function update() {
    shown = [];
    rows.forEach((r, i) => { if (matches(r)) shown.push(i); });
    if (state.sort) {
      const compare = comparer(state.sort, state.desc ? -1 : 1);
      shown.sort((a, b) => compare(a, b) || a - b);
    }
    state.page = Math.max(0, Math.min(state.page, Math.ceil(shown.length / PAGE) - 1));
    draw();
    for (const doc of document.querySelectorAll("details.doc")) doc.hidden = state.d !== "" && doc.dataset.d !== state.d;
  }

  function cell(tr, text, className) {
    const td = document.createElement("td");
    td.textContent = text === null ? "" : text;
    if (className) td.className = className;
    tr.append(td);
    return td;
  }

  function tableRow(i) {
    const r = rows[i], tr = document.createElement("tr");
    tr.dataset.i = i;
    cell(tr, short[r[col.d]], "doc").title = docs[r[col.d]][0];
    const link = document.createElement("a");
    link.href = "#c" + i;
    link.className = "k-" + r[col.kind];
    link.textContent = r[col.mention];
    cell(tr, "").append(link);
    cell(tr, r[col.value] + (r[col.value_to] === null ? "" : " – " + r[col.value_to]), "num");
    cell(tr, r[col.unit]);
    cell(tr, r[col.qualifier]);
    cell(tr, DIRECTION[r[col.direction]] || "");
    cell(tr, r[col.year], "num");
    cell(tr, r[col.subject]);
    return tr;
  }

  function draw() {
    const first = state.page * PAGE, part = shown.slice(first, first + PAGE);
    tbody.replaceChildren(...part.map(tableRow));
    $("count").textContent = `${shown.length} of ${plural(rows.length, "claim")}`;
    $("page").textContent = shown.length ? `${first + 1}–${first + part.length} of ${shown.length}` : "";
    $("prev").disabled = state.page === 0;
    $("next").disabled = first + PAGE >= shown.length;
    $("pager").hidden = shown.length <= PAGE;
    for (const button of document.querySelectorAll("th button[data-sort]")) {
      const sorted = button.dataset.sort === state.sort;
      if (sorted) button.parentElement.setAttribute("aria-sort", state.desc ? "descending" : "ascending");
      else button.parentElement.removeAttribute("aria-sort");
    }
  }

  // The row of a claim beside its mark: on hover, or kept open by a click.
  const pop = document.createElement("div");
  pop.id = "pop";
  pop.hidden = true;
  pop.setAttribute("role", "dialog");
  document.body.append(pop);
  let pinned = null, current = null;

  function show(mark, pin) {
    const r = rows[Number(mark.dataset.i)], doc = docs[r[col.d]];
    const dl = document.createElement("dl");
    const add = (name, value) => {
      if (value === null || value === undefined || value === "") return;
      const dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = name;
      dd.textContent = value;
      dl.append(dt, dd);
    };
    add("document", doc[0]);
    add("doc_date", doc[1]);
    add("from table", doc[2]);
    add("id", r[col.id]);
    add("start–end", `${r[col.start]}–${r[col.end]}`);
    add("mention", r[col.mention]);
    add("value", QUALIFIER[r[col.qualifier]] + r[col.value] + (r[col.value_to] === null ? "" : " – " + r[col.value_to]));
    add("unit", r[col.unit] === r[col.kind] ? r[col.unit] : `${r[col.unit]} (${r[col.kind]})`);
    add("qualifier", r[col.qualifier]);
    add("direction", DIRECTION[r[col.direction]]);
    add("year", r[col.year]);
    add("since", r[col.since]);
    add("subject", r[col.subject]);
    add("speaker", r[col.speaker]);
    pop.replaceChildren(dl);
    if (pin) {
      const close = document.createElement("button");
      close.type = "button";
      close.className = "close";
      close.textContent = "×";
      close.title = "Close (Esc)";
      close.addEventListener("click", hide);
      pop.prepend(close);
    }
    pinned = pin ? mark : null;
    current = mark;
    for (const tr of tbody.querySelectorAll("tr.current")) tr.classList.remove("current");
    const tr = tbody.querySelector(`tr[data-i="${mark.dataset.i}"]`);
    if (tr) tr.classList.add("current");
    pop.hidden = false;
    place(mark);
  }

  function place(mark) {
    const box = mark.getBoundingClientRect();
    const left = Math.max(4, Math.min(box.left, window.innerWidth - pop.offsetWidth - 8));
    let top = box.bottom + 6;
    if (top + pop.offsetHeight > window.innerHeight) top = Math.max(4, box.top - pop.offsetHeight - 6);
    pop.style.left = left + "px";
    pop.style.top = top + "px";
  }

  function hide() {
    pinned = null;
    pop.hidden = true;
  }

  function go(i) {
    const mark = $("c" + i);
    if (!mark) return;
    for (let el = mark.parentElement; el; el = el.parentElement) {
      if (el.tagName === "DETAILS") { el.open = true; el.hidden = false; }
    }
    // Near the top of the documents pane, so that the row fits below it.
    const pane = $("documents"), box = mark.getBoundingClientRect(), paneBox = pane.getBoundingClientRect();
    if (pane.scrollHeight > pane.clientHeight) pane.scrollTop += box.top - paneBox.top - Math.min(60, paneBox.height / 4);
    else mark.scrollIntoView({ block: "center" });
    mark.classList.remove("flash");
    void mark.offsetWidth;
    mark.classList.add("flash");
    mark.focus({ preventScroll: true });
    show(mark, true);
    history.replaceState(null, "", "#c" + i);
  }

  const markOf = (target) => (target instanceof Element ? target.closest("mark[data-i]") : null);
  document.addEventListener("mouseover", (e) => { const m = markOf(e.target); if (m && !pinned) show(m, false); });
  document.addEventListener("mouseout", (e) => {
    const m = markOf(e.target);
    if (m && !pinned && !m.contains(e.relatedTarget)) pop.hidden = true;
  });
  document.addEventListener("click", (e) => {
    const m = markOf(e.target);
    const link = e.target instanceof Element ? e.target.closest("a[href^='#c']") : null;
    if (m) show(m, true);
    else if (link) { e.preventDefault(); go(Number(link.getAttribute("href").slice(2))); }
    else if (!pop.contains(e.target)) hide();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") hide();
    const m = markOf(e.target);
    if (m && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); show(m, true); }
  });
  // Any scroll (of the page, the table or the documents) keeps the row beside its mark.
  document.addEventListener("scroll", () => { if (!pop.hidden && current) place(current); }, { capture: true, passive: true });
  window.addEventListener("hashchange", () => { if (/^#c\d+$/.test(location.hash)) go(Number(location.hash.slice(2))); });

  for (const key of ["unit", "year", "d"]) {
    $("f-" + key).addEventListener("change", (e) => { state[key] = e.target.value; state.page = 0; update(); });
  }
  $("f-subject").addEventListener("input", (e) => { state.subject = e.target.value.trim().toLowerCase(); state.page = 0; update(); });
  $("f-clear").addEventListener("click", () => {
    Object.assign(state, { unit: "", year: "", d: "", subject: "", page: 0 });
    for (const id of ["f-unit", "f-year", "f-d", "f-subject"]) $(id).value = "";
    update();
  });
  for (const button of document.querySelectorAll("th button[data-sort]")) {
    button.addEventListener("click", () => {
      const key = button.dataset.sort;
      state.desc = state.sort === key ? !state.desc : false;
      state.sort = key;
      update();
    });
  }
  $("prev").addEventListener("click", () => { state.page -= 1; draw(); });
  $("next").addEventListener("click", () => { state.page += 1; draw(); });
  $("open-all").addEventListener("click", () => { for (const d of document.querySelectorAll("details.doc")) d.open = true; });
  $("close-all").addEventListener("click", () => { for (const d of document.querySelectorAll("details.doc")) d.open = false; });

  update();
  if (/^#c\d+$/.test(location.hash)) go(Number(location.hash.slice(2)));
})();
