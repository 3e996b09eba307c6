/* Mentoring Hub card builder: turns the form on /contribute/card-builder/ into a mentor card in YAML.
 *
 * The form is generated from the mentor schema at build time; the vocabularies, ids, programmes, photo
 * names and the validator's words come with the page (the JSON in #card-builder-data), so this works
 * offline. Cards are checked by card-explainer.js with the schema itself (compiled by Ajv) and the
 * validator's rules across files. What someone types is kept exactly: nothing is trimmed, cut or
 * reordered; mistakes are flagged instead. Nothing is sent anywhere.
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
    summary: document.getElementById("card-error-summary"),
    copy: document.getElementById("card-copy"),
    download: document.getElementById("card-download"),
    feedback: document.getElementById("card-feedback"),
  };
  data.timezones = Array.from(document.querySelectorAll("#card-timezones option"), (option) => option.value);
  const explainer = window.MentoringHub.cardExplainer(data);
  const mode = { isNew: true, published: null, text: null }; // card-update.js switches to updating a published card (and its file's text)
  const { container, inputOf, readCard, languageCodes, fill, remember, slug, renderHelpers, filterTags, browseTags } = window.MentoringHub.cardForm(form, data, mode, () => update());
  const touched = new Set(); // fields whose messages are shown: edited, left, or asked for
  let idEdited = false;
  let lastStatus = "";

  // --- checking ----------------------------------------------------------

  const sentence = (text) => text.charAt(0).toUpperCase() + text.slice(1) + (/[.?!]$/.test(text) ? "" : ".");
  const pad = (n) => String(n).padStart(2, "0");

  function localToday() {
    const now = new Date();
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  /** Return the latest date anywhere on Earth now (UTC+14): later dates are "in the future" for the validator too. */
  function latestToday() {
    return new Date(Date.now() + data.latestUtcOffsetHours * 3600 * 1000).toISOString().slice(0, 10);
  }

  function context() {
    return { ...data.context, latestToday: latestToday(), isNew: mode.isNew };
  }

  /**
   * Return {path: [{message, pending}]} for every field of the form that is missing or wrong, in the
   * validator's words; pending marks what the browser cannot see (a photo not uploaded yet).
   */
  function problemsOf(card) {
    const problems = {};
    for (const { parts, message, pending } of explainer.explain(card, context())) {
      let path = parts.filter((part) => typeof part === "string").join(".");
      while (path && !container(path)) path = path.split(".").slice(0, -1).join(".");
      if (path) (problems[path] = problems[path] || []).push({ message, pending });
    }
    return problems;
  }

  // Fields with a mistake the validator would refuse; the card can be proposed when there are none.
  const blocking = (problems) => Object.keys(problems).filter((path) => problems[path].some((problem) => !problem.pending));

  // --- showing -----------------------------------------------------------

  /** Return the control that takes the focus for a field: its input, a tag list's finder, a group's first box. */
  function controlOf(path) {
    const box = container(path);
    if (!box.matches("fieldset")) return inputOf(path);
    return box.querySelector("input[type=search]") || box.querySelector("input, textarea, select");
  }

  const setInvalid = (input, invalid) => (invalid ? input.setAttribute("aria-invalid", "true") : input.removeAttribute("aria-invalid"));

  function showMessage(path, problems = []) {
    const box = container(path);
    const field = box.matches("fieldset") ? box : box.querySelector("input, textarea, select");
    const slot = document.getElementById(`${field.id}-error`);
    const shown = touched.has(path) || problems.some((problem) => problem.pending)
      ? problems.map((problem) => sentence(problem.message)).join(" ") : "";
    if (slot.textContent !== shown) slot.textContent = shown;
    // A group's message marks every box of the group; a field inside a group is marked by either message.
    const group = box.parentElement.closest("fieldset.hub-builder__field--invalid");
    if (box.matches("fieldset")) box.querySelectorAll(":scope > .hub-builder__options input, .hub-builder__finder input, .hub-builder__tags input").forEach((input) => setInvalid(input, Boolean(shown)));
    else setInvalid(field, Boolean(shown) || Boolean(group));
    box.classList.toggle("hub-builder__field--invalid", Boolean(shown));
  }

  function titleOf(path) {
    let node = schema;
    for (const part of path.split(".")) node = node.properties[part];
    return node.title;
  }

  function isEmpty(value) {
    return value === undefined || (Array.isArray(value) && value.length === 0);
  }

  function valueAt(card, path) {
    return path.split(".").reduce((value, key) => (value === undefined ? undefined : value[key]), card);
  }

  // The summary is rewritten only when what it says changes (which fields, in which list), so that its
  // live region announces a change, never a keystroke.
  function renderStatus(problems, card) {
    const paths = allPaths().filter((path) => problems[path]);
    const open = blocking(problems);
    const key = JSON.stringify([open.map((path) => [path, isEmpty(valueAt(card, path))]), paths]);
    if (key === lastStatus) return;
    lastStatus = key;
    output.status.replaceChildren();
    output.status.classList.toggle("hub-builder__status--ready", paths.length === 0);
    if (!paths.length) {
      output.status.append("Your card is complete and passes every check. Read it through once more, then propose it.");
      return;
    }
    const line = (label, list) => {
      if (!list.length) return;
      const paragraph = document.createElement("p");
      paragraph.append(label);
      list.forEach((path, index) => {
        const link = document.createElement("a");
        link.href = `#${controlOf(path).id}`;
        link.dataset.path = path;
        link.textContent = titleOf(path);
        paragraph.append(index ? ", " : " ", link);
      });
      output.status.append(paragraph);
    };
    const missing = open.filter((path) => isEmpty(valueAt(card, path)));
    const wrong = open.filter((path) => !isEmpty(valueAt(card, path)));
    line(`Still to fill in (${missing.length}):`, missing);
    line(`To fix (${wrong.length}):`, wrong);
    const pending = paths.filter((path) => !open.includes(path));
    if (pending.length) {
      line(open.length ? "The builder cannot check:" : "Everything the builder can check passes. It cannot check:", pending);
    }
  }

  let current = { card: {}, yaml: "", problems: {} };

  function update() {
    const card = readCard();
    const problems = problemsOf(card);
    // Updating: the card's own file, changed only where the form changed it.
    const yaml = mode.text === null
      ? window.MentoringHub.cardYaml(card, data.header)
      : window.MentoringHub.cardYaml.edit(mode.text, mode.published, card, Object.keys(data.schema.properties), data.header);
    current = { card, yaml, problems };
    for (const path of allPaths()) showMessage(path, problems[path]);
    renderStatus(problems, card);
    output.yaml.textContent = yaml;
    const fileName = `${mode.isNew ? (card.id && !problems.id ? card.id : "your-id") : mode.published.id}.yml`;
    output.path.textContent = `${data.folder}/${fileName}`;
    output.download.setAttribute("download", fileName);
    output.download.href = `data:text/yaml;charset=utf-8,${encodeURIComponent(yaml)}`;
    if (output.propose) {
      const ready = blocking(problems).length === 0;
      // The issue form first (the mentor only presses "Create"); a card too long for an address
      // goes to the repository's new-file or edit page instead.
      const issue = issueLink(fileName.replace(/\.yml$/, ""), yaml);
      current.route = issue ? "issue" : mode.isNew ? "new-file" : "edit";
      const target = issue || (mode.isNew
        ? `${data.newFileUrl}?filename=${encodeURIComponent(fileName)}&value=${encodeURIComponent(yaml)}`
        : `${data.editUrl}${encodeURIComponent(fileName)}`);
      output.propose.href = ready ? target : "#card-status";
      document.body.dataset.proposeRoute = current.route;
    }
    renderHelpers(card);
    document.dispatchEvent(new CustomEvent("card-builder:update", { detail: current }));
  }

  /** Return the link that opens the mentor-card issue form with this card filled in, or null when the
      page has no repository or the link would be too long (mentoring.data.issue_form holds the rule;
      tests/browser/test_issue_form_link.py keeps the two in step). */
  function issueLink(id, text) {
    const pieces = data.issueForm;
    if (!pieces) return null;
    const encode = encodeURIComponent;
    const url = `${pieces.url}?template=${encode(pieces.template)}&title=${encode(pieces.title.replace("{id}", id))}`
      + `&${pieces.field}=${encode(text)}`;
    return url.length <= pieces.maxUrlLength ? url : null;
  }

  /** Return the path of every field in the form, in the order they appear on the page. */
  function allPaths() {
    return Array.from(form.querySelectorAll("[data-path]"), (box) => box.dataset.path);
  }

  // --- behaviour ---------------------------------------------------------

  function pathOf(element) {
    const box = element.closest("[data-path]");
    return box && box.dataset.path;
  }

  form.addEventListener("input", (event) => {
    const target = event.target;
    if (target.matches("[type=search]")) return filterTags(target);
    tick(target);
    const path = pathOf(target);
    if (path === "id") idEdited = target.value !== "";
    if (path === "name" && !idEdited && mode.isNew) inputOf("id").value = slug(target.value);
    if (path) {
      touched.add(path);
      markGroup(path);
    }
    update();
  });

  function tick(target) {
    const path = pathOf(target);
    if (target.type === "checkbox" && path && container(path).dataset.control !== "checkbox") remember(path, target);
  }

  // A chip's button unticks its tag; "Show all tags" opens the whole list.
  form.addEventListener("click", (event) => {
    const chip = event.target.closest(".hub-builder__chip");
    const browse = event.target.closest(".hub-builder__browse");
    if (browse) browseTags(browse);
    if (!chip) return;
    const box = chip.closest("[data-control=tags]");
    const input = box.querySelector(`input[type=checkbox][value="${CSS.escape(chip.dataset.value)}"]`);
    const neighbour = chip.closest("li").nextElementSibling || chip.closest("li").previousElementSibling;
    const next = neighbour && neighbour.querySelector("button").dataset.value;
    input.checked = false;
    tick(input);
    touched.add(box.dataset.path);
    update();
    // The chips are drawn anew: the focus goes to the neighbouring chip, or back to the finder.
    (next ? box.querySelector(`.hub-builder__chip[data-value="${CSS.escape(next)}"]`) : box.querySelector("[type=search]")).focus();
  });

  // Enter in a finder ticks the first tag it shows.
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !event.target.matches("[type=search]")) return;
    event.preventDefault();
    const first = event.target.closest("[data-control=tags]").querySelector(".hub-builder__tag:not([hidden]) input:not(:checked)");
    if (!first || !event.target.value.trim()) return;
    first.checked = true;
    first.dispatchEvent(new Event("input", { bubbles: true }));
    first.dispatchEvent(new Event("change", { bubbles: true }));
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

  output.status.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-path]");
    if (!link) return;
    event.preventDefault();
    revealAll();
    focusField(document.getElementById(link.hash.slice(1)));
  });

  /** Move the focus to a control, scrolled to the middle of the window: clear of the sticky header. */
  function focusField(control) {
    control.scrollIntoView({ block: "center" });
    control.focus({ preventScroll: true });
  }

  function revealAll() {
    allPaths().forEach((path) => touched.add(path));
    update();
  }

  // Proposing an unfinished card shows every message, and a summary at the top of the form that
  // takes the focus and links to each field that needs attention.
  function proposeUnlessUnfinished(event) {
    const open = blocking(current.problems);
    if (open.length === 0) {
      output.summary.hidden = true;
      return document.dispatchEvent(new CustomEvent("card-builder:propose", { detail: current }));
    }
    event.preventDefault();
    revealAll();
    renderSummary(open);
    output.summary.scrollIntoView({ block: "start" });
    output.summary.focus({ preventScroll: true });
    output.feedback.textContent = "Some fields need attention before the card can be proposed; they are listed at the top of the form.";
  }

  /** List each field in `open`, in page order, with its first message, as a link that moves to it. */
  function renderSummary(open) {
    const items = allPaths().filter((path) => open.includes(path)).map((path) => {
      const field = controlOf(path);
      const link = Object.assign(document.createElement("a"), { href: `#${field.id}` });
      const message = current.problems[path][0].message;
      link.textContent = `${titleOf(path)}: ${message}${/[.?!]$/.test(message) ? "" : "."}`;
      link.addEventListener("click", (click) => { click.preventDefault(); focusField(field); });
      const item = document.createElement("li");
      item.append(link);
      return item;
    });
    output.summary.querySelector("ul").replaceChildren(...items);
    output.summary.hidden = false;
  }
  if (output.propose) output.propose.addEventListener("click", proposeUnlessUnfinished);

  /** Copy text to the clipboard, or select the card for Ctrl+C; say which happened in the feedback line. */
  function copyText(text, copiedMessage) {
    const done = () => { output.feedback.textContent = copiedMessage; };
    const fallback = () => {
      const range = document.createRange();
      range.selectNodeContents(output.yaml);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      const copied = document.execCommand && document.execCommand("copy");
      output.feedback.textContent = copied ? copiedMessage : "The card is selected: press Ctrl+C (or ⌘C) to copy it.";
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  }
  output.copy.addEventListener("click", () => copyText(current.yaml, "Copied the card to the clipboard."));

  // --- start -------------------------------------------------------------

  const reviewed = inputOf("last_reviewed");
  if (reviewed) reviewed.value = localToday(); // never later than the latest date on Earth, so never "in the future"
  // The first check runs in a task of its own, after the page is shown, so that no task is long.
  setTimeout(() => {
    // A new card starts in the browser's time zone; a card being updated keeps what it says.
    const zone = inputOf("timezone");
    const guess = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const updating = new URLSearchParams(window.location.search).has("update");
    if (zone && !zone.value && !updating && data.timezones.includes(guess)) zone.value = guess;
    // The message of a group reaches the control that takes its focus.
    form.querySelectorAll("fieldset[data-path]").forEach((box) => {
      const control = controlOf(box.dataset.path);
      const described = (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      if (!described.includes(`${box.id}-error`)) control.setAttribute("aria-describedby", [`${box.id}-error`, ...described].join(" "));
    });
    update();
    root.classList.add("hub-builder--ready");
  }, 0);

  // For card-update.js, the tests and the curious: the same functions the page uses.
  (window.MentoringHub = window.MentoringHub || {}).cardBuilder = {
    readCard, problemsOf, fill, update, copyText, localToday, mode, explainer, context, languageCodes, slug,
    toYaml: (card) => window.MentoringHub.cardYaml(card, data.header),
  };
})();
