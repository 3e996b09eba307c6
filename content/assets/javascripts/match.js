/* Mentoring Hub: the match helper at /match/.

   Ranks the mentors who are accepting mentees and have a free place against the wishes in the
   form, with the weights from schemas/match-weights.yml (in match/match-index.json):
   score = the sum of the weights of the wishes met (`learn` once per topic); a mentor must teach
   at least one wished topic. Ties: more free places first, then name, then id.
   Also lists two-way swaps: people who know something the visitor wants to learn and want to
   learn something the visitor can teach (hooks/mentoring/derive/swaps.py does the same for profiles).

   Everything happens here, in the browser: the wishes are never sent or stored. A profile link
   carries the wished topics that mentor teaches in its #fragment (#ask=python, never sent to a
   server), for the profile's request box (mentor-request.js).
   A link may pre-fill them from its #fragment (never sent to a server): #learn=python,sql&teach=go */
(() => {
  "use strict";

  const form = document.getElementById("match-form");
  if (!form || !window.MentoringHub) return;

  const PAGE = 10;
  const SWAP_PAGE = 6;
  const status = document.getElementById("match-status");
  const list = document.getElementById("match-list");
  const more = document.getElementById("match-more");
  const swapStatus = document.getElementById("swap-status");
  const swapList = document.getElementById("swap-list");
  const swapMore = document.getElementById("swap-more");
  const jump = form.querySelector(".hub-match__jump a");
  const template = (id) => document.getElementById(id).content.firstElementChild;
  const profiles = new URL(form.dataset.profiles, document.baseURI);

  prefillFromFragment();

  window.MentoringHub.loadIndex(form.dataset.index).then(start, (error) => {
    status.textContent = "The mentors could not be loaded here. You can still browse them all in the directory.";
    console.warn("Mentoring Hub match helper:", error);
  });

  function start(index) {
    markDeviceTimeZone(index.reference_day);
    const m = index.mentors;
    const count = m.ids.length;
    const weight = (criterion) => index.criteria[criterion].weight;
    const codes = Object.fromEntries(Object.entries(index.values).map(([name, values]) => [name, new Map(values.map((v, i) => [v, i]))]));
    const labels = index.labels;
    const namesLower = m.names.map((name) => name.toLowerCase());
    let shown = PAGE;
    let swapsShown = SWAP_PAGE;

    /** The form's wishes as codes into the index. */
    function wishes() {
      const data = new FormData(form);
      // In the index's order (the vocabulary's for topics), whatever order they were picked in.
      const picked = (field, kind) => data.getAll(field).map((value) => codes[kind].get(value))
        .filter((code) => code !== undefined).sort((a, b) => a - b);
      const program = codes.programs.get(data.get("programs") || "");
      const timezone = data.get("timezone");
      return {
        learn: picked("learn", "tags"),
        teach: picked("teach", "tags"),
        languages: picked("languages", "languages"),
        formats: picked("formats", "formats"),
        program: program === undefined ? null : program,
        offset: timezone === "" || timezone === null ? null : Number(timezone),
      };
    }

    /** Score one mentor: [score, reasons], each reason {met, text, points}. */
    function assess(i, wish) {
      const reasons = [];
      const add = (met, text, points) => reasons.push({ met, text, points: met ? points : 0 });
      for (const tag of wish.learn) {
        const met = m.expertise[i].includes(tag);
        add(met, met ? `Teaches ${labels.tags[tag]}` : `Does not list ${labels.tags[tag]}`, weight("learn"));
      }
      if (wish.languages.length) {
        const shared = wish.languages.filter((code) => m.languages[i].includes(code));
        add(shared.length > 0, shared.length ? `Speaks ${names(shared, labels.languages, "and")}` : `Does not speak ${names(wish.languages, labels.languages, "or")}`, weight("languages"));
      }
      if (wish.offset !== null) {
        const apart = Math.abs(m.offsets[i] - wish.offset);
        const minutes = Math.min(apart, 24 * 60 - apart);
        const met = minutes <= index.criteria.timezone.within_hours * 60;
        add(met, `${index.offset_labels[m.offsets[i]]}, ${distance(minutes)}`, weight("timezone"));
      }
      if (wish.formats.length) {
        const offered = wish.formats.filter((code) => m.formats[i].includes(code));
        add(offered.length > 0, offered.length ? `Offers ${names(offered, labels.formats, "and")}` : `Does not offer ${names(wish.formats, labels.formats, "or")}`, weight("formats"));
      }
      if (wish.program !== null) {
        const met = m.programs[i].includes(wish.program);
        add(met, `${met ? "Mentors in" : "Not in"} ${labels.programs[wish.program]}`, weight("programs"));
      }
      if (wish.teach.length) {
        const wanted = m.learning[i].filter((code) => wish.teach.includes(code));
        add(wanted.length > 0, wanted.length ? `Wants to learn ${names(wanted, labels.tags, "and")}, which you can teach` : "Wants to learn none of the topics you can teach", weight("teach"));
      }
      return [reasons.reduce((sum, reason) => sum + reason.points, 0), reasons];
    }

    function maximum(wish) {
      return weight("learn") * wish.learn.length + (wish.languages.length ? weight("languages") : 0)
        + (wish.offset !== null ? weight("timezone") : 0) + (wish.formats.length ? weight("formats") : 0)
        + (wish.program !== null ? weight("programs") : 0) + (wish.teach.length ? weight("teach") : 0);
    }

    const byName = (a, b) => (namesLower[a] < namesLower[b] ? -1 : namesLower[a] > namesLower[b] ? 1 : 0)
      || (m.ids[a] < m.ids[b] ? -1 : m.ids[a] > m.ids[b] ? 1 : 0);

    /** Mentors with a free place who teach a wished topic, best first. */
    function rank(wish) {
      const found = [];
      for (let i = 0; i < count; i++) {
        if (m.free[i] <= 0) continue; // open places: 0 unless accepting mentees
        if (!wish.learn.some((tag) => m.expertise[i].includes(tag))) continue;
        const [score, reasons] = assess(i, wish);
        found.push({ i, score, reasons });
      }
      return found.sort((a, b) => b.score - a.score || m.free[b.i] - m.free[a.i] || byName(a.i, b.i));
    }

    /** People (any availability) who can teach a wished topic and want to learn one the visitor can teach. */
    function swaps(wish) {
      const found = [];
      for (let i = 0; i < count; i++) {
        const gets = wish.learn.filter((tag) => m.expertise[i].includes(tag));
        if (!gets.length) continue;
        const gives = m.learning[i].filter((tag) => wish.teach.includes(tag));
        if (gives.length) found.push({ i, gets, gives });
      }
      return found.sort((a, b) => (b.gets.length + b.gives.length) - (a.gets.length + a.gives.length) || byName(a.i, b.i));
    }

    function update({ keepPages = false } = {}) {
      if (!keepPages) { shown = PAGE; swapsShown = SWAP_PAGE; }
      const wish = wishes();
      const ranked = wish.learn.length ? rank(wish) : [];
      const top = maximum(wish);
      list.replaceChildren(...ranked.slice(0, shown).map(({ i, score, reasons }) => suggestion(i, score, top, reasons, wish.learn)));
      more.hidden = ranked.length <= shown;
      more.textContent = `Show ${Math.min(PAGE, ranked.length - shown)} more suggestions`;
      status.textContent = !wish.learn.length ? "Pick at least one topic you want to learn to see suggestions."
        : !ranked.length ? "No mentor with a free place teaches these topics right now. Try a related topic, or browse the directory."
        : `${ranked.length} ${ranked.length === 1 ? "mentor" : "mentors"} with a free place ${ranked.length === 1 ? "teaches" : "teach"} what you picked; ` +
          (ranked.length > shown ? `the best ${shown} are shown.` : ranked.length === 1 ? "here is why." : "best first.");

      jump.textContent = ranked.length ? `See ${ranked.length} ${ranked.length === 1 ? "suggestion" : "suggestions"}` : "See the suggestions";

      const found = wish.learn.length && wish.teach.length ? swaps(wish) : [];
      swapList.replaceChildren(...found.slice(0, swapsShown).map(({ i, gets, gives }) => swap(i, gets, gives)));
      swapMore.hidden = found.length <= swapsShown;
      swapMore.textContent = `Show ${Math.min(SWAP_PAGE, found.length - swapsShown)} more swaps`;
      swapStatus.textContent = !(wish.learn.length && wish.teach.length)
        ? "Pick what you want to learn and, under “Can you teach something?”, what you could teach: colleagues who know one and want to learn the other appear here."
        : !found.length ? "Nobody who teaches your topics wants to learn one of yours yet."
        : `${found.length} ${found.length === 1 ? "colleague" : "colleagues"} could swap knowledge with you both ways.`;
    }

    function suggestion(i, score, top, reasons, learn) {
      const item = person(template("match-result").cloneNode(true), i, learn.filter((tag) => m.expertise[i].includes(tag)));
      item.querySelector("[data-score]").textContent = `${format(score)} points`;
      item.querySelector("[data-score-of]").textContent = `of ${format(top)}`;
      item.querySelector("[data-free]").textContent = `${m.free[i]} free ${m.free[i] === 1 ? "place" : "places"}`;
      item.querySelector("[data-reasons]").replaceChildren(...reasons.map((reason) => {
        const line = template("match-reason").cloneNode(true);
        line.classList.add(reason.met ? "is-met" : "is-unmet");
        line.querySelector("[data-verdict]").textContent = reason.met ? "Meets: " : "Does not meet: ";
        line.querySelector("[data-text]").textContent = reason.text;
        line.querySelector("[data-points]").textContent = reason.met ? `+${format(reason.points)}` : "";
        return line;
      }));
      return item;
    }

    function swap(i, gets, gives) {
      const item = person(template("swap-result").cloneNode(true), i, gets);
      const tags = (codes) => codes.map((code) => Object.assign(document.createElement("li"), { textContent: labels.tags[code] }));
      item.querySelector("[data-gets]").replaceChildren(...tags(gets));
      item.querySelector("[data-gives]").replaceChildren(...tags(gives));
      const state = m.availability.rows[i];
      item.querySelector("[data-free]").textContent = m.availability.labels[state] + (m.free[i] > 0 ? ` · ${m.free[i]} free` : "");
      return item;
    }

    /** Fill the parts every listed person has: avatar, name with profile link, role.
        The link's #ask= hands the wished topics this person teaches to the profile's request box. */
    function person(item, i, topics) {
      item.dataset.id = m.ids[i];
      const link = item.querySelector("[data-link]");
      link.href = new URL(`${encodeURIComponent(m.ids[i])}/#ask=${topics.map((tag) => encodeURIComponent(index.values.tags[tag])).join(",")}`, profiles).href;
      link.textContent = m.names[i];
      item.querySelector("[data-role]").textContent = `${m.titles[i]} · ${index.values.departments[m.departments[i]]}`;
      item.querySelector("[data-avatar]").replaceWith(avatar(i));
      return item;
    }

    function avatar(i) {
      if (m.photos[i]) {
        const image = Object.assign(document.createElement("img"), {
          className: "hub-avatar", alt: "", width: 48, height: 48, loading: "lazy", decoding: "async",
          src: new URL(`photos/${encodeURIComponent(m.photos[i])}`, profiles).href,
        });
        image.style.setProperty("--size", "48px");
        return image;
      }
      const initials = Object.assign(document.createElement("span"), { className: `hub-avatar hub-avatar--c${m.colours[i]}`, textContent: m.initials[i] });
      initials.style.setProperty("--size", "48px");
      initials.setAttribute("aria-hidden", "true");
      return initials;
    }

    function showMore(button, grow, target) {
      const before = target.children.length;
      grow();
      update({ keepPages: true });
      const first = target.children[before];
      if (first) first.querySelector("a").focus();
      else button.focus();
    }

    form.addEventListener("change", () => update());
    form.addEventListener("submit", (event) => event.preventDefault());
    more.addEventListener("click", () => showMore(more, () => { shown += PAGE; }, list));
    swapMore.addEventListener("click", () => showMore(swapMore, () => { swapsShown += SWAP_PAGE; }, swapList));
    update();
    form.classList.add("is-ready");
  }

  function names(codes, labels, conjunction) {
    const words = codes.map((code) => labels[code]);
    return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} ${conjunction} ${words.at(-1)}`;
  }

  function distance(minutes) {
    if (minutes === 0) return "your time zone";
    const hours = minutes / 60;
    return `${format(hours)} ${hours === 1 ? "hour" : "hours"} from you`;
  }

  function format(number) {
    return String(Number(number.toFixed(2))); // 3, 1.5, 4.75
  }

  /** Name the option for this device's offset on the day the build reads every mentor's offset
      (the index's reference_day: a local date and time, so read in this device's zone). */
  function markDeviceTimeZone(referenceDay) {
    const minutes = -new Date(referenceDay).getTimezoneOffset();
    const option = [...form.elements.namedItem("timezone").options].find((o) => o.value === String(minutes));
    if (option) option.textContent += " – this device";
  }

  /** Pre-fill the form from a link's #fragment, e.g. #learn=python,sql&teach=go&timezone=60. */
  function prefillFromFragment() {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const [name, raw] of params) {
      const values = raw.split(",").map((value) => value.trim()).filter(Boolean);
      const field = form.elements.namedItem(name);
      if (!field) continue;
      if (field instanceof HTMLSelectElement) {
        if ([...field.options].some((option) => option.value === values[0])) field.value = values[0];
        continue;
      }
      const boxes = field instanceof RadioNodeList ? [...field] : [field];
      for (const box of boxes) if (values.includes(box.value)) box.checked = true;
      if (name === "teach" && values.length) form.querySelector(".hub-match__teach").open = true;
    }
  }
})();
