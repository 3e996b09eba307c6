/* Mentoring Hub: what a visitor types into the directory's search box becomes the same stems
   hooks/mentoring/site/browser/search_words.py indexes names, titles and bios by: lowercase, accents removed, web
   addresses and stop words left out, light English stemming. Keep the two files in step;
   tests/browser/test_finder.py checks they agree on every word of the sample. */
(() => {
  "use strict";

  const STOP_WORDS = new Set((
    "a about after also am an and any are as at be been but by can could do for from had has have he her " +
    "him his how i if in into is it its me more my no not of on or our out over she so some than that the " +
    "their them then there these they this those to too up us very was we were what when where which who " +
    "will with would you your").split(" "));
  const MIN_STEM = 3;
  const DOUBLE_ENDINGS = "bdfgkmnprt"; // "planning" -> "plan", but "calling" stays "call"
  const length = (text) => [...text].length; // code points, as Python counts

  const words = (text) => text.replace(/https?:\/\/\S+|www\.\S+/g, " ").toLowerCase()
    .normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];

  const stem = (word) => {
    if (length(word) <= MIN_STEM || !/^\p{L}+$/u.test(word)) return word;
    let base = word;
    if (base.endsWith("ies") && length(base) - 2 >= MIN_STEM) base = base.slice(0, -3) + "y";
    else if (/(ches|shes|sses|xes|zes)$/.test(base) && length(base) - 2 >= MIN_STEM) base = base.slice(0, -2);
    else if (base.endsWith("s") && !/(ss|us|is)$/.test(base) && length(base) - 1 >= MIN_STEM) base = base.slice(0, -1);
    for (const ending of ["ing", "ed"]) {
      if (base.endsWith(ending) && length(base) - ending.length >= MIN_STEM) {
        base = base.slice(0, -ending.length);
        const last = base.slice(-1);
        if (length(base) > MIN_STEM && last === base.slice(-2, -1) && DOUBLE_ENDINGS.includes(last)) base = base.slice(0, -1);
        break;
      }
    }
    if (base.endsWith("e") && length(base) - 1 >= MIN_STEM) base = base.slice(0, -1);
    return base;
  };

  const hub = (window.MentoringHub = window.MentoringHub || {});
  /** Return the distinct stems a query looks for, in the order typed (words.query_stems). */
  hub.queryStems = (text) => [...new Set(words(text).filter((word) => !STOP_WORDS.has(word)).map(stem))];
})();
