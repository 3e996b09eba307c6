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
  window.mentoringCardYaml = function toYaml(card, header) {
    return [header, ...yamlLines(card, 0)].join("\n") + "\n";
  };
})();
