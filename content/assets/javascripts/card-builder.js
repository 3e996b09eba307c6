/* Mentoring Hub card builder: turns the form on /contribute/card-builder/ into a mentor card in YAML.
 *
 * The form is generated from the mentor schema at build time; the schema and the vocabularies come
 * with the page (the JSON in #card-builder-data), so this works offline. Every field is checked as
 * you type with the schema's own rules (the same ones `mentoring validate` applies), messages appear
 * next to the fields, and the YAML is written with quotes wherever YAML 1.1 would misread a value
 * (yes, no, on, off, 010, 12:30 ...). Nothing is sent anywhere: "Propose this card" is a link to the
 * repository's new-file page, pre-filled with the card, that the person follows if they choose to.
 */
(function () {
  "use strict";

  const root = document.getElementById("card-builder");
  const dataElement = document.getElementById("card-builder-data");
  if (!root || !dataElement) return;

  const data = JSON.parse(dataElement.textContent);
  const schema = data.schema;
  const form = document.getElementById("card-form");
  const output = {
    yaml: document.getElementById("card-yaml"),
    path: document.getElementById("card-path"),
    status: document.getElementById("card-status"),
    propose: document.getElementById("card-propose"),
    copy: document.getElementById("card-copy"),
    download: document.getElementById("card-download"),
    feedback: document.getElementById("card-feedback"),
  };
  const timezones = new Set(Array.from(document.querySelectorAll("#card-timezones option"), (option) => option.value));
  const taken = new Set(data.taken);
  const tagOrder = {}; // field path -> tag ids in the order they were ticked ("strongest first")
  const touched = new Set(); // fields whose messages are shown: edited, left, or asked for
  let idEdited = false;
  let lastStatus = "";

  // --- reading the form ------------------------------------------------

  function container(path) {
    return form.querySelector(`[data-path="${CSS.escape(path)}"]`);
  }

  function inputOf(path) {
    const box = container(path);
    return box && box.querySelector("input:not([type=search]), textarea, select");
  }

  /** Return the value of one field as the card will hold it, or undefined when it is left empty. */
  function readField(path, node) {
    const box = container(path);
    if (!box) return undefined;
    const control = box.dataset.control;
    if (control === "group") {
      const value = {};
      for (const [key, child] of Object.entries(node.properties || {})) {
        const childValue = readField(`${path}.${key}`, child);
        if (childValue !== undefined) value[key] = childValue;
      }
      return Object.keys(value).length ? value : undefined;
    }
    if (control === "checkboxes" || control === "tags") {
      const ticked = Array.from(box.querySelectorAll("input[type=checkbox]:checked"), (input) => input.value);
      const values = control === "tags" ? (tagOrder[path] || []).filter((tag) => ticked.includes(tag)) : ticked;
      return values;
    }
    const input = inputOf(path);
    if (control === "checkbox") return input.checked === (node.default !== false) ? undefined : input.checked;
    if (control === "number") {
      if (input.value === "" && !input.validity.badInput) return undefined;
      return input.value === "" ? NaN : Number(input.value);
    }
    if (control === "languages") return languageCodes(input.value).map((entry) => entry.code || entry.text);
    const text = control === "textarea" ? input.value.replace(/\r\n?/g, "\n").trim() : input.value.trim();
    return text === "" ? undefined : text;
  }

  /** Return the card: every filled-in field, in the schema's order. */
  function readCard() {
    const card = {};
    for (const [key, node] of Object.entries(schema.properties)) {
      let value = readField(key, node);
      if (Array.isArray(value) && value.length === 0 && !(schema.required || []).includes(key)) value = undefined;
      if (Array.isArray(value) && value.length === 0 && node.minItems) value = undefined;
      if (value !== undefined) card[key] = value;
    }
    return card;
  }

  /** Split "en, Italian" into entries {text, code}; code is missing when the text names no language. */
  function languageCodes(text) {
    return text.split(/[\s,;/]+/).filter(Boolean).map((word) => {
      const key = word.toLowerCase();
      if (Object.prototype.hasOwnProperty.call(data.languages, key)) return { text: word, code: key };
      const code = Object.keys(data.languages).find((c) => data.languages[c].toLowerCase() === key);
      return code ? { text: word, code } : { text: word };
    });
  }

  // --- checking ----------------------------------------------------------

  const sentence = (text) => text.charAt(0).toUpperCase() + text.slice(1) + (/[.?!]$/.test(text) ? "" : ".");
  const length = (text) => Array.from(text).length; // JSON Schema counts characters, not UTF-16 units

  function localToday() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  function isDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    const [year, month, day] = text.split("-").map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }

  const formats = {
    date: isDate,
    email: (text) => /^[^@\s<>"']+@[^@\s<>"']+\.[^@\s<>"']+$/.test(text),
    "iana-timezone": (text) => timezones.has(text),
    "iso-639-1": (text) => Object.prototype.hasOwnProperty.call(data.languages, text),
    "expertise-tag": (text) => Object.prototype.hasOwnProperty.call(data.tags, text),
  };

  function matches(pattern, text) {
    try {
      return new RegExp(pattern, "u").test(text);
    } catch (error) {
      return new RegExp(pattern).test(text);
    }
  }

  /** Return what is wrong with one text value under its schema node, in words, or "". */
  function checkText(value, node, what) {
    if (typeof value !== "string") return `${what} must be text`;
    if (node.minLength && length(value) < node.minLength) {
      return node.minLength === 1 ? `${what} cannot be empty` : `write at least ${node.minLength} characters (now ${length(value)})`;
    }
    if (node.maxLength && length(value) > node.maxLength) return `keep it to ${node.maxLength} characters (now ${length(value)})`;
    if (node.enum && !node.enum.includes(value)) return `choose one of: ${node.enum.join(", ")}`;
    const formatOk = !node.format || !formats[node.format] || formats[node.format](value);
    const patternOk = !node.pattern || matches(node.pattern, value);
    if (!formatOk || !patternOk) {
      if (node.format === "iso-639-1") return `'${value}' is not a language code: ${node["x-hint"] || "write a two-letter code such as 'en'"}, or a language's English name`;
      if (node.format === "iana-timezone") return `'${value}' is not a time zone name: ${node["x-hint"] || "pick one from the list"}`;
      if (node.format === "date") return node["x-hint"] || "write a date as YYYY-MM-DD";
      return node["x-hint"] || `'${value}' is not in the expected form`;
    }
    return "";
  }

  /** Return what is wrong with a field's value, in words, or "". An empty value is wrong when required. */
  function checkValue(value, node, required, title) {
    if (value === undefined) {
      if (!required) return "";
      if (node.type === "object" && node.minProperties) return missingOneOf(node);
      return MISSING;
    }
    switch (node.type) {
      case "string":
        return checkText(value, node, title);
      case "integer":
        if (typeof value !== "number" || !Number.isInteger(value)) return "write a whole number, such as 2";
        if ((node.minimum !== undefined && value < node.minimum) || (node.maximum !== undefined && value > node.maximum)) {
          return `write a number from ${node.minimum} to ${node.maximum}`;
        }
        return "";
      case "boolean":
        return typeof value === "boolean" ? "" : "choose yes or no";
      case "array": {
        if (node.minItems && value.length < node.minItems) return node.minItems === 1 ? "choose at least one" : `choose at least ${node.minItems}`;
        if (node.maxItems && value.length > node.maxItems) return `choose at most ${node.maxItems} (you have ${value.length})`;
        if (node.uniqueItems) {
          const repeated = value.find((item, index) => value.indexOf(item) !== index);
          if (repeated !== undefined) return `'${repeated}' is listed twice; keep one`;
        }
        for (const item of value) {
          const problem = checkText(item, node.items || {}, "each item");
          if (problem) return problem;
        }
        return "";
      }
      case "object":
        return node.minProperties && Object.keys(value).length < node.minProperties ? missingOneOf(node) : "";
      default:
        return "";
    }
  }

  const MISSING = "fill this in";

  function missingOneOf(node) {
    const names = Object.values(node.properties || {}).map((child) => child.title.toLowerCase());
    return `fill in at least one of: ${names.join(", ")}`;
  }

  /** Return {path: message} for every field that is missing or wrong, in form order. */
  function problemsOf(card) {
    const problems = {};
    const visit = (node, value, prefix) => {
      for (const [key, child] of Object.entries(node.properties || {})) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (!container(path)) continue;
        const message = checkValue(value[key], child, (node.required || []).includes(key), child.title);
        if (message) problems[path] = message;
        if (child.type === "object" && value[key]) visit(child, value[key], path);
      }
    };
    visit(schema, card, "");
    // Rules across fields, as the validator applies them.
    if (!problems.id && card.id && taken.has(card.id)) {
      problems.id = `there is already a card with the id '${card.id}': to change it, open its profile and choose "Edit this profile"; for a new card, choose another id`;
    }
    if (!problems.active_mentees && Number.isInteger(card.capacity) && Number.isInteger(card.active_mentees) && card.active_mentees > card.capacity) {
      problems.active_mentees = `this is more than your capacity of ${card.capacity}; raise the capacity or lower this number`;
    }
    if (!problems.last_reviewed && card.last_reviewed && card.last_reviewed > localToday()) {
      problems.last_reviewed = "this date is in the future; write today's date";
    }
    return problems;
  }

  // --- writing YAML ------------------------------------------------------

  // Words YAML 1.1 reads as true, false or nothing: written in quotes so they stay text.
  const SPECIAL_WORDS = /^(?:y|yes|n|no|true|false|on|off|null|~)$/i;
  // Text that every YAML reader takes as plain text: starts with a letter, no ':', '#', quotes, brackets or commas.
  const PLAIN = /^\p{L}[\p{L}\p{M}\p{N} ._/()'+&@-]*$/u;
  const NEEDS_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\r]/;

  function quoted(text) {
    // A JSON string is a valid YAML double-quoted scalar; escape what YAML would read as a line break or refuse.
    return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
      (char) => "\\u" + char.charCodeAt(0).toString(16).padStart(4, "0"));
  }

  function scalar(value) {
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    const text = String(value);
    return PLAIN.test(text) && !text.endsWith(" ") && !SPECIAL_WORDS.test(text) ? text : quoted(text);
  }

  function block(text, indent) {
    // A literal block keeps line breaks as written; the chomping sign keeps trailing ones exactly.
    const trailing = text.length - text.replace(/\n+$/, "").length;
    const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
    const indicator = /^[ \n]/.test(text) ? "2" : "";
    const pad = " ".repeat(indent + 2);
    const body = text.replace(/\n$/, "").split("\n").map((line) => (line ? pad + line : "")).join("\n");
    return `|${indicator}${chomp}\n${body}`;
  }

  function yamlLines(card, indent) {
    const pad = " ".repeat(indent);
    const lines = [];
    for (const [key, value] of Object.entries(card)) {
      if (Array.isArray(value)) {
        lines.push(`${pad}${key}: [${value.map(scalar).join(", ")}]`);
      } else if (value && typeof value === "object") {
        lines.push(`${pad}${key}:`, ...yamlLines(value, indent + 2));
      } else if (typeof value === "string" && value.includes("\n") && !NEEDS_ESCAPE.test(value)) {
        lines.push(`${pad}${key}: ${block(value, indent)}`);
      } else {
        lines.push(`${pad}${key}: ${scalar(value)}`);
      }
    }
    return lines;
  }

  /** Return the card as the text of a YAML file, with the line that lets editors check it. */
  function toYaml(card) {
    const safe = {};
    for (const [key, value] of Object.entries(card)) {
      if (!(typeof value === "number" && !Number.isFinite(value))) safe[key] = value;
    }
    return [data.header, ...yamlLines(safe, 0)].join("\n") + "\n";
  }

  // --- showing -----------------------------------------------------------

  function showMessage(path, message) {
    const box = container(path);
    if (!box) return;
    const field = box.matches("fieldset") ? box : box.querySelector("input, textarea, select");
    const slot = document.getElementById(`${field.id}-error`);
    const shown = touched.has(path) ? message : "";
    slot.textContent = shown ? sentence(shown) : "";
    if (!box.matches("fieldset")) {
      if (shown) field.setAttribute("aria-invalid", "true");
      else field.removeAttribute("aria-invalid");
    }
    box.classList.toggle("hub-builder__field--invalid", Boolean(shown));
  }

  function titleOf(path) {
    let node = schema;
    for (const part of path.split(".")) node = node.properties[part];
    return node.title;
  }

  function valueAt(card, path) {
    return path.split(".").reduce((value, key) => (value === undefined ? undefined : value[key]), card);
  }

  function renderStatus(problems, card) {
    const paths = allPaths().filter((path) => problems[path]);
    const key = paths.map((path) => `${path}:${problems[path]}`).join("|");
    if (key === lastStatus) return;
    lastStatus = key;
    output.status.replaceChildren();
    output.status.classList.toggle("hub-builder__status--ready", paths.length === 0);
    if (!paths.length) {
      output.status.append("Your card is complete and passes every check. Read it through once more, then propose it.");
      return;
    }
    const missing = paths.filter((path) => valueAt(card, path) === undefined);
    const wrong = paths.filter((path) => valueAt(card, path) !== undefined);
    const line = (label, list) => {
      if (!list.length) return;
      const paragraph = document.createElement("p");
      paragraph.append(label);
      list.forEach((path, index) => {
        const link = document.createElement("a");
        link.href = `#${container(path).matches("fieldset") ? container(path).id : inputOf(path).id}`;
        link.dataset.path = path;
        link.textContent = titleOf(path);
        paragraph.append(index ? ", " : " ", link);
      });
      output.status.append(paragraph);
    };
    line(`Still to fill in (${missing.length}):`, missing);
    line(`To fix (${wrong.length}):`, wrong);
  }

  let current = { card: {}, yaml: "", problems: {} };

  function update() {
    const card = readCard();
    const problems = problemsOf(card);
    const yaml = toYaml(card);
    current = { card, yaml, problems };
    for (const path of allPaths()) showMessage(path, problems[path] || "");
    renderStatus(problems, card);
    output.yaml.textContent = yaml;
    const fileName = `${card.id && !problems.id ? card.id : "your-id"}.yml`;
    output.path.textContent = `${data.folder}/${fileName}`;
    output.download.setAttribute("download", fileName);
    output.download.href = `data:text/yaml;charset=utf-8,${encodeURIComponent(yaml)}`;
    if (output.propose) {
      const ready = Object.keys(problems).length === 0;
      output.propose.href = ready
        ? `${data.newFileUrl}?filename=${encodeURIComponent(fileName)}&value=${encodeURIComponent(yaml)}`
        : "#card-status";
    }
    renderHelpers(card);
  }

  /** Return the path of every field in the form, in the order they appear on the page. */
  function allPaths() {
    return Array.from(form.querySelectorAll("[data-path]"), (box) => box.dataset.path);
  }

  /** Update the small helpers beside some fields: tag order, resolved languages, character count. */
  function renderHelpers(card) {
    form.querySelectorAll("[data-control=tags]").forEach((box) => {
      const chosen = card[box.dataset.path] || [];
      const order = document.getElementById(`${box.id}-order`);
      order.textContent = chosen.length
        ? `On your card, in this order: ${chosen.map((tag) => data.tags[tag].label).join(", ")}.`
        : "";
    });
    form.querySelectorAll("[data-control=languages]").forEach((box) => {
      const input = box.querySelector("input");
      const entries = languageCodes(input.value);
      const known = entries.filter((entry) => entry.code).map((entry) => `${data.languages[entry.code]} (${entry.code})`);
      document.getElementById(`${input.id}-resolved`).textContent = known.length ? `Reads as: ${known.join(", ")}.` : "";
    });
    form.querySelectorAll("[data-control=textarea]").forEach((box) => {
      const input = box.querySelector("textarea");
      const count = document.getElementById(`${input.id}-count`);
      if (count) count.textContent = input.maxLength > 0 ? `${length(input.value)} / ${input.maxLength} characters` : "";
    });
  }

  // --- behaviour ---------------------------------------------------------

  function pathOf(element) {
    const box = element.closest("[data-path]");
    return box && box.dataset.path;
  }

  function slug(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f'’]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 64).replace(/-+$/, "");
  }

  form.addEventListener("input", (event) => {
    const target = event.target;
    if (target.matches("[type=search]")) return filterTags(target);
    const path = pathOf(target);
    if (path === "id") idEdited = target.value.trim() !== "";
    if (path === "name" && !idEdited) inputOf("id").value = slug(target.value);
    if (target.type === "checkbox" && container(path).dataset.control === "tags") {
      const order = (tagOrder[path] = (tagOrder[path] || []).filter((tag) => tag !== target.value));
      if (target.checked) order.push(target.value);
    }
    if (path) {
      touched.add(path);
      markGroup(path);
    }
    update();
  });

  form.addEventListener("focusout", (event) => {
    const path = pathOf(event.target);
    if (path && !event.target.matches("[type=search]") && event.target.value !== "") {
      touched.add(path);
      update();
    }
  });

  // Fields inside a group (contact) also show the group's message once one of them is touched.
  function markGroup(path) {
    if (path && path.includes(".")) touched.add(path.split(".")[0]);
  }
  form.addEventListener("change", (event) => {
    const path = pathOf(event.target);
    if (path) {
      touched.add(path);
      markGroup(path);
      update();
    }
  });

  function filterTags(search) {
    const box = search.closest("[data-control=tags]");
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    box.querySelectorAll(".hub-builder__tag").forEach((label) => {
      const hit = words.every((word) => label.dataset.search.split(" ").some((term) => term.startsWith(word)));
      label.hidden = !hit && !label.querySelector("input").checked;
    });
    box.querySelectorAll(".hub-builder__tag-group").forEach((group) => {
      group.hidden = !group.querySelector(".hub-builder__tag:not([hidden])");
    });
  }

  output.status.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-path]");
    if (!link) return;
    event.preventDefault();
    revealAll();
    const target = document.getElementById(link.hash.slice(1));
    focusField(target);
  });

  function focusField(target) {
    const focusable = target.matches("fieldset") ? target.querySelector("input") : target;
    target.scrollIntoView({ block: "center" });
    focusable.focus({ preventScroll: true });
  }

  function revealAll() {
    allPaths().forEach((path) => touched.add(path));
    update();
  }

  // Proposing an unfinished card shows every message and moves to the first field that needs attention.
  function proposeUnlessUnfinished(event) {
    if (Object.keys(current.problems).length === 0) return; // the link opens the new-file page
    event.preventDefault();
    revealAll();
    const first = allPaths().find((path) => current.problems[path]);
    if (first) focusField(container(first).matches("fieldset") ? container(first) : inputOf(first));
    output.feedback.textContent = "Some fields need attention before the card can be proposed; they are listed above the card.";
  }
  if (output.propose) output.propose.addEventListener("click", proposeUnlessUnfinished);

  output.copy.addEventListener("click", () => {
    const done = () => { output.feedback.textContent = "Copied the card to the clipboard."; };
    const fallback = () => {
      const range = document.createRange();
      range.selectNodeContents(output.yaml);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      const copied = document.execCommand && document.execCommand("copy");
      output.feedback.textContent = copied ? "Copied the card to the clipboard." : "The card is selected: press Ctrl+C (or ⌘C) to copy it.";
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(current.yaml).then(done, fallback);
    else fallback();
  });

  // --- start -------------------------------------------------------------

  const today = localToday();
  const reviewed = inputOf("last_reviewed");
  if (reviewed) {
    reviewed.value = today;
    reviewed.max = today;
  }
  const zone = inputOf("timezone");
  const guess = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && !zone.value && timezones.has(guess)) zone.value = guess;
  root.classList.add("hub-builder--ready");
  update();

  // For the tests and the curious: the same functions the page uses.
  window.mentoringCardBuilder = { readCard, toYaml, problemsOf };
})();
