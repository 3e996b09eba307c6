/* Mentoring Hub theme script, loaded just before Material's bundle (overrides/main.html). Served over
   http(s), it starts our search worker in place of Material's; opened from disk (file://), it makes
   the copy work. */
(() => {
  "use strict";

  // Material's bundle takes every <link rel="alternate"> for another language version of the site and
  // fetches and parses that version's sitemap.xml on the main thread (for the feed's link, this site's
  // own sitemap: megabytes in a big organisation). The feed is no such version: its link leaves the
  // page while the bundle starts and comes back once the page has loaded.
  const feeds = [...document.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')];
  for (const link of feeds) link.remove();
  addEventListener("load", () => document.head.append(...feeds), { once: true });

  if (location.protocol !== "file:") {
    // search/search_index.json, which Material's bundle reads on the main thread, holds no documents:
    // search-worker.js fetches them off the main thread and hands them to Material's worker.
    const element = document.getElementById("__config");
    const config = JSON.parse(element.textContent);
    const worker = new URL("search-worker.js", document.currentScript.src);
    worker.searchParams.set("material", new URL(config.search, location.href).href);
    worker.searchParams.set("site", new URL(config.base, location.href).href);
    config.search = worker.href;
    element.textContent = JSON.stringify(config);
    return;
  }

  // Links to folders (directory URLs) open the folder's index.html. Links are fixed now and again
  // when followed, which covers the search results Material draws later.
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

  // Browsers start no Web Worker from file://, so Material's search worker runs in a hidden iframe
  // instead. The iframe's window gets the worker's globals (postMessage, importScripts) and the
  // worker's scripts are added as elements: no inline script, so the page's CSP still holds.
  // (Material reads the index from search/search_index.js there, written by the build.)
  class FrameWorker extends EventTarget {
    constructor(url) {
      super();
      const src = new URL(url, location.href);
      this.frame = Object.assign(document.createElement("iframe"), { hidden: true, title: "Search worker" });
      document.body.append(this.frame);
      const scope = this.frame.contentWindow;
      const load = (href) => new Promise((resolve, reject) => {
        const script = scope.document.createElement("script");
        script.onload = resolve;
        script.onerror = () => reject(new Error(`Cannot load ${href}`));
        script.src = new URL(href, src).href;
        scope.document.head.append(script);
      });
      scope.postMessage = (data) => this.emit(new MessageEvent("message", { data: structuredClone(data) }));
      scope.importScripts = (...urls) => urls.reduce((done, href) => done.then(() => load(href)), Promise.resolve());
      this.ready = load(src.href);
      this.ready.catch((error) => this.emit(new ErrorEvent("error", { message: error.message, error })));
    }

    emit(event) {
      this.dispatchEvent(event);
      this[`on${event.type}`]?.(event);
    }

    postMessage(data) {
      this.ready.then(() => {
        const scope = this.frame.contentWindow;
        scope.dispatchEvent(new scope.MessageEvent("message", { data: scope.structuredClone(data) }));
      }, () => {});
    }

    terminate() {
      this.frame.remove();
    }
  }
  window.Worker = FrameWorker;
})();
