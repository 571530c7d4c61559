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
      var search = new PagefindUI({
        element: "#bg-search",
        /* briefgen's module over Pagefind's: merges the index of pages changed since the whole index was written */
        bundlePath: bundle + "briefgen/",
        showSubResults: true,
        showImages: false,
        resetStyles: false,
        translations: { placeholder: "Search briefings and actors" },
      });
      labelInput(box);
      loadFiltersWhenOpened(box, search);
    };
    document.head.appendChild(ui);
  }

  /* The filters show the whole search's counts until the reader opens one: only then are Pagefind's filter chunks
   * fetched (../pagefind/briefgen/pagefind.js, loadFilters: they cost a first query 57 KB at 10,000 briefings), and
   * the search runs again so every filter counts its results. `toggle` does not bubble, hence the capture. */
  function loadFiltersWhenOpened(box, search) {
    function opened(event) {
      var group = event.target;
      if (!group.open || !group.closest || !group.closest(".pagefind-ui__filter-panel")) return;
      box.removeEventListener("toggle", opened, true);
      import(bundle + "briefgen/pagefind.js")
        .then(function (pagefind) {
          return pagefind.loadFilters();
        })
        .then(function () {
          search.triggerFilters({}); // no filter can be chosen before one is opened: this re-runs the search as it is
        })
        .catch(function (error) {
          console.error("briefgen: the search filters could not be loaded", error);
        });
    }
    box.addEventListener("toggle", opened, true);
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
