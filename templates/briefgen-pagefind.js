/* briefgen: Pagefind's search module, with the archive's delta index merged in.
 *
 * Written by briefgen/site/search.py to pagefind/briefgen/pagefind.js; Pagefind's UI
 * imports it as its bundle ("bundlePath": this folder) and it forwards to Pagefind's
 * own pagefind.js one folder up. Why: a rebuild after one new article indexes only
 * the pages that changed since the base index was written (pagefind/delta/), not
 * the whole archive. This module merges that delta into every search and drops
 * the base's results for pages the delta replaces or the site no longer has
 * (../briefgen-delta.json lists their ids, with their filters so the filter counts
 * stay those of a whole index). A result's id is its fragment's content hash, so a
 * page indexed the same in both indexes ("twice") appears once. Without that file
 * (a site indexed whole) this is Pagefind's own module.
 */
import * as core from "../pagefind.js";

const here = new URL(".", import.meta.url);
let state = null;
let filterChunks = null; // Pagefind's filter chunks, fetched once the reader opens or uses a filter

function load() {
  if (!state) {
    state = fetch(new URL("../briefgen-delta.json", here))
      .then((response) => (response.ok ? response.json() : { pages: 0 }))
      .catch(() => ({ pages: 0 }))
      .then(async (delta) => {
        const kept = {
          hidden: new Set(delta.hidden || []),
          twice: delta.twice || [],
          filters: delta.filters || {},
          totals: delta.totals || null, // the whole search's filter counts, written with the index (briefgen/site/search.py)
        };
        if (!(delta.pages > 0)) return kept; // pages only removed since the base
        try {
          // Pagefind reports a delta it cannot load only when searching, so its entry and metadata are checked first
          for (const name of ["pagefind-entry.json", ...(delta.meta || [])]) {
            const head = await fetch(new URL("../delta/" + name, here), { method: "HEAD" });
            if (!head.ok) throw new Error(`${name}: ${head.status}`);
          }
          await core.mergeIndex(new URL("../delta/", here).pathname); // a path: with an origin, Pagefind makes its URLs absolute
        } catch (error) {
          console.error("briefgen: the delta index could not be loaded; searching the base index alone", error);
          return { hidden: new Set(), twice: [], filters: {}, totals: null }; // the totals count the delta's pages
        }
        return kept;
      });
  }
  return state;
}

function subtract(counts, filters) {
  for (const [name, values] of Object.entries(filters || {})) {
    for (const value of values) {
      if (counts && counts[name] && counts[name][value] > 0) counts[name][value] -= 1;
    }
  }
}

async function clean(response) {
  const { hidden, filters } = await load();
  if (!response || !response.results) return response;
  const seen = new Set();
  const kept = [];
  for (const result of response.results) {
    const dropped = hidden.has(result.id) || seen.has(result.id);
    seen.add(result.id);
    if (dropped) {
      subtract(response.filters, filters[result.id]);
      response.unfilteredResultCount = Math.max(0, response.unfilteredResultCount - 1);
    } else {
      kept.push(result);
    }
  }
  response.results = kept;
  return response;
}

export async function options(opts) {
  return core.options(opts);
}
export async function init() {
  await core.init();
  await load();
}
export async function mergeIndex(path, opts) {
  return core.mergeIndex(path, opts);
}
/* Pagefind's UI asks for every filter's counts when it starts, and Pagefind answers by fetching every filter chunk
 * (kind and month: 57 KB gzip at 10,000 briefings, an eighth of a first query), though a search with no filter chosen
 * needs none of them. The counts of the whole search come with the index instead (`totals`); the chunks are fetched
 * when the reader opens a filter (briefgen-search.js calls this) or searches with one, and from then on every search
 * counts its own results per filter, as Pagefind's does. */
export function loadFilters() {
  if (!filterChunks) filterChunks = load().then(() => core.filters());
  return filterChunks;
}
function choosesFilters(opts) {
  return Boolean(opts && opts.filters && Object.keys(opts.filters).length);
}
export async function search(term, opts) {
  await load();
  if (filterChunks || choosesFilters(opts)) await loadFilters(); // every filter's counts, not only the chosen one's
  return clean(await core.search(term, opts));
}
export async function debouncedSearch(term, opts, timeout) {
  await load();
  if (filterChunks || choosesFilters(opts)) await loadFilters();
  const response = await core.debouncedSearch(term, opts, timeout);
  return response === null ? null : clean(response);
}
/* Pagefind's UI preloads on every keystroke: typing "Abdullah" fetched the index chunks of "a", "ab", ... before the
 * debounced search of the whole word. The first letters' chunks hold the archive's most frequent short words ("a",
 * "an", "of": a posting for nearly every page), so at 10,000 briefings the preload of "a" alone cost 103 KB of the
 * 575 KB a first query served, for a chunk the finished word does not need. Searching fetches what the term needs
 * after the UI's debounce (300 ms), so preloading nothing only gives up fetching during those 300 ms. */
export async function preload() {}
export async function filters() {
  const { hidden, twice, filters: hiddenFilters, totals } = await load();
  if (totals && !filterChunks) return JSON.parse(JSON.stringify(totals));
  await loadFilters();
  const counts = await core.filters();
  for (const id of [...hidden, ...twice]) subtract(counts, hiddenFilters[id]);
  return counts;
}
export async function destroy() {
  state = null;
  filterChunks = null;
  return core.destroy();
}
