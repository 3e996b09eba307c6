/* The custom formats of our schemas, for the card checker in the browser.
 *
 * The rules are the validator's (hooks/mentoring/data/schemas.py: format_checks); the vocabularies
 * they consult are the ones the build publishes with the card builder page, handed in through
 * useVocabulary() before the first check.
 */
"use strict";

const vocabulary = { languages: new Set(), tags: new Set(), timezones: new Set(), emailDomains: [] };

/** Return true for a real calendar date written as YYYY-MM-DD (no 30 February, no month 13). */
function isDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * Return the A-label ('xn--bcher-kva') of a U-label ('bücher'), or '' when it is not one: letters, marks
 * and digits, lowercase and in NFKC, that the browser's own IDNA conversion takes (joiners in context, bidi
 * rule), with an A-label of at most 63 characters. The validator's rule is IDNA2008 through Python's idna
 * (hooks/mentoring/data/email_addresses.py); tests/cases/email-addresses.yml holds examples both must agree on.
 */
function asciiLabel(label) {
  if (!/^[\p{L}\p{M}\p{Nd}-]+$/u.test(label) || /\p{Default_Ignorable_Code_Point}/u.test(label)) return "";
  if (label !== label.normalize("NFKC") || label !== label.toLowerCase() || label.slice(2, 4) === "--") return "";
  let host;
  try {
    host = new URL(`http://${label}/`).hostname;
  } catch {
    return "";
  }
  return host.length <= 63 && !host.includes(".") ? host : "";
}

/** Return the domain as mail systems compare it: ASCII labels in lowercase, others as A-labels ('' when one is not valid). */
function asciiDomain(domain) {
  const labels = domain.split(".").map((label) => (/^[\x00-\x7f]*$/.test(label) ? label.toLowerCase() : asciiLabel(label)));
  return labels.every(Boolean) ? labels.join(".") : "";
}

/** Return true when every non-ASCII label of the address's domain is an IDNA U-label (the schema's pattern checks the rest). */
function isEmailAddress(text) {
  const at = text.lastIndexOf("@");
  return at >= 0 && text.slice(at + 1).split(".").every((label) => /^[\x00-\x7f]*$/.test(label) || asciiLabel(label));
}

/** Return true when the address is at one of the organisation's domains (extra.mentoring.email_domains), or none are set. */
function inEmailDomains(text) {
  return !vocabulary.emailDomains.length || vocabulary.emailDomains.map(asciiDomain).includes(asciiDomain(text.slice(text.lastIndexOf("@") + 1)));
}

const formats = {
  date: isDate,
  "email-address": (text) => isEmailAddress(text) && inEmailDomains(text),
  "iana-timezone": (text) => vocabulary.timezones.has(text),
  "iso-639-1": (text) => vocabulary.languages.has(text),
  "expertise-tag": (text) => vocabulary.tags.has(text),
};

/** Give the formats the vocabularies to check against: lists of language codes, tag ids, zone names, email domains. */
function useVocabulary({ languages, tags, timezones, emailDomains = [] }) {
  vocabulary.languages = new Set(languages);
  vocabulary.tags = new Set(tags);
  vocabulary.timezones = new Set(timezones);
  vocabulary.emailDomains = emailDomains;
}

module.exports = { formats, isDate, isEmailAddress, inEmailDomains, useVocabulary };
