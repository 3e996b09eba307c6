/* Mentoring Hub: the header's site search (overrides/partials/search.html) over Pagefind's index,
   which the build writes to pagefind/ (mentoring.site.build.search_index). Pagefind loads on the
   box's first focus or keystroke, and each query fetches only the index chunks it needs.

   Pagefind keeps one index per page language (Italian guides are stemmed as Italian) and searches
   the page's own; the others are merged in, so every page's search finds every page. */
(() => {
  "use strict";

  const box = document.querySelector(".hub-search");
  if (!box) return;
  const input = box.querySelector(".hub-search__input");
  const panel = box.querySelector(".hub-search__panel");
  const status = box.querySelector("[role=status]");
  const list = box.querySelector("[role=listbox]");
  const bundle = new URL("../../pagefind/", document.currentScript.src).href;
  const SHOWN = 8; // results drawn for a query
  const words = box.dataset; // none, one, other ("# ..."), failed, disk: in the page's language (search.html)

  let engine = null; // the Pagefind module once asked for, with every language's index merged in
  let asked = 0; // the latest query's number: an older query's answer is dropped
  let active = -1; // the result the arrows are on
  let running = false; // a query is being answered
  let again = false; // and the box changed meanwhile
  let drawn = ""; // the query whose results are shown

  /** Return the Pagefind module, loading it and merging the other languages' indexes on first use. */
  const pagefind = () => engine ??= import(`${bundle}pagefind.js`).then(async (module) => {
    await module.options({ excerptLength: 20 });
    const entry = await (await fetch(`${bundle}pagefind-entry.json`)).json();
    const own = (document.documentElement.lang || "unknown").toLowerCase();
    // A full address, as for another site's index, so Pagefind merges the same bundle's other
    // language; its results' links are made from the site's root path, as the page's own are.
    const baseUrl = new URL("..", bundle).pathname;
    await Promise.all(Object.keys(entry.languages).filter((language) => language !== own)
      .map((language) => module.mergeIndex(bundle, { language, baseUrl })));
    return module;
  }).catch((error) => {
    engine = null; // the next query tries again
    throw error;
  });

  const open = () => {
    panel.classList.remove("hub-search__panel--closed");
    panel.tabIndex = 0; // a keyboard can scroll long results too
    input.setAttribute("aria-expanded", String(list.children.length > 0));
  };
  const close = () => {
    asked += 1;
    drawn = "";
    list.replaceChildren();
    delete list.dataset.query;
    status.textContent = "";
    choose(-1);
    panel.classList.add("hub-search__panel--closed");
    panel.removeAttribute("tabindex");
    input.setAttribute("aria-expanded", "false");
  };
  const say = (text) => {
    status.textContent = text;
    open();
  };

  /** Search for what the box holds. Keystrokes that come while a query runs are answered by one
      more query once it is done: no query for every letter typed, no waiting on a timer. */
  async function search() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await searchOnce();
      } while (again);
    } finally {
      running = false;
    }
  }

  /** Search for what the box holds now and draw the results, unless newer typing or a close came first. */
  async function searchOnce() {
    if (!input.value.trim()) return close();
    const number = ++asked;
    try {
      const module = await pagefind();
      const query = input.value.trim(); // read once Pagefind is there: what was typed while it loaded counts
      if (number !== asked || !query || query === drawn) return;
      const found = await module.search(query);
      if (number !== asked || again) return; // outdated: fetch no page for it
      const pages = await Promise.all(found.results.slice(0, SHOWN).map((result) => result.data()));
      if (number !== asked) return;
      draw(pages);
      drawn = query;
      list.dataset.query = query; // what the results answer
      const count = found.results.length;
      say(count === 0 ? words.none : (count === 1 ? words.one : words.other.replace("#", count.toLocaleString("en"))));
    } catch (error) {
      console.warn("Mentoring Hub: the search index could not be read:", error);
      if (number === asked) say(words.failed);
    }
  }

  /** Replace the result list with one option link per page: its title and a snippet. */
  function draw(pages) {
    choose(-1);
    list.replaceChildren(...pages.map((page, number) => {
      const option = Object.assign(document.createElement("a"), { href: page.url, id: `hub-search-result-${number}`, tabIndex: -1 });
      option.className = "hub-search-result__item";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      const title = Object.assign(document.createElement("span"), { className: "hub-search-result__title", textContent: page.meta.title || page.url });
      const snippet = Object.assign(document.createElement("span"), { className: "hub-search-result__snippet" });
      snippet.append(...highlighted(page.excerpt));
      option.append(title, snippet);
      return option;
    }));
  }

  /** Return the nodes of a Pagefind excerpt (escaped text with <mark> around the words found), read
      in an inert document: only text and <mark> are kept, so no markup from a page is ever drawn. */
  function highlighted(excerpt) {
    const parsed = new DOMParser().parseFromString(`<body>${excerpt || ""}</body>`, "text/html");
    return [...parsed.body.childNodes].map((node) => node.nodeName === "MARK"
      ? Object.assign(document.createElement("mark"), { textContent: node.textContent })
      : document.createTextNode(node.textContent));
  }

  /** Put the arrows' mark on the option at `number` (-1: none). */
  function choose(number) {
    const options = [...list.children];
    active = options.length ? Math.max(-1, Math.min(number, options.length - 1)) : -1;
    options.forEach((option, at) => option.setAttribute("aria-selected", String(at === active)));
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  // Pagefind starts loading when the box takes focus, while the visitor types; search() reports a failure.
  input.addEventListener("focus", () => (location.protocol === "file:" ? say(words.disk) : pagefind().catch(() => {})));
  input.addEventListener("input", () => (location.protocol === "file:" ? say(words.disk) : search()));
  input.addEventListener("keydown", (event) => {
    const count = list.children.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (panel.classList.contains("hub-search__panel--closed")) return location.protocol === "file:" ? say(words.disk) : search();
      if (count) choose(event.key === "ArrowDown" ? (active + 1) % count : (active <= 0 ? count : active) - 1);
    } else if (event.key === "Enter" && count) {
      event.preventDefault();
      list.children[Math.max(active, 0)].click();
    } else if (event.key === "Escape" && !panel.classList.contains("hub-search__panel--closed")) {
      event.preventDefault(); // keep what was typed: a second Escape clears it
      close();
    }
  });
  // A result the pointer focused: Escape closes the results and brings focus back to the box.
  panel.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    close();
    input.focus();
  });
  // The results close once focus has moved on past the search.
  box.addEventListener("focusout", (event) => {
    if (!(event.relatedTarget instanceof Node && box.contains(event.relatedTarget))) close();
  });
})();
