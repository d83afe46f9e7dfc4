// Review page behaviour: filters, search, figure details, twins across editions, page images, keys.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var form = document.getElementById("controls");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.fig"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("#units .row"));
  var tip = document.getElementById("tip");
  var viewer = document.getElementById("viewer");
  var viewerImg = document.getElementById("viewer-img");
  var viewerBox = document.getElementById("viewer-box");
  var selected = null;

  function checked(name) {
    var set = {};
    form.querySelectorAll('input[name="' + name + '"]:checked').forEach(function (i) { set[i.value] = true; });
    return set;
  }

  function isShown(el) {
    return !el.classList.contains("off") && el.offsetParent !== null;
  }

  function apply() {
    var langs = checked("lang"), kinds = checked("kind"), quals = checked("qualifier");
    var statusInput = form.querySelector('input[name="status"]:checked');
    var status = statusInput ? statusInput.value : "all";
    var query = document.getElementById("search").value.trim().toLowerCase();
    var cols = Object.keys(langs).length || 1;
    document.getElementById("units").style.setProperty("--cols", cols);
    document.querySelectorAll("#units .cell").forEach(function (cell) {
      cell.classList.toggle("lang-hidden", !langs[cell.dataset.lang]);
    });
    marks.forEach(function (m) {
      var on = kinds[m.dataset.kind] && quals[m.dataset.qualifier] &&
        (status === "all" || m.dataset.status === status);
      m.classList.toggle("off", !on);
    });
    rows.forEach(function (row) {
      var cells = Array.prototype.slice.call(row.querySelectorAll(".cell:not(.lang-hidden)"));
      var hit = !query || cells.some(function (c) { return c.textContent.toLowerCase().indexOf(query) >= 0; });
      row.hidden = cells.length === 0 || (query && (row.classList.contains("heads") || !hit));
    });
    var shown = marks.filter(isShown).length;
    document.getElementById("shown").textContent = shown + " of " + marks.length + " figures shown";
  }

  function fmt(value, plain) {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value !== "number" || plain) return String(value);
    return value.toLocaleString("en", { maximumFractionDigits: 6 });
  }

  function showTip(mark) {
    var f = data.figures[mark.dataset.id];
    if (!f) return;
    var twins = f.twins.map(function (id) {
      var t = data.figures[id];
      return t ? t.lang + ": " + t.text : id;
    }).join("; ");
    var status = f.status === "both" ? "confirmed" : f.status === "unmatched" ? "unmatched" : "one edition";
    var items = [["kind", f.kind], ["text", f.text], ["value", fmt(f.value, f.kind === "year")], ["unit", fmt(f.unit)],
      ["qualifier", f.qualifier], ["subject", fmt(f.subject)], ["page", fmt(f.page)],
      ["editions", fmt(f.editions)], ["status", status]];
    if (twins) items.push(["twin", twins]);
    var dl = document.createElement("dl");
    items.forEach(function (item) {
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = item[0];
      dd.textContent = item[1];
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    tip.replaceChildren(dl);
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var top = r.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight) top = Math.max(0, r.top - tip.offsetHeight - 6);
    tip.style.top = top + "px";
    tip.style.left = Math.max(0, Math.min(r.left, window.innerWidth - tip.offsetWidth - 4)) + "px";
  }

  function hideTip() { tip.hidden = true; }

  function clearSelection() {
    document.querySelectorAll("mark.fig.selected, mark.fig.twin").forEach(function (m) {
      m.classList.remove("selected", "twin");
    });
    selected = null;
  }

  function select(mark) {
    clearSelection();
    selected = mark;
    mark.classList.add("selected");
    (data.figures[mark.dataset.id] || { twins: [] }).twins.forEach(function (id) {
      var twin = document.getElementById("f-" + id);
      if (twin) {
        twin.classList.add("twin");
        if (isShown(twin)) twin.scrollIntoView({ block: "nearest" });
      }
    });
    if (!viewer.hidden) showBox();
  }

  function openPage(key) {
    var page = data.pages[key];
    if (!page) return;
    viewer.dataset.image = key;
    viewerImg.src = page.src;
    viewerImg.alt = "page image " + key;
    document.getElementById("viewer-caption").textContent = key;
    viewer.hidden = false;
    showBox();
  }

  function showBox() {
    var f = selected && data.figures[selected.dataset.id];
    var page = data.pages[viewer.dataset.image];
    if (!f || !page || f.image !== viewer.dataset.image || f.box[0] === null) {
      viewerBox.hidden = true;
      return;
    }
    viewerBox.style.left = (100 * f.box[0] / page.w) + "%";
    viewerBox.style.top = (100 * f.box[1] / page.h) + "%";
    viewerBox.style.width = (100 * (f.box[2] - f.box[0]) / page.w) + "%";
    viewerBox.style.height = (100 * (f.box[3] - f.box[1]) / page.h) + "%";
    viewerBox.hidden = false;
  }

  function step(direction) {
    var candidates = marks.filter(function (m) { return m.dataset.status === "unmatched" && isShown(m); });
    if (!candidates.length) return;
    var at = selected ? marks.indexOf(selected) : -1, next = null;
    if (direction > 0) {
      next = candidates.find(function (m) { return marks.indexOf(m) > at; }) || candidates[0];
    } else {
      for (var i = candidates.length - 1; i >= 0 && !next; i--) if (marks.indexOf(candidates[i]) < at || at < 0) next = candidates[i];
      next = next || candidates[candidates.length - 1];
    }
    next.focus();
    select(next);
    next.scrollIntoView({ block: "center" });
  }

  form.addEventListener("change", apply);
  document.getElementById("search").addEventListener("input", apply);
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest("mark.fig:not(.off)");
    if (m) showTip(m);
  });
  document.addEventListener("mouseout", function (e) {
    if (e.target.closest && e.target.closest("mark.fig")) hideTip();
  });
  document.addEventListener("focusin", function (e) {
    if (e.target.matches && e.target.matches("mark.fig")) showTip(e.target);
  });
  document.addEventListener("focusout", hideTip);
  document.addEventListener("click", function (e) {
    var link = e.target.closest && e.target.closest("a.pagelink");
    if (link) {
      e.preventDefault();
      openPage(link.dataset.image);
      return;
    }
    var m = e.target.closest && e.target.closest("mark.fig:not(.off)");
    if (m) select(m);
  });
  document.getElementById("viewer-close").addEventListener("click", function () { viewer.hidden = true; });
  document.addEventListener("keydown", function (e) {
    var typing = e.target.matches && e.target.matches("input, textarea, select");
    if (e.key === "Escape") {
      clearSelection();
      hideTip();
      viewer.hidden = true;
      if (typing) e.target.blur();
      return;
    }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "n") step(1);
    else if (e.key === "p") step(-1);
    else if (e.key === "/") { e.preventDefault(); document.getElementById("search").focus(); }
    else if ((e.key === "Enter" || e.key === " ") && e.target.matches("mark.fig")) { e.preventDefault(); select(e.target); }
  });
  apply();
})();
