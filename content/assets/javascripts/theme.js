/* Mentoring Hub theme script, loaded just before Material's bundle (overrides/main.html): it keeps the
   feed's link from the bundle, and in a copy opened from disk (file://) it makes links to folders work. */
(() => {
  "use strict";

  // Material's bundle takes every <link rel="alternate"> for another language version of the site and
  // fetches and parses that version's sitemap.xml on the main thread (for the feed's link, this site's
  // own sitemap: megabytes in a big organisation). The feed is no such version: its link leaves the
  // page while the bundle starts and comes back once the page has loaded.
  const feeds = [...document.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')];
  for (const link of feeds) link.remove();
  addEventListener("load", () => document.head.append(...feeds), { once: true });

  if (location.protocol !== "file:") return;

  // Links to folders (directory URLs) open the folder's index.html. Links are fixed now and again
  // when followed, which covers the search results drawn later.
  const openIndex = (link) => {
    const url = new URL(link.href);
    if (url.protocol === "file:" && url.pathname.endsWith("/")) {
      url.pathname += "index.html";
      link.href = url.href;
    }
  };
  for (const link of document.querySelectorAll("a[href]")) openIndex(link);
  for (const type of ["click", "auxclick"]) {
    document.addEventListener(type, (event) => {
      const link = event.target instanceof Element && event.target.closest("a[href]");
      if (link) openIndex(link);
    }, true);
  }
})();
