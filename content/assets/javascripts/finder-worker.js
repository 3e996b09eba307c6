/* Mentoring Hub: a worker that fetches the directory's filter index, parses it and prepares it
   (finder-index.js), so that the page's main thread stays free while /mentors/ opens. It answers
   the one message {href} with {index}, its typed arrays transferred, or {error}. */
"use strict";

importScripts("finder-index.js");

self.addEventListener("message", async ({ data }) => {
  try {
    const response = await fetch(data.href);
    if (!response.ok) throw new Error(`${new URL(data.href).pathname} answered ${response.status}`);
    const { index, buffers } = self.MentoringHub.prepareFilterIndex(await response.json());
    self.postMessage({ index }, buffers);
  } catch (error) {
    self.postMessage({ error: String((error && error.message) || error) });
  }
});
