/* Mentoring Hub search worker: Material's own search worker, handed the documents it fetches itself.

   theme.js starts this worker in place of Material's, naming Material's worker (?material=) and the
   site's root (?site=). The build leaves the documents out of search/search_index.json, which
   Material's page script reads on the main thread, and names the file that holds them
   (config.documents, hooks/mentoring/site/build/search_files.py). So a big organisation's index,
   megabytes of JSON, is fetched and parsed here, off the page's main thread, and Material's worker
   then builds its Lunr index from it as it always does. */
"use strict";

const SETUP = 0; // Material's SearchMessageType.SETUP
const places = new URL(self.location.href).searchParams;

// Registered before Material's listener, so a setup without documents stops here and is sent on,
// documents added, once they have been read.
addEventListener("message", (event) => {
  const { type, data } = event.data;
  if (type !== SETUP || !data.config.documents) return;
  event.stopImmediatePropagation();
  const { documents, ...config } = data.config;
  fetch(new URL(documents, places.get("site")))
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status} ${response.statusText}`))))
    .then((index) => index.docs, (error) => {
      console.warn(`Search: the documents at ${documents} could not be read (${error.message})`);
      return [];
    })
    .then((docs) => dispatchEvent(new MessageEvent("message", { data: { type, data: { ...data, config, docs } } })));
});

importScripts(places.get("material"));
