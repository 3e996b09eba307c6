/* Mentoring Hub: the directory's filter index (mentors/filter-index.json, written by directory_filters.py and
   directory.py) turned into flat typed arrays that finder.js filters, counts and draws cards from.

   finder-worker.js runs this off the page's main thread and hands the arrays over without copying
   them; a copy of the site opened from disk (file://), where workers cannot start, runs it on the
   page. Per-mentor text (names, titles, ...) becomes one string and the offsets where each item
   ends, so that handing it over is one copy instead of tens of thousands of small strings. */
(() => {
  "use strict";

  const hub = (self.MentoringHub = self.MentoringHub || {});

  /** A list of strings as {text, ends}: item i is text from ends[i - 1] (or 0) to ends[i]. */
  const packText = (items, buffers) => {
    const ends = new Int32Array(items.length);
    let end = 0;
    items.forEach((item, i) => { ends[i] = end += item.length; });
    buffers.push(ends.buffer);
    return { text: items.join(""), ends };
  };

  /** Lists of small integers per mentor (a code, -1 for none, or a list) as {start, codes}:
      mentor i has codes[start[i]] up to codes[start[i + 1]]. */
  const packRows = (rows, buffers) => {
    const start = new Int32Array(rows.length + 1);
    let size = 0;
    rows.forEach((row, i) => { size += Array.isArray(row) ? row.length : row >= 0 ? 1 : 0; start[i + 1] = size; });
    const codes = new Int32Array(size);
    rows.forEach((row, i) => {
      if (Array.isArray(row)) codes.set(row, start[i]);
      else if (row >= 0) codes[start[i]] = row;
    });
    buffers.push(start.buffer, codes.buffer);
    return { start, codes };
  };

  const numbers = (list, buffers) => {
    const array = Int32Array.from(list);
    buffers.push(array.buffer);
    return array;
  };

  /** Item `number` of a list packed by packText. */
  hub.textAt = (packed, number) => packed.text.slice(number ? packed.ends[number - 1] : 0, packed.ends[number]);

  /** Return {index, buffers}: the prepared index and the ArrayBuffers it is made of (to transfer). */
  hub.prepareFilterIndex = (raw) => {
    const buffers = [];
    const facets = {};
    for (const [name, column] of Object.entries(raw.facets)) {
      const { start, codes } = packRows(column.rows, buffers);
      const totals = new Int32Array(column.values.length); // mentors with each value: the counts before any choice
      for (const code of codes) totals[code]++;
      buffers.push(totals.buffer);
      facets[name] = { values: column.values, labels: column.labels, start, codes, totals };
    }
    // Each stem's postings are delta-encoded mentor numbers: decoded once, into one array.
    const { stems, postings } = raw.words;
    const words = { stems, start: new Int32Array(stems.length + 1) };
    words.mentors = new Int32Array(postings.reduce((sum, deltas) => sum + deltas.length, 0));
    postings.forEach((deltas, position) => {
      let at = words.start[position];
      let mentor = 0;
      for (const delta of deltas) words.mentors[at++] = mentor += delta;
      words.start[position + 1] = at;
    });
    buffers.push(words.start.buffer, words.mentors.buffer);
    const { cards } = raw;
    return {
      index: {
        mentors: raw.ids.length,
        pageSize: raw.page_size,
        cardTags: raw.card_tags,
        ids: packText(raw.ids, buffers),
        facets,
        words,
        cards: {
          names: packText(cards.names, buffers),
          pronouns: packText(cards.pronouns, buffers),
          titles: packText(cards.titles, buffers),
          locations: packText(cards.locations, buffers),
          photos: packText(cards.photos, buffers),
          initials: packText(cards.initials, buffers),
          colours: numbers(cards.colours, buffers),
          free: numbers(cards.free, buffers),
          offsets: { values: cards.offsets.values, rows: numbers(cards.offsets.rows, buffers) },
          availability: { ...cards.availability, rows: numbers(cards.availability.rows, buffers) },
        },
      },
      buffers,
    };
  };
})();
