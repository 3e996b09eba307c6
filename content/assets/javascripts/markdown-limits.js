/* Mentoring Hub: the Markdown budgets of `mentoring validate` (hooks/mentoring/data/markdown_limits.py), for the card builder.
 *
 * The figures come from schemas/markdown-limits.yml and the messages from schemas/messages.yml, both
 * handed over by the build; the rules below are the validator's, read the way Python reads them:
 * lengths in code points, '\d' as any decimal digit, lines split where Python's splitlines() splits.
 * tests/cases/markdown-budgets.yml holds the examples both must judge alike (tests/unit/test_markdown_limits.py
 * and tests/browser/test_markdown_limits_browser.py).
 */
(function () {
  "use strict";

  // A line start and a line end as Python's re.MULTILINE reads them: only "\n" separates lines.
  const START = "(?<![^\\n])";
  const END = "(?![^\\n])";
  const FENCE = /^[ \t]*(`{3,}|~{3,})/u; // guide_safety._FENCE
  const CODE_SPAN = /(`+)(?:(?!\n[ \t]*\n)[\s\S])+?(?<!`)\1(?!`)/gu; // guide_safety._CODE_SPAN
  const TAG_START = new RegExp(`<|${START} {0,3}(?:#{1,6}(?=[ \\t]|${END})|([-*_=])[ \\t]*(?:\\1[ \\t]*)*${END})`, "gu");
  const BLOCK = /(?:[^\n]|\n(?![ \t]*\n))+/gu; // a paragraph: lines up to a blank one
  const MARKER = (end) => `(?:>|(?:[-*+]|\\p{Nd}{1,9}[.)]|!!!|\\?\\?\\?\\+?)(?=[ \\t]|${end}))`; // a quote, a list item, a note
  const MARKERS = new RegExp(MARKER("$"), "gu");
  const CONTAINERS = new RegExp(`${START}[ \\t]*(?:${MARKER(END)}[ \\t]*)+`, "gu");
  // The line breaks of Python's str.splitlines(), and the characters its str.strip() removes.
  const LINE = /[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])?/gu;
  const SPACE = "[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";

  /** Return the number of characters (code points) in text, as Python's len() counts them. */
  function length(text) {
    let pairs = 0;
    for (const _ of text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)) pairs += 1;
    return text.length - pairs;
  }

  const blank = (text) => text.replace(/[^\n]/gu, " ");

  /** Return the text with fenced code blocks and code spans blanked out (guide_safety.without_code). */
  function withoutCode(markdown) {
    const lines = (markdown.match(LINE) || []).filter((line) => line !== "");
    let fence = null;
    for (let index = 0; index < lines.length; index += 1) {
      const line = lines[index];
      const match = FENCE.exec(line);
      if (fence === null && match) {
        fence = match[1];
      } else if (fence !== null && match && match[1][0] === fence[0] && match[1].length >= fence.length
                 && new RegExp(`^${SPACE}*(?:${fence[0]})*${SPACE}*$`, "u").test(line)) {
        fence = null;
      } else if (fence === null) {
        continue;
      }
      lines[index] = blank(line);
    }
    return lines.join("").replace(CODE_SPAN, (span) => blank(span));
  }

  /**
   * Return a check of Markdown texts against `limits` (work_budget, markup_budget, max_nesting) that
   * says what is wrong with say(key, values), the validator's messages: check(text, what) returns the
   * message for the first limit the text crosses, or null.
   */
  (window.MentoringHub = window.MentoringHub || {}).markdownLimits = function markdownLimits(limits, say) {
    return function check(text, what) {
      const plain = text.includes("`") || text.includes("~") ? withoutCode(text) : text;
      let work = 0;
      if (plain.includes("[")) {
        for (const block of plain.matchAll(BLOCK)) {
          work += (block[0].split("[").length - 1) * length(block[0]);
          if (work > limits.work_budget) return say("markdown_brackets", { what });
        }
      }
      const allowed = Math.floor(limits.markup_budget / Math.max(length(plain), 1));
      if (length(plain) > allowed) {
        let count = 0;
        for (const _ of plain.matchAll(TAG_START)) {
          count += 1;
          if (count > allowed) return say("markdown_markup", { what, allowed });
        }
      }
      for (const container of plain.matchAll(CONTAINERS)) {
        const prefix = container[0];
        const depth = (prefix.match(MARKERS) || []).length + Math.floor((prefix.length - prefix.replace(/^ +/, "").length) / 4);
        if (depth > limits.max_nesting) return say("markdown_nesting", { what, depth });
      }
      return null;
    };
  };
})();
