/* Material 9.8.1's palette script plus one case, as a file so the site's policy allows no inline
   script (overrides/partials/javascripts/palette.html loads it right after the palette toggle): on a
   first visit (no palette stored yet) the page starts in the palette whose media query matches,
   instead of showing the first palette until the bundle at the end of the page switches it.
   Dark-mode readers see no light flash, and nothing is restyled (or caught mid colour transition by
   a checker) after the first paint. */
(() => {
  const palette = __md_get("__palette");
  if (palette && palette.color) {
    if (palette.color.media === "(prefers-color-scheme)") {
      const media = matchMedia("(prefers-color-scheme: light)");
      const input = document.querySelector(media.matches
        ? "[data-md-color-media='(prefers-color-scheme: light)']"
        : "[data-md-color-media='(prefers-color-scheme: dark)']");
      palette.color.media = input.getAttribute("data-md-color-media");
      palette.color.scheme = input.getAttribute("data-md-color-scheme");
      palette.color.primary = input.getAttribute("data-md-color-primary");
      palette.color.accent = input.getAttribute("data-md-color-accent");
    }
    for (const [key, value] of Object.entries(palette.color)) document.body.setAttribute("data-md-color-" + key, value);
  } else {
    for (const option of document.querySelectorAll("[data-md-color-media]")) {
      if (matchMedia(option.getAttribute("data-md-color-media")).matches) {
        for (const key of ["scheme", "primary", "accent"]) {
          document.body.setAttribute("data-md-color-" + key, option.getAttribute("data-md-color-" + key));
        }
        break;
      }
    }
  }
})();
