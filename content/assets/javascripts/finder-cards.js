/* Mentoring Hub: the cards of the directory's result at /mentors/ (finder.js decides the result).

   The cards of the result are drawn a page at a time (the index's page size, as many as a directory
   page holds, with "Show more" and "Show all") from the page's <template id="mentor-card">,
   filled with textContent and attributes only, from the prepared filter index (finder-index.js).
   A card once drawn is kept and reused, and so are the cards the page came with. With expertise
   ticked, each card on display lists the skills that match first, marked, then its others up to the
   card's number of tags (the index's card_tags), the build's cards too. Chromium's work
   after a change grows with the number of cards in the document, so only the cards on display are
   in it. */
(() => {
  "use strict";

  const hub = (self.MentoringHub = self.MentoringHub || {});

  /** Return the #fragment a profile link hands to the profile's request box (mentor-request.js):
      ask= the topics (expertise tags), then each of `picked` ({lang: ["it"], program: [...]}) the
      visitor chose; "" for none. */
  hub.requestHandOff = (topics, picked = {}) => Object.entries({ ask: topics, ...picked })
    .filter(([, values]) => values.length)
    .map(([name, values]) => `${name}=${values.map(encodeURIComponent).join(",")}`).join("&");

  /** 5000 -> "5,000", as the build writes counts (Intl.NumberFormat costs a phone tens of ms to set up). */
  hub.groupDigits = (number) => String(number).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

  /** The cards on display in `list`: the first `limit` of the result, a page more at a time.
      `show(null)` shows the first of all mentors; `show(numbers, wanted, picked)` those of a result, with
      the expertise `wanted` (a flag per expertise code, or null) first on each card, and the
      languages and programmes ticked (`picked`, {lang: [...], program: [...]}) handed to the profiles. */
  hub.finderPages = (index, list, base) => {
    const digits = hub.groupDigits;
    const box = document.getElementById("mentor-pager");
    const text = document.getElementById("mentor-pager-text");
    const more = document.getElementById("mentor-more");
    const all = document.getElementById("mentor-all");
    const draw = cardDrawer(index, base);
    const listTags = tagLister(index, list.children);
    const drawn = new Map([...list.children].map((card) => [card.dataset.id, card]));
    const PAGE = index.pageSize; // cards per step
    let result = null;
    let wanted = null;
    let wantedKey = "";
    let picked = {};
    let limit = PAGE;

    const cardOf = (number) => {
      const id = hub.textAt(index.ids, number);
      let card = drawn.get(id);
      if (!card) drawn.set(id, (card = draw(number, id)));
      listTags(card, number, wanted, wantedKey, picked);
      return card;
    };

    function render() {
      const size = result ? result.length : index.mentors;
      const end = Math.min(size, limit);
      const cards = new Array(end);
      for (let k = 0; k < end; k++) cards[k] = cardOf(result ? result[k] : k);
      const current = list.children;
      if (current.length !== end || cards.some((card, k) => current[k] !== card)) list.replaceChildren(...cards);
      const left = size - end;
      box.hidden = left === 0;
      text.textContent = `Showing ${digits(end)} of ${digits(size)}.`;
      more.textContent = `Show ${digits(Math.min(PAGE, left))} more`;
      all.textContent = `Show all ${digits(size)}`;
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
      show(numbers, expertise = null, chosen = {}) {
        result = numbers;
        wanted = expertise;
        picked = chosen;
        wantedKey = `${expertise ? [...expertise.keys()].filter((code) => expertise[code]).join(",") : ""}/${JSON.stringify(chosen)}`;
        limit = PAGE;
        render();
      },
    };
  };

  /** Return a function that lists mentor `number`'s expertise on `card` for the expertise `wanted`
      (a flag per code, or null; `key` names it): the matching skills first, each marked (a class,
      and "matches your filter" for screen readers), then the mentor's others in their order, up to
      the card's number of tags. The card's link hands the matching skills and the languages ticked to
      the profile's request (#ask=python,sql&lang=it, as the match helper does; a #fragment is never
      sent to a server). A card already listed for the same `key` is left alone; the build's cards
      (`built`) come listed for no filter ("/{}"). */
  function tagLister(index, built) {
    const { start, codes, labels, values } = index.facets.expertise;
    const listedFor = new WeakMap([...built].map((card) => [card, "/{}"]));
    const tag = (code, matches) => {
      const item = document.createElement("li");
      item.textContent = labels[code];
      if (matches) {
        item.className = "hub-tag--match";
        item.append(Object.assign(document.createElement("span"), { className: "hub-sr-only", textContent: " (matches your filter)" }));
      }
      return item;
    };
    return (card, number, wanted, key, picked) => {
      if (listedFor.get(card) === key) return;
      listedFor.set(card, key);
      const matching = [];
      const others = [];
      for (let k = start[number]; k < start[number + 1]; k++) (wanted && wanted[codes[k]] ? matching : others).push(codes[k]);
      const shown = [...matching.map((code) => tag(code, true)),
        ...others.slice(0, Math.max(index.cardTags - matching.length, 0)).map((code) => tag(code, false))];
      card.querySelector("ul.hub-tags").replaceChildren(...shown);
      const link = card.querySelector(".hub-card__name a");
      const address = new URL(link.href);
      address.hash = hub.requestHandOff(matching.map((code) => values[code]), picked);
      link.href = address.href;
    };
  }

  /** Return a function that makes mentor `number`'s card from the index and the card template;
      links and photos are relative to `base`, the directory's address. */
  function cardDrawer(index, base) {
    const template = document.getElementById("mentor-card").content.firstElementChild;
    const { cards, facets } = index;
    const text = (column, number) => hub.textAt(cards[column], number);
    const labels = (name, number) => {
      const { start, codes, labels: names } = facets[name];
      const found = [];
      for (let k = start[number]; k < start[number + 1]; k++) found.push(names[codes[k]]);
      return found;
    };
    const fill = (card, selector, value) => { card.querySelector(selector).textContent = value; };

    return (number, id) => {
      const card = template.cloneNode(true);
      card.dataset.id = id;
      const photo = card.querySelector("[data-photo]");
      const initials = card.querySelector("[data-initials]");
      const file = text("photos", number);
      if (file) {
        photo.src = new URL(`photos/${file}`, base).href;
        initials.remove();
      } else {
        initials.textContent = text("initials", number);
        initials.classList.add(`hub-avatar--c${cards.colours[number]}`);
        photo.remove();
      }
      const link = card.querySelector("[data-name]");
      link.href = new URL(`${encodeURIComponent(id)}/`, base).href;
      link.textContent = text("names", number);
      const pronouns = card.querySelector("[data-pronouns]");
      const said = text("pronouns", number);
      if (said) pronouns.textContent = `(${said})`;
      else { pronouns.previousSibling.remove(); pronouns.remove(); }
      fill(card, "[data-role]", `${text("titles", number)} · ${labels("department", number)[0]}`);
      const location = text("locations", number);
      const place = location ? `${location} · ` : "";
      const offset = cards.offsets.values[cards.offsets.rows[number]];
      fill(card, "[data-place]", `${place}${offset} · ${labels("languages", number).join(", ")}`);
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
})();
