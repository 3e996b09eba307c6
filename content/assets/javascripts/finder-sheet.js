/* Mentoring Hub: the directory's filters in a sheet on a phone (/mentors/, below 60em).

   "Filters" opens the facets in a modal <dialog> (focus stays inside it, Escape and the close
   button close it, and focus goes back to "Filters"). The facets are moved into the sheet while
   it is open and back into the form after, so a wide screen never has them in a dialog; the
   dialog sits inside the form, so the checkboxes stay the form's either way. In the sheet every
   facet starts folded, its summary saying how many of its values are ticked. "Show N mentors"
   (finder.js keeps N) closes the sheet and takes focus to the first result. */
(() => {
  "use strict";

  const hub = (self.MentoringHub = self.MentoringHub || {});
  const WIDE = "(min-width: 60em)"; // finder.css lays the facets beside the cards from here

  /** Wire the sheet of `form`; `landing()` returns the element to focus after "Show N mentors".
      Return { count(n) }, which writes the result's size into the sheet's button. */
  hub.finderSheet = (form, landing) => {
    const toggle = form.querySelector(".hub-filters__toggle");
    const facets = form.querySelector(".hub-filters__facets");
    const sheet = form.querySelector(".hub-sheet");
    const body = sheet.querySelector("[data-sheet-body]");
    const show = sheet.querySelector("[data-sheet-show]");
    const wide = window.matchMedia(WIDE);
    let showingResults = false;

    toggle.addEventListener("click", () => {
      body.append(facets);
      for (const details of facets.querySelectorAll("details")) details.open = false;
      showingResults = false;
      sheet.showModal();
    });
    sheet.querySelector("[data-sheet-close]").addEventListener("click", () => sheet.close());
    show.addEventListener("click", () => {
      showingResults = true;
      sheet.close();
    });
    // A tap on the backdrop (outside the sheet's box) closes it, as Escape does.
    sheet.addEventListener("click", (event) => { if (event.target === sheet) sheet.close(); });
    sheet.addEventListener("close", () => {
      sheet.after(facets);
      for (const details of facets.querySelectorAll("details")) details.open = true; // as a wide screen shows them
      if (showingResults) land(landing());
      else if (!wide.matches) toggle.focus();
      else facets.querySelector("summary").focus(); // the screen grew past the sheet: "Filters" is gone
    });
    wide.addEventListener("change", () => { if (wide.matches && sheet.open) sheet.close(); });

    return {
      count(n) {
        const text = `Show ${hub.groupDigits(n)} ${n === 1 ? "mentor" : "mentors"}`;
        if (show.textContent !== text) show.textContent = text;
      },
    };
  };

  /** Focus `target` and bring it to the top of the screen, below the sticky header (theme.css's
      scroll-padding-top), rather than wherever the browser would scroll it to. */
  function land(target) {
    target.focus({ preventScroll: true });
    (target.closest("li") || target).scrollIntoView({ block: "start" });
  }
})();
