/* Mentoring Hub: the "Ask <name> to mentor you" box on a profile (overrides/partials/mentor-request.html).

   The page carries a first message drafted from the mentee-advice guide and a mailto: link (or, for
   a mentor with only a chat handle, a button that copies the message). This script keeps the link
   in step with the visitor's edits and, when the visitor came from /match/, fills in the topics
   they picked there: the match helper hands them over in the link's #fragment (#ask=python,sql),
   which the browser never sends to a server. Nothing is sent or stored: the link only opens the
   visitor's own mail program. */
(() => {
  "use strict";

  const box = document.querySelector("[data-request]");
  const message = box && box.querySelector("[data-request-message]");
  if (!message) return; // no box, or a full or paused mentor: nothing to draft

  const mail = box.querySelector("[data-request-mail]");
  const copy = box.querySelector("[data-request-copy]");
  const status = box.querySelector("[data-request-status]");

  fillPickedTopics();
  if (mail) {
    updateMailLink();
    message.addEventListener("input", updateMailLink);
  }
  if (copy) {
    copy.hidden = false;
    copy.addEventListener("click", copyMessage);
  }

  /** Put the topics picked in the directory's filters or on /match/ (those this mentor teaches) where the
      guide's template names their expertise. */
  function fillPickedTopics() {
    const picked = new URLSearchParams(location.hash.slice(1)).get("ask");
    if (!picked) return;
    const labels = JSON.parse(box.dataset.topics);
    const names = [...new Set(picked.split(","))].filter((tag) => Object.hasOwn(labels, tag)).map((tag) => labels[tag]);
    const placeholder = box.dataset.topicsPlaceholder;
    if (!names.length || !message.value.includes(placeholder)) return;
    const topics = new Intl.ListFormat("en", { type: "conjunction" }).format(names);
    message.value = message.value.replace(placeholder, topics);
    status.textContent = `The topics you picked are filled in: ${topics}.`;
  }

  /** The build's link (mentoring.site.mailto, address and subject encoded there) ending in 'body=', then the
      visitor's message with %20 for spaces and CRLF line breaks (RFC 6068). */
  function updateMailLink() {
    const body = message.value.replace(/\r\n|\r|\n/g, "\r\n");
    mail.href = mail.dataset.withoutBody + encodeURIComponent(body);
  }

  async function copyMessage() {
    try {
      await navigator.clipboard.writeText(message.value);
      status.textContent = "Copied. Paste the message into a chat with them and send it when you are ready.";
    } catch {
      message.focus();
      message.select();
      status.textContent = "Your browser did not let this page copy. The message is selected: press Ctrl+C (or ⌘C) to copy it.";
    }
  }
})();
