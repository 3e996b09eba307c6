/* Mentoring Hub: a box at the top of a long facet (expertise) that narrows its checkboxes to those
   whose label has a word starting with each word typed, as the card builder's tag finder does.
   Ticked values always stay in view. The box has no name, so it is never part of the filters. */
(() => {
  "use strict";

  const hub = (self.MentoringHub = self.MentoringHub || {});

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
      const typed = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const { item, checkbox, words } of options) {
        const hit = checkbox.checked || typed.every((word) => words.some((term) => term.startsWith(word)));
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
