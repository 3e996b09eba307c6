/* Mentoring Hub card builder, update mode: /contribute/card-builder/?update=<id> opens a published card.
 *
 * The card is read from the site's own api/mentors.json (same site, nothing leaves it), put into the form
 * with "Last reviewed" set to today, and every change is listed beside the card. The new text is the
 * card's own file (mentors/<id>/card.yml) with only the changed fields rewritten. Proposing copies the
 * new text and opens the card's edit page on GitHub; downloading stays possible.
 */
(function () {
  "use strict";

  const builder = window.MentoringHub.cardBuilder;
  const root = document.getElementById("card-builder");
  const wanted = new URLSearchParams(window.location.search).get("update");
  if (!builder || !root || !wanted) return;

  const data = JSON.parse(document.getElementById("card-builder-data").textContent);
  const schema = data.schema;
  const panel = document.getElementById("card-update");
  const intro = document.getElementById("card-update-intro");
  const changes = document.getElementById("card-changes");
  const changesList = document.getElementById("card-changes-list");
  const propose = document.getElementById("card-propose");

  /** Return a value as a person reads it in the list of changes. */
  function shown(value) {
    if (value === undefined) return "(not given)";
    if (Array.isArray(value)) return value.length ? value.join(", ") : "(none)";
    if (value && typeof value === "object") return Object.entries(value).map(([key, item]) => `${key}: ${item}`).join("; ");
    return String(value);
  }

  function renderChanges(card) {
    const before = builder.mode.published;
    changesList.replaceChildren();
    for (const [key, node] of Object.entries(schema.properties)) {
      if (JSON.stringify(before[key]) === JSON.stringify(card[key])) continue;
      const item = document.createElement("li");
      const was = document.createElement("del");
      const now = document.createElement("ins");
      was.textContent = shown(before[key]);
      now.textContent = shown(card[key]);
      item.append(`${node.title}: `, was, " → ", now);
      changesList.append(item);
    }
    changes.hidden = false;
    if (!changesList.children.length) changesList.append(Object.assign(document.createElement("li"), { textContent: "Nothing yet." }));
  }

  function startUpdating(record, text) {
    const card = {};
    for (const key of Object.keys(schema.properties)) if (key in record) card[key] = record[key];
    builder.mode.isNew = false;
    builder.mode.published = card;
    builder.mode.text = text;
    root.classList.add("hub-builder--updating");
    document.addEventListener("card-builder:update", (event) => renderChanges(event.detail.card));
    document.addEventListener("card-builder:propose", (event) => {
      // Only the edit page (for a card too long for the issue form) needs the card pasted in.
      if (event.detail.route === "edit") {
        builder.copyText(event.detail.yaml, "Copied your updated card. On the page that opened, select all the text and paste this over it.");
      }
    });
    builder.fill({ ...card, last_reviewed: builder.localToday() });
    const id = document.getElementById("card-id");
    id.readOnly = true;
    if (propose) propose.textContent = "Propose this change";
    const newSteps = document.getElementById("card-steps-new");
    const updateSteps = document.getElementById("card-steps-update");
    if (updateSteps) {
      newSteps.hidden = true;
      updateSteps.hidden = false;
    }
  }

  function notFound(message) {
    document.getElementById("card-update-title").textContent = "This card could not be opened";
    intro.textContent = message;
  }

  // Shown at once, in full, so the form does not move down when the card arrives.
  panel.hidden = false;
  intro.textContent = `You are updating the published card ${data.folder}/${wanted}.yml. “Last reviewed” is set to `
    + "today; change what needs changing, and the changes are listed beside the card. The id stays the same.";
  const read = (address, as) => fetch(address).then((response) => (response.ok ? response[as]() : Promise.reject(new Error(response.statusText))));
  read(root.dataset.published, "json")
    .then((published) => {
      const record = published.mentors.find((mentor) => mentor.id === wanted);
      if (!record) return notFound(`There is no published card with the id “${wanted}”. Fill in the form to write a new card.`);
      // The card's file as written, so that what the mentor does not change stays exactly as it was.
      return read(`${root.dataset.cardTexts}${encodeURIComponent(wanted)}/card.yml`, "text").then((text) => startUpdating(record, text));
    })
    .catch(() => notFound("The published cards could not be read. Reload the page to try again, or fill in the form to write a new card."))
    .finally(() => root.classList.add("hub-builder--opened"));
})();
