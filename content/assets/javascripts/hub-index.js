/* Mentoring Hub: read a build-time index (mentors/filter-index.json, match/match-index.json).
   Over http(s) the JSON is fetched; a copy of the site opened from disk (file://) fetches
   nothing, so there the same data is read from the script twin the build writes beside it
   (hooks/mentoring/site/browser/indexes.py), which files it under MentoringHub.indexes. */
(() => {
  "use strict";

  const hub = (window.MentoringHub = window.MentoringHub || {});

  /** Return a promise of the index at href (relative to the page). */
  hub.loadIndex = (href) => {
    const url = new URL(href, document.baseURI);
    if (url.protocol !== "file:") {
      return fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
        return response.json();
      });
    }
    const name = url.pathname.split("/").pop().replace(/\.json$/, "");
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = url.href.replace(/\.json$/, ".js");
      script.onload = () => {
        const index = hub.indexes && hub.indexes[name];
        if (index) resolve(index);
        else reject(new Error(`${script.src} did not define ${name}`));
      };
      script.onerror = () => reject(new Error(`${script.src} could not be read`));
      document.head.append(script);
    });
  };
})();
