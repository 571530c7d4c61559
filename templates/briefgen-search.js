/* briefgen: the site's search box, Pagefind's UI mounted in Material's header.
 *
 * The index (../pagefind/ from this script) is split into chunks; a query fetches
 * only the chunks it needs, so a visitor never downloads the whole archive. After a
 * rebuild it is a base plus a delta of the changed pages, merged by
 * ../pagefind/briefgen/pagefind.js (see briefgen/site/search.py).
 * Nothing loads from another host. From file:// the browser blocks the index's
 * fetches, so the box says the site must be served over HTTP instead.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var bundle = new URL("../pagefind/", script.src).href;

  function mount() {
    var header = document.querySelector(".md-header__inner");
    if (!header || document.getElementById("bg-search")) return;
    var box = document.createElement("div");
    box.id = "bg-search";
    box.className = "bg-search";
    box.setAttribute("role", "search");
    box.setAttribute("aria-label", "Site search");
    header.appendChild(box);

    if (location.protocol === "file:") {
      box.textContent = "Search needs the site served over HTTP (for example: python -m http.server -d site).";
      box.classList.add("bg-search--off");
      return;
    }
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = bundle + "pagefind-ui.css";
    document.head.appendChild(css);
    var ui = document.createElement("script");
    ui.src = bundle + "pagefind-ui.js";
    ui.onload = function () {
      /* global PagefindUI */
      new PagefindUI({
        element: "#bg-search",
        /* briefgen's module over Pagefind's: merges the index of pages changed since the whole index was written */
        bundlePath: bundle + "briefgen/",
        showSubResults: true,
        showImages: false,
        resetStyles: false,
        translations: { placeholder: "Search briefings and actors" },
      });
      labelInput(box);
    };
    document.head.appendChild(ui);
  }

  /* Pagefind's input carries only a title; screen readers need a real label (axe: label-title-only). */
  function labelInput(box) {
    function label() {
      var input = box.querySelector("input");
      if (input && !input.hasAttribute("aria-label")) input.setAttribute("aria-label", "Search briefings and actors");
      return Boolean(input);
    }
    if (label()) return;
    var watch = new MutationObserver(function () {
      if (label()) watch.disconnect();
    });
    watch.observe(box, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount);
  } else {
    mount();
  }
})();
