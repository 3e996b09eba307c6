/* Material's content script (its partials/javascripts/content.html writes it inline), as a file so
   the site's policy allows no inline script; loaded right after the page's content, where Material
   runs it. With the theme feature content.tabs.link (data-tabs-link), the tabs chosen before are
   selected again; the tab named in the address is opened. */
(() => {
  if ("tabsLink" in document.currentScript.dataset) {
    const tabs = __md_get("__tabs");
    if (Array.isArray(tabs)) {
      sets: for (const set of document.querySelectorAll(".tabbed-set")) {
        const labels = set.querySelector(".tabbed-labels");
        for (const tab of tabs) {
          for (const label of labels.getElementsByTagName("label")) {
            if (label.innerText.trim() === tab) {
              document.getElementById(label.htmlFor).checked = true;
              continue sets;
            }
          }
        }
      }
    }
  }
  const target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith("__tabbed_");
})();
