/* Mentoring Hub: the facets of the directory's filters at /mentors/, each with its checkboxes,
   what is selected in it and the counts it shows (finder.js filters and counts with them). */
(() => {
  "use strict";

  const hub = (self.MentoringHub = self.MentoringHub || {});
  const digits = (number) => hub.groupDigits(number);

  /** Return the facets of `form` for the prepared index's facet columns, in the index's order. */
  hub.finderFacets = (form, columns) => {
    const boxes = checkboxes(form);
    return Object.entries(columns).map(([name, column], number) => facet(form, name, column, number, boxes));
  };

  /** The form's checkboxes by name and value ("expertise\npython"), each with its count's element:
      found in one pass, since a big directory has a hundred or more. */
  function checkboxes(form) {
    const counts = new Map([...form.querySelectorAll("label[for]")].map((label) => [label.htmlFor, label.querySelector("[data-count]")]));
    return new Map([...form.querySelectorAll("input[type=checkbox]")].map((input) => [`${input.name}\n${input.value}`, { input, count: counts.get(input.id) }]));
  }

  /** One facet: its values, each mentor's codes (flattened), its checkboxes and counts. */
  function facet(form, name, column, number, boxes) {
    const { values, start, codes, totals } = column;
    const inputs = values.map((value) => (boxes.get(`${name}\n${value}`) || {}).input);
    const counters = values.map((value) => (boxes.get(`${name}\n${value}`) || {}).count);
    const details = form.querySelector(`[data-facet="${CSS.escape(name)}"]`);
    const selectedBadge = details && details.querySelector("[data-selected]");
    const shownCounts = Int32Array.from(totals); // what the build wrote into the page
    const self = {
      name, number, values, start, codes, inputs, details,
      codeOf: new Map(values.map((value, code) => [value, code])),
      selected: new Uint8Array(values.length),
      selectedCount: 0,
      zero: new Int32Array(values.length),
      one: new Int32Array(values.length),
      readInputs() {
        self.selectedCount = 0;
        inputs.forEach((input, code) => {
          self.selected[code] = input && input.checked ? 1 : 0;
          self.selectedCount += self.selected[code];
        });
        const badge = self.selectedCount ? `${self.selectedCount} selected` : "";
        if (selectedBadge && selectedBadge.textContent !== badge) selectedBadge.textContent = badge;
      },
      /** Show each value's count: as the build wrote them when nothing filters. */
      showCounts(filtering, result) {
        for (let code = 0; code < values.length; code++) {
          const value = !filtering ? totals[code]
            : !self.selectedCount || self.selected[code] ? self.zero[code] : result + self.one[code];
          if (value === shownCounts[code] || !counters[code]) continue;
          shownCounts[code] = value;
          counters[code].textContent = digits(value);
          inputs[code].parentElement.classList.toggle("is-empty", value === 0);
        }
      },
      /** Return the values ticked, in the facet's order. */
      selectedValues() {
        return values.filter((value, code) => self.selected[code]);
      },
      chipLabel(code) {
        return column.labels[code];
      },
    };
    return self;
  }
})();
