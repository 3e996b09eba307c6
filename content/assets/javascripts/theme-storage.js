/* Material's storage helpers (its partials/javascripts/base.html writes them inline), as a file so
   the site's policy allows no inline script (overrides/partials/javascripts/base.html loads it in
   <head>). Material keys what it stores (palette, search, tabs) by the site's root: its inline copy
   resolves base_url against the page; this file sits two folders below the root, so its own
   address gives the same root, over http(s) and from file:// alike. A `data-scope` on the script
   element (theme setting extra.scope) is resolved against the page, as Material does. */
(() => {
  const script = document.currentScript;
  const scope = script.dataset.scope;
  window.__md_scope = scope ? new URL(scope, location) : new URL("../..", script.src);
})();
window.__md_hash = (text) => [...text].reduce((hash, character) => (hash << 5) - hash + character.charCodeAt(0), 0);
window.__md_get = (key, storage = localStorage, scope = __md_scope) => JSON.parse(storage.getItem(scope.pathname + "." + key));
window.__md_set = (key, value, storage = localStorage, scope = __md_scope) => {
  try {
    storage.setItem(scope.pathname + "." + key, JSON.stringify(value));
  } catch (error) {
    // storage full or refused: Material carries on without it
  }
};
