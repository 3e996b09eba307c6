/* The custom formats of our schemas, for the card checker in the browser.
 *
 * The rules are the validator's (hooks/mentoring/data/schemas.py: format_checks); the vocabularies
 * they consult are the ones the build publishes with the card builder page, handed in through
 * useVocabulary() before the first check.
 */
"use strict";

const vocabulary = { languages: new Set(), tags: new Set(), timezones: new Set() };

/** Return true for a real calendar date written as YYYY-MM-DD (no 30 February, no month 13). */
function isDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

const formats = {
  date: isDate,
  "iana-timezone": (text) => vocabulary.timezones.has(text),
  "iso-639-1": (text) => vocabulary.languages.has(text),
  "expertise-tag": (text) => vocabulary.tags.has(text),
};

/** Give the formats the vocabularies to check against: lists of language codes, tag ids, zone names. */
function useVocabulary({ languages, tags, timezones }) {
  vocabulary.languages = new Set(languages);
  vocabulary.tags = new Set(tags);
  vocabulary.timezones = new Set(timezones);
}

module.exports = { formats, isDate, useVocabulary };
