/* Mentoring Hub: the words that agree with a count, from schemas/count-words.yml, as the build writes
   them (mentoring.data.count_words); partials/count-words.html puts the file's words in the page. */
(() => {
  "use strict";

  const hub = (self.MentoringHub = self.MentoringHub || {});
  const words = JSON.parse(document.getElementById("hub-count-words").textContent);

  /** Return `word` (as written for exactly one) in the form that agrees with `count`: "mentor" or "mentors". */
  hub.agreeing = (count, word) => {
    if (!Object.hasOwn(words, word)) throw new Error(`"${word}" is not in schemas/count-words.yml`);
    return count === 1 ? word : words[word];
  };
})();
