/* Mentoring Hub card checks in the browser: the mentor schema, compiled by Ajv (card-checker.js, generated
 * from schemas/mentor.schema.json), and the rules across files, keyed as the validator keys them.
 *
 * The words come from schemas/messages.yml, the same file `mentoring validate` reads (its Explainer in
 * hooks/mentoring/data/schema_errors.py): the builder's register (form_messages), which speaks of the
 * form, under the same keys as the validator's. Each mistake carries its key, the rule that failed, so
 * the two can be compared. The vocabularies, programme ids, card ids and photo names come from the build.
 */
(function () {
  "use strict";

  const PYTHON_SPACE = /^[\t\n\u000b\u000c\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\u000b\u000c\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
  const strip = (text) => text.replace(PYTHON_SPACE, ""); // Python's str.strip(): JavaScript's trim() also takes U+FEFF
  const length = (text) => Array.from(text).length; // JSON Schema counts characters, not UTF-16 units
  const hex = (code, width) => code.toString(16).padStart(width, "0");
  const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

  /** Return text as Python's repr() writes it: the validator shows values this way. */
  function pythonRepr(text) {
    const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
    const escapes = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", [quote]: "\\" + quote };
    let out = "";
    for (const char of text) {
      const code = char.codePointAt(0);
      if (has(escapes, char)) out += escapes[char];
      else if (char !== " " && /[\p{C}\p{Z}]/u.test(char)) {
        out += code < 0x100 ? "\\x" + hex(code, 2) : code < 0x10000 ? "\\u" + hex(code, 4) : "\\U" + hex(code, 8);
      } else out += char;
    }
    return quote + out + quote;
  }

  /** Return a short plain description of a value for a message (schema_errors.describe). */
  function describe(value) {
    if (value === null || value === undefined) return "empty";
    if (typeof value === "boolean") return value ? "true" : "false";
    if (typeof value === "object") return Array.isArray(value) ? "a list" : "a group of fields";
    const chars = Array.from(String(value));
    return pythonRepr(chars.length <= 40 ? chars.join("") : chars.slice(0, 37).join("") + "...");
  }

  /** Return 'contact.email' or 'expertise[2]' for a path of keys and indexes (schema_errors.field_name). */
  function fieldName(parts) {
    let name = "";
    for (const part of parts) name += typeof part === "number" ? `[${part + 1}]` : name ? `.${part}` : part;
    return name;
  }

  function pathOf(pointer) {
    return pointer.split("/").slice(1).map((part) => {
      const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
      return /^\d+$/.test(key) ? Number(key) : key;
    });
  }

  /**
   * Return a checker for cards: explain(card, context) -> [{field, message}], every mistake in the
   * validator's words. `published` is the page's data: words, languages, tags, synonyms, timezones.
   */
  function cardExplainer(published) {
    const checker = window.MentoringHub.cardChecker;
    const { words, languages, tags, synonyms } = published;
    const timezones = published.timezones;
    checker.useVocabulary({ languages: Object.keys(languages), tags: Object.keys(tags), timezones, emailDomains: published.emailDomains || [] });
    const invisible = new Map(Object.entries(words.invisible_characters).map(([code, name]) => [String.fromCodePoint(parseInt(code, 16)), name]));
    const control = new Map(Object.entries(words.control_characters).map(([code, name]) => [String.fromCodePoint(parseInt(code, 16)), name]));
    const timezoneByLower = new Map(timezones.map((name) => [name.toLowerCase(), name]));
    const markdownLimit = window.MentoringHub.markdownLimits(published.markdownLimits, (key, values) => ({ key, message: say(key, values) }));
    const titles = (node) => Object.entries(node.properties || {}).map(([name, spec]) => spec.title || name);

    const say = (key, values = {}) => words.form_messages[key].replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
    const plural = (count) => (count === 1 ? "" : "s");
    const closest = (word, choices, aliases = {}) => {
      const match = checker.getCloseMatches(word, choices, 1, 0.75)[0];
      return match === undefined ? null : has(aliases, match) ? aliases[match] : match;
    };

    function suggestTag(value) {
      const key = strip(value).toLowerCase().replace(/ /g, "-").replace(/_/g, "-");
      if (has(tags, key)) return key;
      if (has(synonyms, key)) return synonyms[key];
      const byLabel = Object.keys(tags).find((id) => tags[id].label.toLowerCase() === strip(value).toLowerCase());
      return byLabel || closest(key, Object.keys(tags).concat(Object.keys(synonyms)), synonyms);
    }

    function suggestLanguage(value) {
      const key = strip(value).toLowerCase();
      if (has(languages, key)) return key;
      const named = Object.keys(languages).find((code) => {
        const name = languages[code].toLowerCase();
        return name === key || (key.slice(0, 3) === name.slice(0, 3) && length(key) === 3);
      });
      return named || closest(key, Object.keys(languages));
    }

    function suggestTimezone(value) {
      const key = strip(value).replace(/ /g, "_").toLowerCase();
      if (timezoneByLower.has(key)) return timezoneByLower.get(key);
      const city = [...timezones].sort().find((name) => name.toLowerCase().split("/").pop() === key);
      if (city) return city;
      const match = closest(key, [...timezoneByLower.keys()]);
      return match ? timezoneByLower.get(match) : null;
    }

    function invisibleNote(text) {
      const found = [...new Set(Array.from(text).filter((char) => invisible.has(char)))];
      if (!found.length) return "";
      const names = found.map((char) => `U+${hex(char.codePointAt(0), 4).toUpperCase()} (${invisible.get(char)})`).join(", ");
      return say("invisible", { count: found.length, plural: plural(found.length), names });
    }

    /** Name the control characters in text that the field's pattern refuses, by code point (messages.control_note). */
    function controlNote(text, pattern) {
      const rule = new RegExp(pattern, "u");
      const found = [...new Set(Array.from(text))].filter((char) => /[\p{Cc}\u2028\u2029]/u.test(char) && !rule.test(char));
      if (!found.length) return "";
      const names = found.map((char) => `U+${hex(char.codePointAt(0), 4).toUpperCase()}` + (control.has(char) ? ` (${control.get(char)})` : "")).join(", ");
      return say("control", { count: found.length, plural: plural(found.length), names });
    }

    function impossibleDate(value) {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return "";
      const [year, month, day] = match.slice(1).map(Number);
      if (month < 1 || month > 12) return say("date_no_month", { value: describe(value), month: match[2] });
      const february = checker.isDate(`${match[1]}-02-29`) ? 29 : 28;
      const days = [31, february, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
      if (year < 1 || (day >= 1 && day <= days)) return "";
      return say("date_no_day", { value: describe(value), month_name: words.months[month - 1], year, days });
    }

    /** Return [key, message] for a value not in its format, or null when another error says what is wrong. */
    function formatMessage(value, kind, node) {
      if (kind === "expertise-tag") {
        const canonical = has(synonyms, value.toLowerCase()) ? synonyms[value.toLowerCase()] : null;
        if (canonical) return ["tag_synonym", say("tag_synonym", { value, canonical })];
        const guess = suggestTag(value);
        return ["tag_unknown", say("tag_unknown", { value }) + (guess ? say("did_you_mean", { guess }) : say("tag_no_guess"))];
      }
      if (kind === "iso-639-1") {
        const guess = suggestLanguage(value);
        return ["language_unknown", say("language_unknown", { value }) + (guess ? say("language_guess", { guess, language: languages[guess] }) : say("language_no_guess"))];
      }
      if (kind === "iana-timezone") {
        const guess = suggestTimezone(value);
        return ["timezone_unknown", say("timezone_unknown", { value }) + (guess ? say("did_you_mean", { guess }) : say("timezone_no_guess"))];
      }
      if (kind === "email-address") {
        if (!new RegExp(node.pattern, "u").test(value)) return null; // the pattern's error says what is wrong
        const domains = published.emailDomains || [];
        if (checker.isEmailAddress(value) && !checker.inEmailDomains(value)) {
          return ["email_domain", say("email_domain", { value: describe(value), domains: domains.join(", "), plural: plural(domains.length) })];
        }
        return ["email_address", say("email_address", { value: describe(value), hint: node["x-hint"] || "" })];
      }
      if (kind === "date" && impossibleDate(value)) return ["impossible_date", impossibleDate(value)];
      const hint = node["x-hint"];
      return ["format", say("format", { value: describe(value), format: kind }) + (hint ? say("hint", { hint }) : "")];
    }

    /** Return [{parts, key, message, suggests}] for one Ajv error, keyed as the Explainer keys the same jsonschema error. */
    function explain(error) {
      const parts = pathOf(error.instancePath);
      const node = error.parentSchema || {};
      const value = error.data;
      const one = (key, message) => [{ parts, key, message }];
      switch (error.keyword) {
        case "required": {
          const name = error.params.missingProperty;
          const spec = (node.properties || {})[name] || {};
          const example = spec.examples && typeof spec.examples[0] !== "object" ? String(spec.examples[0]) : "";
          const hint = example ? say("required_example", { name, example }) : "";
          return [{ parts: parts.concat(name), key: "required", message: (say("required", { name, description: spec.description || "" }) + hint).trim() }];
        }
        case "additionalProperties": {
          const key = error.params.additionalProperty;
          const known = Object.keys(node.properties || {});
          const lower = key.toLowerCase();
          if (has(words.private_fields, lower)) {
            return [{ parts: parts.concat(key), key: "private_field", message: say("private_field", { key, reason: words.private_fields[lower] }) }];
          }
          const guess = checker.getCloseMatches(lower, known, 1, 0.6)[0] || known.find((name) => name.length >= 3 && lower.startsWith(name));
          const message = say("unknown_field", { key }) + (guess ? say("did_you_mean", { guess }) : say("unknown_field_list", { fields: titles(node).join(", ") }));
          return [{ parts: parts.concat(key), key: "unknown_field", message, suggests: guess }];
        }
        case "type": {
          const expected = [].concat(error.schema);
          const wanted = expected.map((kind) => words.type_words[kind] || kind).join(" or ");
          if (value === null) return one("type_empty", say("type_empty", { wanted }));
          let message = say("type", { wanted, actual: describe(value) });
          if (expected.includes("array") && typeof value !== "object") message += say("type_list", { value: String(value) });
          return one("type", message);
        }
        case "enum": {
          const allowed = error.schema.map(String);
          let message = say("enum", { value: describe(value), allowed: allowed.join(", ") });
          const guess = typeof value === "string" ? checker.getCloseMatches(value.toLowerCase(), allowed, 1, 0.6)[0] : undefined;
          if (guess) message += say("did_you_mean", { guess });
          return one("enum", message);
        }
        case "format": {
          const found = formatMessage(value, error.schema, node);
          return found ? one(...found) : [];
        }
        case "pattern":
          return one("pattern", say("pattern", { value: describe(value), hint: node["x-hint"] || say("pattern_default_hint") }));
        case "minLength":
          if (!strip(value)) return one("min_length_empty", say("min_length_empty"));
          return one("min_length", say("min_length", { limit: error.schema, count: length(value) }));
        case "maxLength":
          return one("max_length", say("max_length", { limit: error.schema, over: length(value) - error.schema }));
        case "minItems":
          return one("min_items", say("min_items", { limit: error.schema, plural: plural(error.schema) }));
        case "maxItems":
          return one("max_items", say("max_items", { count: value.length, limit: error.schema }));
        case "uniqueItems": {
          const seen = new Set();
          const repeated = value.find((item) => seen.has(JSON.stringify(item)) || !seen.add(JSON.stringify(item)));
          return one("unique_items", say("unique_items", { value: describe(repeated) }));
        }
        case "minimum":
          return one("minimum", say("minimum", { limit: error.schema }));
        case "maximum":
          return one("maximum", say("maximum", { limit: error.schema }));
        case "minProperties":
          return one("min_properties", say("min_properties", { fields: titles(node).join(" or ") }));
        default:
          return one(error.keyword, error.message);
      }
    }

    /** Return the mistakes that need other files (loader.py's rules across files), as [{parts, key, message}]. */
    function acrossFiles(card, context) {
      const found = [];
      const programs = Object.keys(context.programs).sort();
      (Array.isArray(card.programs) ? card.programs : []).forEach((id, index) => {
        if (typeof id !== "string" || programs.includes(id)) return;
        const guess = closest(id, programs);
        found.push({ parts: ["programs", index], key: "unknown_programme", message: say("unknown_programme", { value: id }) + (guess ? say("did_you_mean", { guess }) : say("programme_no_guess")) });
      });
      const { capacity, active_mentees: active } = card;
      if (Number.isInteger(capacity) && Number.isInteger(active) && capacity >= 0 && capacity < active) {
        found.push({ parts: ["active_mentees"], key: "over_capacity", message: say("over_capacity", { active, capacity }) });
      }
      if (typeof card.photo === "string" && !context.photos.includes(card.photo)) {
        found.push({ parts: ["photo"], key: "photo_not_uploaded", message: say("photo_not_uploaded", { value: card.photo }), pending: true });
      }
      if (typeof card.last_reviewed === "string" && checker.isDate(card.last_reviewed) && card.last_reviewed > context.latestToday) {
        found.push({ parts: ["last_reviewed"], key: "future_date", message: say("future_date", { value: card.last_reviewed }) });
      }
      if (context.isNew && typeof card.id === "string" && context.taken.includes(card.id)) {
        found.push({ parts: ["id"], key: "id_taken", message: say("id_taken", { value: card.id }) });
      }
      return found;
    }

    /** Return a problem for each text in value whose Markdown crosses a budget (markdown_limits.data_problems). */
    function markdownProblems(value, parts) {
      if (typeof value === "string") {
        const crossed = markdownLimit(value, "this text");
        return crossed ? [{ parts, key: crossed.key, message: crossed.message }] : [];
      }
      if (value && typeof value === "object") {
        return Object.entries(value).flatMap(([key, item]) => markdownProblems(item, [...parts, Array.isArray(value) ? Number(key) : key]));
      }
      return [];
    }

    return {
      describe,
      /**
       * Return every mistake in card as [{field: 'expertise[2]', parts: ['expertise', 1], key, message, pending}];
       * key names the rule that failed (the message's key in schemas/messages.yml), message is the form's words;
       * pending marks what a browser cannot see (a photo not uploaded yet), never a mistake the validator would pass.
       */
      explain(card, context) {
        let found = [];
        if (!checker.validate(card)) {
          for (const error of checker.validate.errors) {
            let note = typeof error.data === "string" ? invisibleNote(error.data) : "";
            if (error.keyword === "pattern" && typeof error.data === "string") note += controlNote(error.data, error.schema);
            explain(error).forEach((item) => found.push({ ...item, field: fieldName(item.parts), message: item.message + note }));
          }
        }
        // One mistake, one message: a missing field that a misspelled one already names is left out (explain_all).
        const suggested = new Set(found.filter((item) => item.suggests).map(({ field, suggests }) => (
          field.includes(".") ? field.slice(0, field.lastIndexOf(".")) + "." + suggests : suggests)));
        found = found.filter(({ field, key }) => !(key === "required" && suggested.has(field)));
        // A rule across files is not applied to a field the schema already refuses (Document.add).
        const refused = new Set(found.map(({ field }) => field));
        for (const item of [...markdownProblems(card, []), ...acrossFiles(card, context)]) {
          const field = fieldName(item.parts);
          if (!refused.has(field)) found.push({ ...item, field });
        }
        return found.map(({ parts, field, key, message, pending }) => ({ field, parts, key, message, pending: Boolean(pending) }));
      },
    };
  }

  (window.MentoringHub = window.MentoringHub || {}).cardExplainer = cardExplainer;
})();
