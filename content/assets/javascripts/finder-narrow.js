/* Mentoring Hub: a box at the top of a long facet (expertise) that narrows its checkboxes to those
   whose label has a word starting with each word typed. The card builder's tag finders (card-form.js)
   narrow by the same rule, hub.startsEveryWord. Ticked values always stay in view. The box has no
   name, so it is never part of the filters. */
(() => {
  "use strict";

  const hub = (self.MentoringHub = self.MentoringHub || {});

  /** Return the lower-case words typed into a finder. */
  hub.typedWords = (text) => text.toLowerCase().split(/\s+/).filter(Boolean);

  /** Return true when each typed word starts one of `terms` (an option's lower-case words). */
  hub.startsEveryWord = (typed, terms) => typed.every((word) => terms.some((term) => term.startsWith(word)));

  /** Make every narrowing box in `form` narrow its facet's list as the visitor types. */
  hub.finderNarrow = (form) => {
    for (const box of form.querySelectorAll("[data-narrow]")) narrowing(box);
  };

  function narrowing(box) {
    const facet = box.closest("details");
    const input = box.querySelector("[data-narrow-input]");
    const left = box.querySelector("[data-narrow-left]");
    const options = [...facet.querySelectorAll(".hub-facet__options > li")].map((item) => ({
      item,
      checkbox: item.querySelector("input"),
      words: optionWords(item.querySelector("label")),
    }));
    const groups = [...facet.querySelectorAll("[data-option-group]")];
    const name = facet.querySelector("[data-facet-label]").textContent.trim().toLowerCase();

    input.addEventListener("input", () => {
      const typed = hub.typedWords(input.value);
      let shown = 0;
      for (const { item, checkbox, words } of options) {
        const hit = checkbox.checked || hub.startsEveryWord(typed, words);
        item.hidden = !hit;
        shown += hit ? 1 : 0;
      }
      for (const group of groups) group.hidden = !group.querySelector(".hub-facet__options > li:not([hidden])");
      const message = !typed.length ? ""
        : shown === 0 ? `No ${name} matches “${input.value.trim()}”.`
        : `${hub.groupDigits(shown)} of ${hub.groupDigits(options.length)} shown.`;
      if (left.textContent !== message) left.textContent = message; // announced only when it changes
    });
  }

  /** Return the lower-case words of an option's label and hint, without its count. */
  function optionWords(label) {
    const parts = [...label.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE || node.classList.contains("hub-facet__hint"));
    return parts.map((node) => node.textContent).join(" ").toLowerCase().split(/[\s,()/·-]+/).filter(Boolean);
  }
})();
