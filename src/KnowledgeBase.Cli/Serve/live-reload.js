// Injected by `kb serve` into every page it answers, never written into a built site.
// Listens for the server's build state: a newer good build reloads the page; a build that failed shows
// its findings over the page until the next good save.
(() => {
  "use strict";
  const served = Number(document.currentScript.dataset.kbBuild);
  const overlayId = "kb-build-errors";

  function hide() {
    document.getElementById(overlayId)?.remove();
  }

  function show(errors) {
    hide();
    const overlay = document.createElement("div");
    overlay.id = overlayId;
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-labelledby", overlayId + "-title");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
      "background:rgba(20,20,20,.94);color:#fff;font:16px/1.5 system-ui,sans-serif";

    const title = document.createElement("h2");
    title.id = overlayId + "-title";
    title.textContent = "The last change does not build";
    title.style.cssText = "margin:0 0 .5rem;color:#ffb4b4;font-size:1.4rem";
    const help = document.createElement("p");
    help.textContent = "Fix the file and save: the page reloads by itself. Until then the server keeps the last good site.";

    const list = document.createElement("ul");
    list.style.cssText = "padding:0;list-style:none";
    for (const e of errors) {
      const item = document.createElement("li");
      item.className = "kb-build-error";
      item.style.cssText = "margin:.75rem 0;padding:.75rem;border-left:4px solid " + (e.severity === "error" ? "#ff6b6b" : "#ffd166") + ";background:#2a2a2a";
      const where = document.createElement("code");
      where.textContent = `${e.path}:${e.line}:${e.column}`;
      where.style.cssText = "color:#9ecbff";
      const what = document.createElement("div");
      what.textContent = `${e.severity} ${e.code}: ${e.message}`;
      item.append(where, what);
      list.append(item);
    }

    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.style.cssText = "font:inherit;padding:.3rem 1rem";
    close.addEventListener("click", hide);
    overlay.append(title, help, list, close);
    document.body.append(overlay);
  }

  const events = new EventSource("/_kb/events");
  events.addEventListener("state", (event) => {
    const state = JSON.parse(event.data);
    if (!state.ok) {
      show(state.errors);
    } else if (state.build !== served) {
      location.reload();
    } else {
      hide();
    }
  });
})();
