/* Mentoring Hub card builder: the form as a card and a card in the form.
 *
 * Values are read exactly as typed: nothing is trimmed, cut or reordered. Ticked lists keep the order
 * in which they were ticked ("strongest first"), and language names, multi-word ones included, become
 * their ISO 639-1 codes.
 */
(function () {
  "use strict";

  /**
   * Return the functions that read and fill `form`, made from the mentor schema in `data`.
   * `mode.published` is the card being updated, if any; `changed` is called after the form is filled.
   */
  (window.MentoringHub = window.MentoringHub || {}).cardForm = function cardForm(form, data, mode, changed) {
    const schema = data.schema;
    const chosenOrder = {}; // field path -> ticked values in the order they were ticked

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

    /** Split "en, Scottish Gaelic; it" into entries {text, code}; code is missing when the text names no language. */
    function languageCodes(text) {
      const byName = new Map(Object.entries(data.languages).map(([code, name]) => [name.toLowerCase(), code]));
      const find = (words) => {
        const key = words.toLowerCase();
        if (Object.prototype.hasOwnProperty.call(data.languages, key)) return key;
        return byName.get(key) || byName.get(key.replace(/\s+/g, " "));
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

    /** Update the small helpers beside some fields: chosen order, resolved languages, character count. */
    function renderHelpers(card) {
      form.querySelectorAll("[data-control=tags]").forEach((box) => {
        const chosen = card[box.dataset.path] || [];
        const order = document.getElementById(`${box.id}-order`);
        order.textContent = chosen.length
          ? `On your card, in this order: ${chosen.map((tag) => (data.tags[tag] ? data.tags[tag].label : tag)).join(", ")}.`
          : "";
      });
      form.querySelectorAll("[data-control=languages]").forEach((box) => {
        const input = box.querySelector("input");
        const known = languageCodes(input.value).filter((entry) => entry.code).map((entry) => `${data.languages[entry.code]} (${entry.code})`);
        document.getElementById(`${input.id}-resolved`).textContent = known.length ? `Reads as: ${known.join(", ")}.` : "";
      });
      form.querySelectorAll("[data-max-length]").forEach((input) => {
        const count = document.getElementById(`${input.id}-count`);
        const limit = Number(input.dataset.maxLength);
        if (count) count.textContent = `${Array.from(input.value).length} / ${limit} characters${Array.from(input.value).length > limit ? ": too long" : ""}`;
      });
    }

    function filterTags(search) {
      const box = search.closest("[data-control=tags]");
      const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      let hits = 0;
      box.querySelectorAll(".hub-builder__tag").forEach((label) => {
        const hit = words.every((word) => label.dataset.search.split(" ").some((term) => term.startsWith(word)));
        label.hidden = !hit && !label.querySelector("input").checked;
        if (hit) hits += 1;
      });
      box.querySelectorAll(".hub-builder__tag-group").forEach((group) => {
        group.hidden = !group.querySelector(".hub-builder__tag:not([hidden])");
      });
      const none = document.getElementById(`${box.id}-no-match`);
      none.hidden = hits > 0;
      none.querySelector(".hub-builder__searched").textContent = search.value.trim();
    }

    return { container, inputOf, readCard, languageCodes, fill, remember, slug, renderHelpers, filterTags };
  };
})();
