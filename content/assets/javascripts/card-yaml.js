/* Mentoring Hub card builder: a card as the text of a YAML file that every YAML reader reads back exactly.
 *
 * Values are written plain only when no YAML reader could take them for something else; otherwise in
 * double quotes (YAML 1.1 reads yes, no, on, off, 010 or 12:30 as other things). Text with line breaks
 * is written as a literal block whose indicators keep leading spaces and trailing line breaks as typed.
 */
(function () {
  "use strict";

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
    // The chomping sign keeps trailing line breaks exactly (- none, nothing for one, + all); the
    // indentation indicator is needed when the text starts with a space or a blank line.
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
      if (typeof value === "number" && !Number.isFinite(value)) continue; // a number field the browser could not read
      if (Array.isArray(value)) {
        lines.push(`${pad}${key}: [${value.map(scalar).join(", ")}]`);
      } else if (value && typeof value === "object") {
        const inner = yamlLines(value, indent + 2);
        lines.push(...(inner.length ? [`${pad}${key}:`, ...inner] : [`${pad}${key}: {}`]));
      } else if (typeof value === "string" && value.includes("\n") && !NEEDS_ESCAPE.test(value) && !/^\n*$/.test(value) && !/^ *\t/m.test(value)) {
        // (A line starting with a tab would read as a tab used for indentation: such text is quoted.)
        lines.push(`${pad}${key}: ${block(value, indent)}`);
      } else {
        lines.push(`${pad}${key}: ${scalar(value)}`);
      }
    }
    return lines;
  }

  /** Return the card as the text of a YAML file, starting with `header` (the line that lets editors check it). */
  (window.MentoringHub = window.MentoringHub || {}).cardYaml = function toYaml(card, header) {
    return [header, ...yamlLines(card, 0)].join("\n") + "\n";
  };

  // --- editing a card's own text (update mode) --------------------------------------------------

  const KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?=[ \t]|$)/;
  const KEEPS_TRAILING_LINES = /:[ \t]*[|>][1-9]?\+[ \t]*(?:#.*)?$/; // a block scalar that keeps its final blank lines

  function indentOf(line) {
    return line.length - line.trimStart().length;
  }

  /**
   * Split the lines of a block mapping whose keys start at column `indent` into pieces: a field
   * ({key, lines}: its key line and every line of its value) or one line between fields ({lines}:
   * a blank line or a comment). Return null when the text is not such a mapping.
   */
  function pieces(lines, indent) {
    const result = [];
    let field = null; // the field being read, with the blank lines and comments seen after it so far
    const close = () => {
      if (!field) return;
      if (KEEPS_TRAILING_LINES.test(field.lines[0])) { // its blank lines up to a comment are its text
        const blanks = field.gap.findIndex((line) => line.trim() !== "");
        field.lines.push(...field.gap.splice(0, blanks < 0 ? field.gap.length : blanks));
      }
      result.push({ key: field.key, lines: field.lines }, ...field.gap.map((line) => ({ lines: [line] })));
      field = null;
    };
    for (const line of lines) {
      const depth = indentOf(line);
      const between = line.trim() === "" || (depth <= indent && line.trim().startsWith("#"));
      const continues = !between && (depth > indent || (depth === indent && /^-(?:[ \t]|$)/.test(line.slice(indent))));
      if (field && continues) {
        field.lines.push(...field.gap.splice(0), line);
      } else if (between) {
        if (field) field.gap.push(line);
        else result.push({ lines: [line] });
      } else {
        const key = depth === indent && KEY.exec(line.slice(indent));
        if (!key) return null; // something this editor does not follow (a flow mapping, a '? key'): the card is written anew
        close();
        field = { key: key[1], lines: [line], gap: [] };
      }
    }
    close();
    return result;
  }

  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

  /** Return the lines of a block mapping at `indent` changed from `before` to `after`, or null if they cannot be edited in place. */
  function editedLines(lines, before, after, order, indent) {
    const parts = pieces(lines, indent);
    if (!parts) return null;
    const written = new Set(parts.filter((part) => part.key).map((part) => part.key));
    const out = [];
    const fresh = (key) => yamlLines({ [key]: after[key] }, indent);
    for (const part of parts) {
      if (!part.key) { out.push(...part.lines); continue; }
      const key = part.key;
      if (!(key in after) && key in before) continue; // removed in the form
      if (key in before && same(before[key], after[key])) out.push(...part.lines);
      else if (after[key] && typeof after[key] === "object" && !Array.isArray(after[key]) && part.lines.length > 1 && !/\S/.test(part.lines[0].slice(indent + key.length + 1).replace(/#.*/, ""))) {
        const inner = editedLines(part.lines.slice(1), before[key] || {}, after[key], Object.keys(after[key]), indentOf(part.lines[1]));
        out.push(...(inner ? [part.lines[0], ...inner] : fresh(key)));
      } else out.push(...fresh(key));
      // Fields the card did not have, in the form's order: after the field that comes before them.
      for (const next of order.slice(order.indexOf(key) + 1)) {
        if (written.has(next)) break;
        if (next in after) { out.push(...fresh(next)); written.add(next); }
      }
    }
    for (const key of order) if (!written.has(key) && key in after) { out.push(...fresh(key)); written.add(key); }
    return out;
  }

  /**
   * Return `text`, the file of a published card that reads as `before`, changed to hold `after`: fields
   * whose value did not change keep their lines exactly (comments, quotes, list style, blank lines);
   * a changed field is written anew in its place, a new field after the one before it in `order`.
   */
  window.MentoringHub.cardYaml.edit = function editYaml(text, before, after, order, header) {
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    const lines = text.split(eol);
    const ending = lines[lines.length - 1] === "" ? lines.pop() : null;
    const edited = editedLines(lines, before, after, order, 0);
    if (!edited) return window.MentoringHub.cardYaml(after, header);
    return edited.join(eol) + (ending === null ? "" : eol);
  };
})();
