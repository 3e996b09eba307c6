/* Mentoring Hub: the directory's word index at /mentors/: which mentors have, at the start of a
   word of their name, title or bio, each of the stems a visitor typed (hub-words.js makes them). */
(() => {
  "use strict";

  const hub = (self.MentoringHub = self.MentoringHub || {});

  /** The word index: sorted stems, each with the mentors using it (finder-index.js decoded them). */
  hub.finderWords = (index, mentors) => {
    const { stems, start, mentors: using } = index;
    const seen = new Int32Array(mentors);
    const hits = new Uint8Array(mentors);
    const firstAtLeast = (word) => {
      let low = 0;
      let high = stems.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (stems[middle] < word) low = middle + 1; else high = middle;
      }
      return low;
    };
    return {
      /** For each mentor, how many of the query stems start one of their stems. */
      hits(queryStems) {
        hits.fill(0);
        seen.fill(-1);
        queryStems.forEach((word, number) => {
          for (let position = firstAtLeast(word); position < stems.length && stems[position].startsWith(word); position++) {
            for (let k = start[position]; k < start[position + 1]; k++) {
              const mentor = using[k];
              if (seen[mentor] !== number) { seen[mentor] = number; hits[mentor]++; }
            }
          }
        });
        return hits;
      },
    };
  };
})();
