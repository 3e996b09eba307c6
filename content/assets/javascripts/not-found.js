/* Mentoring Hub: on the "page does not exist" page, for an address like /mentors/<something>/,
   list the mentor ids nearest to what was typed (fewest letters to change), from the directory's
   index (mentors/filter-index.json). Everything happens here; nothing is sent anywhere. */
(() => {
  "use strict";

  const box = document.getElementById("nearest-mentors");
  if (!box || !window.MentoringHub) return;
  const profiles = new URL(box.dataset.profiles, document.baseURI);
  const typed = wantedProfile(location.pathname, profiles.pathname);
  if (!typed) return;

  window.MentoringHub.loadIndex(box.dataset.index).then((index) => {
    const nearest = nearestIds(typed, index.ids, index.cards.names);
    if (!nearest.length) return;
    box.querySelector("ul").replaceChildren(...nearest.map(({ id, name }) => {
      const link = Object.assign(document.createElement("a"), { href: new URL(`${encodeURIComponent(id)}/`, profiles).href, textContent: name });
      const item = document.createElement("li");
      item.append(link, ` (${id})`);
      return item;
    }));
    box.hidden = false;
  }, (error) => console.warn("Mentoring Hub: the mentors could not be read for suggestions:", error));

  /** Return the id part of a missing profile address under the directory, or "" for any other address. */
  function wantedProfile(path, directory) {
    if (!path.startsWith(directory)) return "";
    const rest = decodeURIComponent(path.slice(directory.length)).replace(/\/(index\.html)?$/, "");
    return /^[^/]+$/.test(rest) && rest !== "page" ? rest.toLowerCase() : "";
  }

  /** Return up to three {id, name}, nearest first: ids within a few edits of `typed`, or containing it. */
  function nearestIds(typed, ids, names) {
    const limit = Math.max(2, Math.floor(typed.length / 3));
    const scored = [];
    ids.forEach((id, number) => {
      const distance = id.includes(typed) || typed.includes(id) ? 0.5 : editDistance(typed, id, limit);
      if (distance <= limit) scored.push({ id, name: names[number], distance });
    });
    return scored.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1)).slice(0, 3);
  }

  /** Levenshtein distance of a and b, or limit + 1 as soon as it must be over limit. */
  function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      let best = i;
      for (let k = 1; k <= b.length; k++) {
        current[k] = Math.min(previous[k] + 1, current[k - 1] + 1, previous[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1));
        best = Math.min(best, current[k]);
      }
      if (best > limit) return limit + 1;
      previous = current;
    }
    return previous[b.length];
  }
})();
