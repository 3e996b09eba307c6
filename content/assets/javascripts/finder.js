/* Mentoring Hub: the directory's filters at /mentors/.

   The selection lives in the URL query: one parameter per facet, named after the card field and
   repeated for OR (?expertise=python&expertise=sql&languages=it&accepting=true), and `search` for
   words in the name, title and bio (not `q`: Material opens its site search for ?q=).
   Values are OR-ed within a facet and AND-ed across facets.
   Each value shows how many mentors the result would have with it added; a selected value shows
   how many mentors match the other facets and have it.

   The page carries the first page of cards and the counts before any choice, as the build wrote
   them (the rest of the cards are on /mentors/page/N/ for browsing without scripts). This script
   has the compact index browser/indexes.py writes fetched, parsed and prepared in a worker
   (finder-worker.js, finder-index.js), so that the page's main thread stays free while it opens;
   then it filters and counts from it on each change (finder-words.js finds the words typed),
   finder-facets.js shows the counts and finder-cards.js draws the result's cards. */
(() => {
  "use strict";

  const form = document.getElementById("mentor-filters");
  const list = document.getElementById("mentor-list");
  if (!form || !list || !window.MentoringHub || !window.MentoringHub.queryStems) return;

  const hub = window.MentoringHub;
  const { queryStems, groupDigits: digits, agreeing } = hub;

  /* The page's parts. */
  const search = document.getElementById("hub-filter-search");
  const count = document.getElementById("mentor-count");
  const chips = document.getElementById("mentor-chips");
  const chipTemplate = document.getElementById("mentor-chip");
  const clear = document.getElementById("mentor-clear");
  const notice = document.getElementById("mentor-notice");
  const selectedTotal = form.querySelector("[data-selected-total]");
  const pagesNav = document.getElementById("mentor-pages");

  // Below 60em the facets open in a sheet (finder-sheet.js); "Show N mentors" lands on the first result.
  const sheet = hub.finderSheet(form, () => list.querySelector(".hub-card__name a") || document.getElementById("mentor-results"));
  hub.finderNarrow(form);

  // A visitor may tick a box or type before the filters are ready (on a slow phone the index takes a
  // while): what they did is kept and answered once they are, never replaced by the page's address.
  let changedEarly = false;
  const early = () => { changedEarly = true; };
  form.addEventListener("change", early);
  search.addEventListener("input", early);

  // The work on the page is split into tasks short enough not to hold up a slow phone's taps.
  loadPrepared().then((index) => nextTask().then(() => start(index)), (error) => {
    count.textContent = "The filters could not be loaded. The pages below list every mentor.";
    form.inert = true;
    form.classList.add("is-unavailable");
    console.warn("Mentoring Hub filters:", error);
  });

  /** Run `task` once the page has nothing more urgent to do (in order with other such tasks). */
  function later(task) {
    if (window.scheduler && window.scheduler.postTask) window.scheduler.postTask(task, { priority: "background" });
    else setTimeout(task, 0);
  }

  /** Return a promise that resolves in a new task, after anything more urgent. */
  function nextTask() {
    if (window.scheduler && window.scheduler.yield) return window.scheduler.yield();
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** Return a promise of the prepared filter index: from the worker over http(s), and on the page
      for a copy opened from disk (file://), where workers do not start, or where the worker fails. */
  function loadPrepared() {
    const href = new URL(form.dataset.index, document.baseURI);
    const onPage = () => hub.loadIndex(form.dataset.index).then((raw) => hub.prepareFilterIndex(raw).index);
    if (href.protocol === "file:" || !window.Worker) return onPage();
    return new Promise((resolve, reject) => {
      const worker = new Worker(new URL(form.dataset.worker, document.baseURI));
      worker.addEventListener("message", ({ data }) => {
        worker.terminate();
        if (data.error) reject(new Error(data.error));
        else resolve(data.index);
      });
      worker.addEventListener("error", (event) => {
        worker.terminate();
        reject(new Error(event.message || "the filter index worker did not start"));
      });
      worker.postMessage({ href: href.href });
    }).catch((error) => {
      console.warn("Mentoring Hub filters: reading the index on the page instead:", error);
      return onPage();
    });
  }

  /** Set the filters up from the prepared index and the address, and show their result. */
  async function start(index) {
    const finder = new Finder(index);
    finder.listen();
    await nextTask();
    form.removeEventListener("change", early);
    search.removeEventListener("input", early);
    if (changedEarly) {
      finder.readSelection();
      finder.commit(true);
    } else {
      finder.openAddress();
    }
    form.classList.add("is-ready");
  }

  /** The filters at work: the prepared index, the form's facets, and what the visitor did last. */
  class Finder {
    /** Take the cards and the counts over from the page, with the prepared index's columns. */
    constructor(index) {
      this.mentors = index.mentors;
      this.pager = hub.finderPages(index, list, new URL(form.dataset.index, document.baseURI)); // beside the profiles: mentors/
      if (pagesNav) pagesNav.hidden = true;
      this.facets = hub.finderFacets(form, index.facets);
      this.byName = new Map(this.facets.map((f) => [f.name, f]));
      this.inFormOrder = [this.byName.get("accepting"), ...this.facets.filter((f) => f.name !== "accepting")];
      this.text = hub.finderWords(index.words, this.mentors);
      this.fails = new Uint8Array(this.mentors);
      this.failedAt = new Int16Array(this.mentors);
      this.typing = false;
      this.announceTimer = 0;
      this.visits = 0; // visits to other history entries (back and forward)
    }

    /** Answer the form's changes, typing, submission, the clear button and back and forward. */
    listen() {
      form.addEventListener("change", (event) => {
        if (event.target === search || !event.target.name) { this.typing = false; return; } // typed words, or a box narrowing a list
        this.typing = false;
        this.readSelection();
        this.commit(true);
      });
      search.addEventListener("input", () => {
        // The first keystroke of a search makes a history entry; the rest update it.
        this.commit(!this.typing, true);
        this.typing = true;
      });
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        this.typing = false;
        this.readSelection();
        this.commit(true);
      });
      clear.addEventListener("click", () => this.clearAll());
      window.addEventListener("popstate", () => {
        this.visits++;
        this.typing = false;
        this.showIgnored(this.fromUrl());
        this.apply();
      });
    }

    /** Show the result of the address the page was opened at, dropping from it what no control matches. */
    openAddress() {
      const ignored = this.fromUrl();
      this.showIgnored(ignored);
      if (ignored.length) history.replaceState(null, "", `${location.pathname}${this.toQuery()}${location.hash}`);
      this.apply();
    }

    /** Filter the cards and recount every value from the form's current state. */
    apply({ quiet = false } = {}) {
      const stems = search.value.trim() ? queryStems(search.value) : [];
      const active = this.facets.filter((f) => f.selectedCount > 0);
      const filtering = stems.length > 0 || active.length > 0;
      const matching = filtering ? this.filter(active, stems) : null;
      const result = filtering ? matching.length : this.mentors;
      // Writes only from here on, and only where something changed: no layout is read.
      const expertise = this.byName.get("expertise");
      this.pager.show(matching, expertise.selectedCount ? expertise.selected : null, {
        lang: this.byName.get("languages").selectedValues(), program: this.byName.get("programs").selectedValues() });
      for (const f of this.facets) f.showCounts(filtering, result);
      this.showChips(filtering);
      sheet.count(result);
      this.announce(this.countMessage(filtering, result), quiet);
    }

    /** Return the sentence that says how many mentors the result has. */
    countMessage(filtering, result) {
      const { mentors } = this;
      return !filtering ? `All ${digits(mentors)} ${agreeing(mentors, "mentor")}`
        : result === 0 ? "No mentor matches these filters. Remove one, or clear them all."
        : `${digits(result)} of ${digits(mentors)} ${agreeing(mentors, "mentor")} ${agreeing(result, "matches")}`;
    }

    /** Write `message` into the count: at once, or half a second after the last keystroke when `quiet`. */
    announce(message, quiet) {
      clearTimeout(this.announceTimer);
      if (quiet) this.announceTimer = setTimeout(() => { count.textContent = message; }, 500);
      else count.textContent = message;
    }

    /** Return [label, remove] for each chip: the words searched for, then each selected value in the form's order. */
    chipItems() {
      const items = [];
      const typed = search.value.trim();
      if (typed) items.push([`Search: “${typed}”`, () => { search.value = ""; }]);
      for (const f of this.inFormOrder) {
        for (let code = 0; code < f.values.length; code++) {
          if (f.selected[code]) items.push([f.chipLabel(code), () => { f.inputs[code].checked = false; }]);
        }
      }
      return items;
    }

    /** Show a removable chip for each choice, the number of selected values, and the clear button. */
    showChips(filtering) {
      const items = this.chipItems();
      const typed = search.value.trim();
      const selected = items.length - (typed ? 1 : 0) - (this.byName.get("accepting").selectedCount ? 1 : 0);
      selectedTotal.textContent = selected ? ` (${selected})` : "";
      chips.replaceChildren(...items.map(([label, remove], position) => this.chip(label, remove, position)));
      chips.hidden = !filtering;
      clear.hidden = !filtering;
    }

    /** Return one chip whose button takes its choice away and keeps the keyboard in the chips. */
    chip(label, remove, position) {
      const chip = chipTemplate.content.firstElementChild.cloneNode(true);
      chip.querySelector(".hub-chip__text").textContent = label;
      chip.querySelector("button").addEventListener("click", () => {
        remove();
        this.readSelection();
        this.commit(true);
        // Keep the keyboard where it was: on the chip that took this one's place, or the search box.
        const buttons = chips.querySelectorAll("button");
        (buttons[Math.min(position, buttons.length - 1)] || search).focus();
      });
      return chip;
    }

    /** Untick every box, empty the search box, and show every mentor. */
    clearAll() {
      this.untickAll();
      search.value = "";
      this.readSelection();
      this.commit(true);
      search.focus();
    }

    /** Untick every box of every facet. */
    untickAll() {
      for (const f of this.facets) for (const input of f.inputs) if (input) input.checked = false;
    }

    /** Read each facet's selection from its checkboxes. */
    readSelection() {
      for (const f of this.facets) f.readInputs();
    }

    /** Return the numbers of the mentors that pass every active facet and have every stem, and
        count each value among them (zero) and among those that fail only its facet (one). */
    filter(active, stems) {
      this.markFailures(active, stems);
      const { mentors, fails } = this;
      const matching = [];
      for (let i = 0; i < mentors; i++) if (fails[i] === 0) matching.push(i);
      this.countValues();
      return matching;
    }

    /** Count, for each mentor, the active facets and the search it fails, and note the last one failed. */
    markFailures(active, stems) {
      const { mentors, fails, failedAt } = this;
      fails.fill(0);
      for (const { start: from, codes, selected, number } of active) {
        for (let i = 0; i < mentors; i++) {
          let k = from[i];
          const end = from[i + 1];
          while (k < end && !selected[codes[k]]) k++;
          if (k === end) { fails[i]++; failedAt[i] = number; }
        }
      }
      if (stems.length) {
        const hits = this.text.hits(stems);
        for (let i = 0; i < mentors; i++) if (hits[i] !== stems.length) { fails[i]++; failedAt[i] = -1; }
      }
    }

    /** Count each value among the result's mentors (zero) and among those that miss only its facet (one). */
    countValues() {
      const { mentors, fails, failedAt } = this;
      // A facet at a time, each a tight loop over the mentors.
      for (const { start: from, codes, zero, one, number } of this.facets) {
        zero.fill(0);
        one.fill(0);
        for (let i = 0; i < mentors; i++) {
          if (fails[i] === 0) for (let k = from[i]; k < from[i + 1]; k++) zero[codes[k]]++;
          else if (fails[i] === 1 && failedAt[i] === number) for (let k = from[i]; k < from[i + 1]; k++) one[codes[k]]++;
        }
      }
    }

    /** Set the form from the URL query; return what it holds that no control matches. */
    fromUrl() {
      const params = new URLSearchParams(location.search);
      const ignored = [];
      this.untickAll();
      search.value = params.getAll("search").join(" ");
      for (const [name, raw] of params) {
        if (name === "search") continue;
        const f = this.byName.get(name);
        // A '+' typed into an address reads as a space: utc+3..+6 arrives as "utc 3.. 6".
        const value = name === "timezone" ? raw.replace(/ /g, "+") : raw;
        const code = f ? f.codeOf.get(value) : undefined;
        if (!f) ignored.push(`${name}=${raw} (not a filter here)`);
        else if (code === undefined || !f.inputs[code]) ignored.push(`${name}=${raw} (no mentor's card has it)`);
        else f.inputs[code].checked = true;
      }
      this.readSelection();
      for (const f of this.facets) if (f.selectedCount && f.details) f.details.open = true;
      return ignored;
    }

    /** Return the query a GET submission of the form would send, without an empty search box. */
    toQuery() {
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        if (name !== "search") params.append(name, value);
        else if (value.trim()) params.append(name, value.trim());
      }
      const query = params.toString();
      return query ? `?${query}` : "";
    }

    /** Show the result of the form's state, and write the state into the address (a new history
        entry with `push`) just after the frame that shows it: Chromium takes from under a
        millisecond to tens of them to record a history entry, and the result comes first. */
    commit(push, quiet = false) {
      const query = this.toQuery();
      const written = this.visits; // a visit to another entry meanwhile makes this write stale
      later(() => {
        if (written !== this.visits || query === location.search) return;
        const url = `${location.pathname}${query}${location.hash}`;
        if (push) history.pushState(null, "", url);
        else history.replaceState(null, "", url);
      });
      this.apply({ quiet });
    }

    /** Say which parts of the address were ignored, or hide the notice when none were. */
    showIgnored(ignored) {
      notice.hidden = ignored.length === 0;
      notice.textContent = ignored.length ? `Ignored from the link: ${ignored.join("; ")}.` : "";
    }
  }
})();
