/* Mentoring Hub: Material's header for keyboard users (overrides/main.html loads it after Material's bundle).
   - The phone menu's button is a <label> for the hidden #__drawer checkbox, which no key can reach: it
     becomes a focusable button (Enter or Space opens the menu and moves focus into it; Escape closes it
     and returns focus to the button). theme.css hides the closed menu, so Tab never wanders into it.
   - Material keeps its search open after focus has left it, and the open search covers the page:
     it closes when focus moves on to the page. */
(() => {
  "use strict";

  const drawer = document.getElementById("__drawer");
  const button = document.querySelector('.md-header label[for="__drawer"]');
  const menu = document.querySelector(".md-sidebar--primary");
  const search = document.getElementById("__search");

  const setToggle = (toggle, checked) => {
    if (toggle.checked === checked) return;
    toggle.checked = checked;
    toggle.dispatchEvent(new Event("change"));
  };

  if (drawer && button && menu) {
    const name = document.querySelector("nav.md-nav--primary")?.getAttribute("aria-label") || button.textContent.trim();
    button.setAttribute("role", "button");
    button.setAttribute("tabindex", "0");
    if (name) button.setAttribute("aria-label", name);
    const showState = () => button.setAttribute("aria-expanded", String(drawer.checked));
    showState();
    drawer.addEventListener("change", showState);

    button.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      setToggle(drawer, !drawer.checked);
      if (drawer.checked) menu.querySelector("a[href], [tabindex='0']")?.focus();
    });
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !drawer.checked) return;
      setToggle(drawer, false);
      button.focus();
    });
  }

  if (search) {
    document.addEventListener("focusin", (event) => {
      if (search.checked && event.target instanceof Element && !event.target.closest(".md-search")) setToggle(search, false);
    });
  }
})();
