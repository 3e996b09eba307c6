/* Mentoring Hub card builder: the form as a card and a card in the form.
 *
 * Values are read exactly as typed: nothing is trimmed, cut or reordered. Ticked lists keep the order
 * in which they were ticked ("strongest first"); language names, in English or in the language itself
 * ("Español"), multi-word ones included, become their two-letter codes, and a city ("Rome") becomes its
 * time zone, each shown under the field as "Reads as: ...".
 */
(function () {
  "use strict";

  /**
   * Return the functions that read and fill `form`, made from the mentor schema in `data`.
   * `mode.published` is the card being updated, if any; `changed` is called after the form is filled.
   */
  const hub = (window.MentoringHub = window.MentoringHub || {}); // hub.startsEveryWord: finder-narrow.js

  hub.cardForm = function cardForm(form, data, mode, changed) {
    const schema = data.schema;
    const chosenOrder = {}; // field path -> ticked values in the order they were ticked
    // Names compared without case or accents: "espanol", "Español" and "ESPAÑOL" all find es.
    const folded = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ");
    const codeByName = new Map();
    for (const names of [data.languageNames || {}, data.languages]) {
      for (const [code, name] of Object.entries(names)) codeByName.set(folded(name), code);
    }
    // A city, as the last part of a zone's name ("Rome", "New York"), finds the zone when only one has it.
    const zoneByCity = new Map();
    for (const zone of data.timezones) {
      const city = folded(zone.split("/").pop().replace(/_/g, " "));
      zoneByCity.set(city, zoneByCity.has(city) ? null : zone);
    }

    // --- reading the form ------------------------------------------------

    function container(path) {
      return form.querySelector(`[data-path="${CSS.escape(path)}"]`);
    }

    function inputOf(path) {
      const box = container(path);
      return box && box.querySelector("input:not([type=search]), textarea, select");
    }

    /** Return the value of one field exactly as typed, or undefined when it is left empty. */
    function readField(path, node, required) {
      const box = container(path);
      if (!box) return undefined;
      const control = box.dataset.control;
      if (control === "group") {
        const value = {};
        for (const [key, child] of Object.entries(node.properties || {})) {
          const childValue = readField(`${path}.${key}`, child, false);
          if (childValue !== undefined) value[key] = childValue;
        }
        return Object.keys(value).length ? value : undefined;
      }
      if (control === "checkboxes" || control === "tags") {
        const ticked = Array.from(box.querySelectorAll("input[type=checkbox]:checked"), (input) => input.value);
        const values = (chosenOrder[path] || []).filter((value) => ticked.includes(value));
        values.push(...ticked.filter((value) => !values.includes(value)));
        return values.length || required || (mode.published && path in mode.published) ? values : undefined;
      }
      const input = inputOf(path);
      if (control === "checkbox") return input.checked === (node.default !== false) && !(mode.published && path in mode.published) ? undefined : input.checked;
      if (control === "number") {
        // A whole number as YAML reads one; anything else stays the text typed, and is refused in the validator's words.
        if (input.value === "") return undefined;
        return /^[+-]?[0-9]+$/.test(input.value) ? Number(input.value) : input.value;
      }
      if (control === "languages") return input.value.trim() === "" ? undefined : languageCodes(input.value).map((entry) => entry.code || entry.text);
      if (control === "timezone") return input.value === "" ? undefined : zoneOf(input.value) || input.value;
      return input.value === "" ? undefined : input.value;
    }

    /** Return the card: every filled-in field, in the schema's order. */
    function readCard() {
      const card = {};
      for (const [key, node] of Object.entries(schema.properties)) {
        const value = readField(key, node, (schema.required || []).includes(key));
        if (value !== undefined) card[key] = value;
      }
      return card;
    }

    /** Return the time zone a city names ("rome" -> "Europe/Rome"), or null for a zone's own name or no single zone. */
    function zoneOf(text) {
      if (data.timezones.includes(text)) return null;
      return zoneByCity.get(folded(text.trim())) || null;
    }

    /** Split "en, Scottish Gaelic; Español" into entries {text, code}; code is missing when the text names no language. */
    function languageCodes(text) {
      const find = (words) => {
        const key = words.toLowerCase();
        if (Object.prototype.hasOwnProperty.call(data.languages, key)) return key;
        return codeByName.get(folded(words));
      };
      const entries = [];
      for (const piece of text.split(/[,;/]+/).map((part) => part.trim()).filter(Boolean)) {
        const code = find(piece);
        if (code) { entries.push({ text: piece, code }); continue; }
        // "en it" or "English Italian": several languages in one piece, when every word names one.
        const words = piece.split(/\s+/);
        const codes = words.map(find);
        if (words.length > 1 && codes.every(Boolean)) words.forEach((word, index) => entries.push({ text: word, code: codes[index] }));
        else entries.push({ text: piece });
      }
      return entries;
    }

    /** Note that a box of a ticked list was ticked or unticked, to keep the order of ticking. */
    function remember(path, input) {
      const order = (chosenOrder[path] = (chosenOrder[path] || []).filter((value) => value !== input.value));
      if (input.checked) order.push(input.value);
    }

    /** Return an id made from a name: 'Zoë O'Brien' -> 'zoe-obrien', by the steps the schema lists
        beside the id's rule ("x-made-from-name", which ids.slugify follows too). */
    function slug(text) {
      const rule = schema.properties.id;
      const steps = {
        normalize: (value, form) => value.normalize(form),
        remove: (value, pattern) => value.replace(new RegExp(pattern, "gu"), ""),
        replace: (value, pattern, by) => value.replace(new RegExp(pattern, "gu"), by),
        lowercase: (value) => value.toLowerCase(),
        cut: (value) => value.slice(0, rule.maxLength),
      };
      const made = rule["x-made-from-name"].reduce((value, [name, ...args]) => steps[name](value, ...args), text);
      return new RegExp(rule.pattern, "u").test(made) ? made : "";
    }

    /** Fill the form with a card, as if it had been typed: every field the card has, lists in the card's order. */
    function fill(card) {
      const put = (path, node, value) => {
        const box = container(path);
        if (!box || value === undefined) return;
        const control = box.dataset.control;
        if (control === "group") return Object.entries(node.properties || {}).forEach(([key, child]) => put(`${path}.${key}`, child, value[key]));
        if (control === "checkboxes" || control === "tags") {
          box.querySelectorAll("input[type=checkbox]").forEach((input) => { input.checked = value.includes(input.value); });
          chosenOrder[path] = value.slice();
          return;
        }
        const input = inputOf(path);
        if (control === "checkbox") input.checked = value === true;
        else if (control === "languages") input.value = value.join(", ");
        else input.value = String(value);
      };
      for (const [key, node] of Object.entries(schema.properties)) put(key, node, card[key]);
      changed();
    }

    // Text is written only when it changes, so that nothing is announced or redrawn for nothing.
    const write = (element, text) => { if (element.textContent !== text) element.textContent = text; };

    /** Update the small helpers beside some fields: chosen tags, resolved languages and time zone, character count. */
    function renderHelpers(card) {
      form.querySelectorAll("[data-control=tags]").forEach((box) => renderChips(box, card[box.dataset.path] || []));
      form.querySelectorAll("[data-control=languages]").forEach((box) => {
        const input = box.querySelector("input");
        const known = languageCodes(input.value).filter((entry) => entry.code).map((entry) => `${data.languages[entry.code]} (${entry.code})`);
        write(document.getElementById(`${input.id}-resolved`), known.length ? `Reads as: ${known.join(", ")}.` : "");
      });
      form.querySelectorAll("[data-control=timezone]").forEach((box) => {
        const input = box.querySelector("input");
        const zone = zoneOf(input.value);
        write(document.getElementById(`${input.id}-resolved`), zone ? `Reads as: ${zone}.` : "");
      });
      form.querySelectorAll("[data-max-length]").forEach((input) => {
        const count = document.getElementById(`${input.id}-count`);
        const limit = Number(input.dataset.maxLength);
        if (count) write(count, `${Array.from(input.value).length} / ${limit} characters${Array.from(input.value).length > limit ? ": too long" : ""}`);
      });
    }

    /** Show the ticked tags as chips, in the order ticked; each chip's button unticks its tag. */
    function renderChips(box, chosen) {
      const list = document.getElementById(`${box.id}-chosen`);
      if (list.dataset.shown === chosen.join(" ")) return;
      list.dataset.shown = chosen.join(" ");
      list.replaceChildren(...chosen.map((tag) => {
        const label = data.tags[tag] ? data.tags[tag].label : tag;
        const button = Object.assign(document.createElement("button"), { type: "button", className: "hub-builder__chip" });
        button.dataset.value = tag;
        button.setAttribute("aria-label", `Remove ${label}`);
        button.append(label, Object.assign(document.createElement("span"), { textContent: " ×", ariaHidden: "true" }));
        const item = document.createElement("li");
        item.append(button);
        return item;
      }));
    }

    /** Show the tags that match the finder's words (all of them when the list is opened), and say when none does. */
    function filterTags(search) {
      const box = search.closest("[data-control=tags]");
      const browse = document.getElementById(`${box.id}-browse`);
      const showAll = browse.getAttribute("aria-expanded") === "true";
      const words = hub.typedWords(search.value);
      let hits = 0;
      box.querySelectorAll(".hub-builder__tag").forEach((label) => {
        const hit = words.length > 0 && hub.startsEveryWord(words, label.dataset.search.split(" "));
        label.hidden = !hit && !showAll;
        if (hit) hits += 1;
      });
      box.querySelectorAll(".hub-builder__tag-group").forEach((group) => {
        group.hidden = !group.querySelector(".hub-builder__tag:not([hidden])");
      });
      document.getElementById(`${box.id}-tags`).hidden = !showAll && hits === 0;
      const none = document.getElementById(`${box.id}-no-match`);
      none.hidden = hits > 0 || words.length === 0;
      none.querySelector(".hub-builder__searched").textContent = search.value.trim();
    }

    /** Open or close the whole list of tags under a finder. */
    function browseTags(button) {
      button.setAttribute("aria-expanded", String(button.getAttribute("aria-expanded") !== "true"));
      button.textContent = button.getAttribute("aria-expanded") === "true" ? "Hide the list" : "Show all tags";
      filterTags(button.closest("[data-control=tags]").querySelector("[type=search]"));
    }

    return { container, inputOf, readCard, languageCodes, zoneOf, fill, remember, slug, renderHelpers, filterTags, browseTags };
  };
})();
