/* Mentoring Hub: the "Ask <name> to mentor you" box on a profile (overrides/partials/mentor-request.html).

   The page carries a first message drafted from the mentee-advice guide and a mailto: link (or, for
   a mentor with only a chat handle, a button that copies the message), and as data (data-request)
   the draft in each language the guide is written in and the mentor speaks, cut where the topic
   and the programme go. This script keeps the link in step with the visitor's edits and fills in
   what the visitor picked in the directory's filters or on /match/, handed over in the link's
   #fragment, which the browser never sends to a server: the topics (ask=python,sql), the languages
   (lang=it) and the programme (program=new-hire-buddies). The draft is in the first language picked
   that it comes in, or else the browser's language; a choice of languages above the message
   switches it. Nothing is sent or stored: the link only opens the visitor's own mail program. */
(() => {
  "use strict";

  const box = document.querySelector("[data-request]");
  const message = box && box.querySelector("[data-request-message]");
  if (!message) return; // no box, or a full or paused mentor: nothing to draft

  const mail = box.querySelector("[data-request-mail]");
  const copy = box.querySelector("[data-request-copy]");
  const status = box.querySelector("[data-request-status]");
  const choices = box.querySelector("[data-request-languages]");
  const data = JSON.parse(box.dataset.request);
  const drafts = new Map(data.drafts.map((draft) => [draft.lang, draft]));
  const handed = new URLSearchParams(location.hash.slice(1));
  const picked = (name) => [...new Set((handed.get(name) || "").split(",").filter(Boolean))];
  // Only what this mentor has: a forged fragment names nothing else.
  const topics = picked("ask").filter((tag) => Object.hasOwn(data.topics, tag)).map((tag) => data.topics[tag]);
  const programme = picked("program").filter((id) => Object.hasOwn(data.programmes, id)).map((id) => data.programmes[id])[0];
  const edited = new Map(); // the visitor's own version of each language's message
  let shown = data.drafts[0].lang;

  const first = firstLanguage();
  if (first !== shown || topics.length || programme) write(first);
  say(first);
  if (choices) {
    choices.hidden = false;
    choices.addEventListener("change", (event) => {
      edited.set(shown, message.value);
      write(event.target.value);
      status.textContent = `The message is now in ${drafts.get(shown).label}.`;
    });
  }
  if (mail) {
    updateMailLink();
    message.addEventListener("input", updateMailLink);
  }
  if (copy) {
    copy.hidden = false;
    copy.addEventListener("click", copyMessage);
  }

  /** Return the language to draft in: the first one handed over that a draft comes in, else the
      browser's own if one does, else the first (English). */
  function firstLanguage() {
    const wanted = picked("lang").find((lang) => drafts.has(lang));
    if (wanted) return wanted;
    const browser = (navigator.language || "").toLowerCase().split("-")[0];
    return drafts.has(browser) ? browser : shown;
  }

  /** Put the draft in `lang` into the box (the visitor's edits to it, if any), naming the topics and programme. */
  function write(lang) {
    const draft = drafts.get(lang);
    shown = lang;
    message.lang = lang;
    if (choices) choices.querySelector(`input[value="${CSS.escape(lang)}"]`).checked = true;
    if (mail) mail.dataset.withoutBody = draft.mailtoWithoutBody;
    message.value = edited.has(lang) ? edited.get(lang) : drafted(draft);
    if (mail) updateMailLink();
  }

  /** Return `draft`'s message with the topics picked (or the mentor's first skill) and the programme picked. */
  function drafted(draft) {
    const named = topics.length ? new Intl.ListFormat(draft.lang, { type: "conjunction" }).format(topics) : data.defaultTopic;
    const sentence = programme && draft.aroundProgramme.length ? ` ${draft.aroundProgramme.join(programme)}` : "";
    return draft.aroundTopic.join(named) + sentence;
  }

  /** Say what was filled in for the visitor. */
  function say(lang) {
    const said = [];
    if (topics.length) said.push(`The topics you picked are filled in: ${new Intl.ListFormat("en", { type: "conjunction" }).format(topics)}.`);
    if (programme) said.push(`So is the programme: ${programme}.`);
    if (lang !== data.drafts[0].lang) said.push(`The message is in ${drafts.get(lang).label}, as the guide for mentees words it; you can switch it to ${data.drafts[0].label}.`);
    status.textContent = said.join(" ");
  }

  /** The build's link (mentoring.site.mailto, address and subject encoded there) ending in 'body=', then the
      visitor's message encoded as mailto_field encodes it: CRLF line breaks, everything but A-Z a-z 0-9 - . _ ~
      percent-encoded (RFC 6068). */
  function updateMailLink() {
    const body = message.value.replace(/\r\n|\r|\n/g, "\r\n");
    mail.href = mail.dataset.withoutBody + encodeURIComponent(body).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
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
