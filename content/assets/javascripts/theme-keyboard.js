/* Mentoring Hub: Material's header for keyboard users (overrides/main.html loads it after Material's bundle).
   - The phone menu's button is a <label> for the hidden #__drawer checkbox, which no key can reach: a
     real, named button goes inside it (Enter or Space opens the menu and moves focus into it; Escape
     closes it and returns focus to the button). theme.css hides the closed menu, so Tab never wanders into it.
   - The colour toggle (overrides/partials/palette.html) is one button at a time, named for what it does:
     it checks the next of Material's hidden radios, whose change Material's script applies, and focus
     stays on the toggle, now the button for the way back. */
(() => {
  "use strict";

  const drawer = document.getElementById("__drawer");
  const label = document.querySelector('.md-header label[for="__drawer"]');
  const menu = document.querySelector(".md-sidebar--primary");

  const setToggle = (toggle, checked) => {
    if (toggle.checked === checked) return;
    toggle.checked = checked;
    toggle.dispatchEvent(new Event("change"));
  };

  if (drawer && label && menu) {
    // A real button inside Material's label: the label still works for a pointer where scripts do not
    // run, and a click on a button inside a label does not also toggle the label's checkbox.
    const button = document.createElement("button");
    button.type = "button";
    button.className = "hub-menu-button";
    button.setAttribute("aria-label", document.querySelector("nav.md-nav--primary")?.getAttribute("aria-label") || "Navigation");
    button.append(...label.childNodes);
    label.append(button);
    const showState = () => button.setAttribute("aria-expanded", String(drawer.checked));
    showState();
    drawer.addEventListener("change", showState);

    button.addEventListener("click", (event) => {
      setToggle(drawer, !drawer.checked);
      // Opened from the keyboard (a click with no pointer position), focus moves into the menu.
      if (drawer.checked && event.detail === 0) menu.querySelector("a[href], [tabindex='0']")?.focus();
    });
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !drawer.checked) return;
      setToggle(drawer, false);
      button.focus();
    });
  }

  const palette = document.querySelector('[data-md-component="palette"]');
  for (const button of palette ? palette.querySelectorAll("button[data-hub-palette-next]") : []) {
    // Material's own Enter handler on the form would switch a second time after the button's click.
    button.addEventListener("keydown", (event) => { if (event.key === "Enter") event.stopPropagation(); });
    button.addEventListener("click", () => {
      const radio = document.getElementById(button.dataset.hubPaletteNext);
      radio.click();
      const shown = radio.nextElementSibling;
      if (shown instanceof HTMLButtonElement && shown !== button) {
        shown.hidden = false;
        button.hidden = true;
        shown.focus();
      }
    });
  }
})();
