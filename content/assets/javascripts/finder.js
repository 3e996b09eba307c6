/* Mentoring Hub: the directory's filters at /mentors/.

   The selection lives in the URL query: one parameter per facet, named after the card field and
   repeated for OR (?expertise=python&expertise=sql&languages=it&accepting=true), and `search` for
   words in the name, title and bio (not `q`: Material opens its site search for ?q=).
   Values are OR-ed within a facet and AND-ed across facets.
   Each value shows how many mentors the result would have with it added; a selected value shows
   how many mentors match the other facets and have it.

   The page carries the first page of cards (the rest are on /mentors/page/N/ for browsing without
   scripts). This script reads the compact index finder.py and directory.py write, filters and
   counts from it, and draws the cards of the result a page at a time (the index's page_size, as
   many as a directory page holds, with "Show more" and "Show all") from the page's
   <template id="mentor-card">, filling it with textContent and attributes only. A card once drawn is kept and reused, and so are the cards the page came with.
   Chromium's work after a change grows with the number of cards in the document, so only the
   cards on display are in it. */
(() => {
  "use strict";

  const form = document.getElementById("mentor-filters");
  const list = document.getElementById("mentor-list");
  if (!form || !list || !window.MentoringHub || !window.MentoringHub.queryStems) return;

  const digits = new Intl.NumberFormat("en-GB"); // 5,000
  const { queryStems } = window.MentoringHub;

  /* The page's parts. */
  const search = form.elements.namedItem("search");
  const count = document.getElementById("mentor-count");
  const chips = document.getElementById("mentor-chips");
  const chipTemplate = document.getElementById("mentor-chip");
  const clear = document.getElementById("mentor-clear");
  const notice = document.getElementById("mentor-notice");
  const toggle = form.querySelector(".hub-filters__toggle");
  const selectedTotal = form.querySelector("[data-selected-total]");
  const pagesNav = document.getElementById("mentor-pages");

  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    form.classList.toggle("is-open", open);
  });

  window.MentoringHub.loadIndex(form.dataset.index).then(start, (error) => {
    count.textContent = "The filters could not be loaded. The pages below list every mentor.";
    form.inert = true;
    form.classList.add("is-unavailable");
    console.warn("Mentoring Hub filters:", error);
  });

  function start(index) {
    const mentors = index.ids.length;
    const pager = pages(index);
    if (pagesNav) pagesNav.hidden = true;
    const facets = Object.entries(index.facets).map(([name, column], number) => facet(name, column, number, mentors));
    const byName = new Map(facets.map((f) => [f.name, f]));
    const inFormOrder = [byName.get("accepting"), ...facets.filter((f) => f.name !== "accepting")];
    const text = wordIndex(index.words, mentors);
    const fails = new Uint8Array(mentors);
    const failedAt = new Int16Array(mentors);
    let typing = false;
    let announceTimer = 0;

    /** Filter the cards and recount every value from the form's current state. */
    function apply({ quiet = false } = {}) {
      const stems = queryStems(search.value);
      const active = facets.filter((f) => f.selectedCount > 0);
      fails.fill(0);
      for (const f of active) {
        const { start: from, codes, selected } = f;
        for (let i = 0; i < mentors; i++) {
          let match = false;
          for (let k = from[i]; k < from[i + 1]; k++) if (selected[codes[k]]) { match = true; break; }
          if (!match) { fails[i]++; failedAt[i] = f.number; }
        }
      }
      if (stems.length) {
        const hits = text.hits(stems);
        for (let i = 0; i < mentors; i++) if (hits[i] !== stems.length) { fails[i]++; failedAt[i] = -1; }
      }
      const matching = [];
      for (const f of facets) { f.zero.fill(0); f.one.fill(0); }
      for (let i = 0; i < mentors; i++) {
        if (fails[i] === 0) {
          matching.push(i);
          for (const f of facets) for (let k = f.start[i]; k < f.start[i + 1]; k++) f.zero[f.codes[k]]++;
        } else if (fails[i] === 1 && failedAt[i] >= 0) {
          const f = facets[failedAt[i]];
          for (let k = f.start[i]; k < f.start[i + 1]; k++) f.one[f.codes[k]]++;
        }
      }
      // Writes only from here on, and only where something changed: no layout is read.
      const filtering = stems.length > 0 || active.length > 0;
      const result = matching.length;
      pager.show(filtering ? matching : null);
      for (const f of facets) f.showCounts(result);
      showChips(filtering);
      const message = !filtering ? `All ${digits.format(mentors)} mentors`
        : result === 0 ? "No mentor matches these filters. Remove one, or clear them all."
        : `${digits.format(result)} of ${digits.format(mentors)} mentors ${result === 1 ? "matches" : "match"}`;
      clearTimeout(announceTimer);
      if (quiet) announceTimer = setTimeout(() => { count.textContent = message; }, 500);
      else count.textContent = message;
    }

    function showChips(filtering) {
      const items = [];
      const typed = search.value.trim();
      if (typed) items.push([`Search: “${typed}”`, () => { search.value = ""; }]);
      for (const f of inFormOrder) {
        for (let code = 0; code < f.values.length; code++) {
          if (f.selected[code]) items.push([f.chipLabel(code), () => { f.inputs[code].checked = false; }]);
        }
      }
      const selected = items.length - (typed ? 1 : 0) - (byName.get("accepting").selectedCount ? 1 : 0);
      selectedTotal.textContent = selected ? ` (${selected})` : "";
      chips.replaceChildren(...items.map(([label, remove], position) => {
        const chip = chipTemplate.content.firstElementChild.cloneNode(true);
        chip.querySelector(".hub-chip__text").textContent = label;
        chip.querySelector("button").addEventListener("click", () => {
          remove();
          readSelection();
          commit(true);
          // Keep the keyboard where it was: on the chip that took this one's place, or the search box.
          const buttons = chips.querySelectorAll("button");
          (buttons[Math.min(position, buttons.length - 1)] || search).focus();
        });
        return chip;
      }));
      chips.hidden = !filtering;
      clear.hidden = !filtering;
    }

    function readSelection() {
      for (const f of facets) f.readInputs();
    }

    /** Set the form from the URL query; return what it holds that no control matches. */
    function fromUrl() {
      const params = new URLSearchParams(location.search);
      const ignored = [];
      for (const f of facets) for (const input of f.inputs) if (input) input.checked = false;
      search.value = params.getAll("search").join(" ");
      for (const [name, raw] of params) {
        if (name === "search") continue;
        const f = byName.get(name);
        // A '+' typed into an address reads as a space: utc+3..+6 arrives as "utc 3.. 6".
        const value = name === "timezone" ? raw.replace(/ /g, "+") : raw;
        const code = f ? f.codeOf.get(value) : undefined;
        if (!f) ignored.push(`${name}=${raw} (not a filter here)`);
        else if (code === undefined || !f.inputs[code]) ignored.push(`${name}=${raw} (no mentor's card has it)`);
        else f.inputs[code].checked = true;
      }
      readSelection();
      for (const f of facets) if (f.selectedCount && f.details) f.details.open = true;
      return ignored;
    }

    /** The query a GET submission of the form would send, without an empty search box. */
    function toQuery() {
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        if (name !== "search") params.append(name, value);
        else if (value.trim()) params.append(name, value.trim());
      }
      const query = params.toString();
      return query ? `?${query}` : "";
    }

    function commit(push, quiet = false) {
      apply({ quiet });
      const query = toQuery();
      if (query === location.search) return;
      const url = `${location.pathname}${query}${location.hash}`;
      if (push) history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    }

    function showIgnored(ignored) {
      notice.hidden = ignored.length === 0;
      notice.textContent = ignored.length ? `Ignored from the link: ${ignored.join("; ")}.` : "";
    }

    form.addEventListener("change", (event) => {
      if (event.target === search) { typing = false; return; }
      typing = false;
      readSelection();
      commit(true);
    });
    search.addEventListener("input", () => {
      // The first keystroke of a search makes a history entry; the rest update it.
      commit(!typing, true);
      typing = true;
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      typing = false;
      readSelection();
      commit(true);
    });
    clear.addEventListener("click", () => {
      for (const f of facets) for (const input of f.inputs) if (input) input.checked = false;
      search.value = "";
      readSelection();
      commit(true);
      search.focus();
    });
    window.addEventListener("popstate", () => {
      typing = false;
      showIgnored(fromUrl());
      apply();
    });

    const ignored = fromUrl();
    showIgnored(ignored);
    if (ignored.length) history.replaceState(null, "", `${location.pathname}${toQuery()}${location.hash}`);
    apply();
    form.classList.add("is-ready");
  }

  /** The cards on display: the first `limit` of the result, PAGE more at a time.
      `show(null)` shows the first of all mentors; `show(numbers)` those of a result. */
  function pages(index) {
    const box = document.getElementById("mentor-pager");
    const text = document.getElementById("mentor-pager-text");
    const more = document.getElementById("mentor-more");
    const all = document.getElementById("mentor-all");
    const draw = cardDrawer(index);
    const drawn = new Map([...list.children].map((card) => [card.dataset.id, card]));
    const mentors = index.ids.length;
    const PAGE = index.page_size; // cards per step
    let result = null;
    let limit = PAGE;

    const cardOf = (number) => {
      const id = index.ids[number];
      let card = drawn.get(id);
      if (!card) drawn.set(id, (card = draw(number)));
      return card;
    };

    function render() {
      const size = result ? result.length : mentors;
      const end = Math.min(size, limit);
      const cards = new Array(end);
      for (let k = 0; k < end; k++) cards[k] = cardOf(result ? result[k] : k);
      const current = list.children;
      if (current.length !== end || cards.some((card, k) => current[k] !== card)) list.replaceChildren(...cards);
      const left = size - end;
      box.hidden = left === 0;
      text.textContent = `Showing ${digits.format(end)} of ${digits.format(size)}.`;
      more.textContent = `Show ${digits.format(Math.min(PAGE, left))} more`;
      all.textContent = `Show all ${digits.format(size)}`;
      all.hidden = left <= PAGE;
    }

    function grow(to) {
      const from = list.children.length;
      limit = to;
      render();
      const link = list.children[from] && list.children[from].querySelector("a");
      if (link) link.focus();
    }
    more.addEventListener("click", () => grow(limit + PAGE));
    all.addEventListener("click", () => grow(Infinity));

    return {
      show(numbers) { result = numbers; limit = PAGE; render(); },
    };
  }

  /** Return a function that makes mentor `number`'s card from the index and the card template. */
  function cardDrawer(index) {
    const template = document.getElementById("mentor-card").content.firstElementChild;
    const base = new URL(form.dataset.index, document.baseURI); // beside the profiles: mentors/
    const { cards, facets } = index;
    const codes = (column, number) => {
      const row = column.rows[number];
      return Array.isArray(row) ? row : row < 0 ? [] : [row];
    };
    const labels = (name, number) => codes(facets[name], number).map((code) => facets[name].labels[code]);
    const fill = (card, selector, value) => { card.querySelector(selector).textContent = value; };

    return (number) => {
      const card = template.cloneNode(true);
      const id = index.ids[number];
      card.dataset.id = id;
      const photo = card.querySelector("[data-photo]");
      const initials = card.querySelector("[data-initials]");
      if (cards.photos[number]) {
        photo.src = new URL(`photos/${cards.photos[number]}`, base).href;
        initials.remove();
      } else {
        initials.textContent = cards.initials[number];
        initials.classList.add(`hub-avatar--c${cards.colours[number]}`);
        photo.remove();
      }
      const link = card.querySelector("[data-name]");
      link.href = new URL(`${encodeURIComponent(id)}/`, base).href;
      link.textContent = cards.names[number];
      const pronouns = card.querySelector("[data-pronouns]");
      if (cards.pronouns[number]) pronouns.textContent = `(${cards.pronouns[number]})`;
      else { pronouns.previousSibling.remove(); pronouns.remove(); }
      fill(card, "[data-role]", `${cards.titles[number]} · ${labels("department", number)[0]}`);
      const place = cards.locations[number] ? `${cards.locations[number]} · ` : "";
      const offset = cards.offsets.values[cards.offsets.rows[number]];
      fill(card, "[data-place]", `${place}${offset} · ${labels("languages", number).join(", ")}`);
      card.querySelector("[data-tags]").append(...cards.tags[number].map((code) => {
        const item = document.createElement("li");
        item.textContent = facets.expertise.labels[code];
        return item;
      }));
      fill(card, "[data-formats]", labels("formats", number).join(", "));
      const state = cards.availability.rows[number];
      const status = card.querySelector("[data-status]");
      status.classList.add(`hub-status--${cards.availability.values[state]}`);
      fill(card, "[data-status-label]", cards.availability.labels[state]);
      const free = card.querySelector("[data-free]");
      if (cards.availability.values[state] === "accepting") free.textContent = `· ${cards.free[number]} free`;
      else { free.previousSibling.remove(); free.remove(); }
      return card;
    };
  }

  /** One facet: its values, each mentor's codes (flattened), its checkboxes and counts. */
  function facet(name, column, number, mentors) {
    const values = column.values;
    const start = new Int32Array(mentors + 1);
    const flat = [];
    column.rows.forEach((row, i) => {
      if (Array.isArray(row)) flat.push(...row);
      else if (row >= 0) flat.push(row);
      start[i + 1] = flat.length;
    });
    const inputs = values.map((value) => form.querySelector(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`));
    const counters = inputs.map((input) => input && input.labels[0].querySelector("[data-count]"));
    const details = form.querySelector(`[data-facet="${CSS.escape(name)}"]`);
    const legend = details ? details.querySelector("legend").textContent.trim() : "";
    const selectedBadge = details && details.querySelector("[data-selected]");
    const shownCounts = new Int32Array(values.length).fill(-1);
    const self = {
      name, number, values, start, codes: Int32Array.from(flat), inputs, details,
      codeOf: new Map(values.map((value, code) => [value, code])),
      selected: new Uint8Array(values.length),
      selectedCount: 0,
      zero: new Int32Array(values.length),
      one: new Int32Array(values.length),
      readInputs() {
        self.selectedCount = 0;
        inputs.forEach((input, code) => {
          self.selected[code] = input && input.checked ? 1 : 0;
          self.selectedCount += self.selected[code];
        });
        if (selectedBadge) selectedBadge.textContent = self.selectedCount ? `${self.selectedCount} selected` : "";
      },
      showCounts(result) {
        for (let code = 0; code < values.length; code++) {
          const value = !self.selectedCount || self.selected[code] ? self.zero[code] : result + self.one[code];
          if (value === shownCounts[code] || !counters[code]) continue;
          shownCounts[code] = value;
          counters[code].textContent = digits.format(value);
          inputs[code].parentElement.classList.toggle("is-empty", value === 0);
        }
      },
      chipLabel(code) {
        return legend ? `${legend}: ${column.labels[code]}` : column.labels[code];
      },
    };
    return self;
  }

  /** The word index: sorted stems, each with the mentors using it (decoded when first asked for). */
  function wordIndex(index, mentors) {
    const { stems, postings } = index;
    const decoded = new Array(stems.length);
    const seen = new Int32Array(mentors);
    const hits = new Uint8Array(mentors);
    const mentorsWith = (position) => {
      if (!decoded[position]) {
        const deltas = postings[position];
        const numbers = new Int32Array(deltas.length);
        let sum = 0;
        for (let k = 0; k < deltas.length; k++) numbers[k] = sum += deltas[k];
        decoded[position] = numbers;
      }
      return decoded[position];
    };
    const firstAtLeast = (word) => {
      let low = 0;
      let high = stems.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (stems[middle] < word) low = middle + 1; else high = middle;
      }
      return low;
    };
    return {
      /** For each mentor, how many of the query stems start one of their stems. */
      hits(queryStems) {
        hits.fill(0);
        seen.fill(-1);
        queryStems.forEach((word, number) => {
          for (let position = firstAtLeast(word); position < stems.length && stems[position].startsWith(word); position++) {
            for (const mentor of mentorsWith(position)) {
              if (seen[mentor] !== number) { seen[mentor] = number; hits[mentor]++; }
            }
          }
        });
        return hits;
      },
    };
  }
})();
