/* Mentoring Hub: the match helper at /match/.

   Ranks the mentors who are accepting mentees and have a free place against the wishes in the
   form, with the weights from schemas/match-weights.yml (in match/match-index.json):
   score = the sum of the weights of the wishes met (`learn` once per topic); a mentor must teach
   at least one wished topic and meet every must: a criterion with `required` in the weights, given
   by the mentee, unless its switch is ticked (`when: wish-given`) or only if it is (`when: switch-on`).
   Ties: more free places first, then name, then id.
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

  /** Set the helper up from the index, and show what the form as it stands asks for. */
  function start(index) {
    markDeviceTimeZone(index.reference_day);
    const helper = new MatchHelper(index);
    helper.listen();
    helper.update();
    form.classList.add("is-ready");
  }

  /** The helper at work: the index's mentors in columns, and how many of each list are shown. */
  class MatchHelper {
    /** Read the index: its mentors, each vocabulary's codes, and the labels. */
    constructor(index) {
      this.index = index;
      this.mentors = index.mentors;
      this.handOff = ""; // the languages and programme picked, as the profile links carry them (see update)
      this.count = this.mentors.ids.length;
      this.codes = Object.fromEntries(Object.entries(index.values).map(([name, values]) => [name, new Map(values.map((v, i) => [v, i]))]));
      this.labels = index.labels;
      this.namesLower = this.mentors.names.map((name) => name.toLowerCase());
      this.shown = PAGE;
      this.swapsShown = SWAP_PAGE;
    }

    /** Answer the form's changes and the two "show more" buttons. */
    listen() {
      form.addEventListener("change", () => this.update());
      form.addEventListener("submit", (event) => event.preventDefault());
      more.addEventListener("click", () => this.showMore(more, () => { this.shown += PAGE; }, list));
      swapMore.addEventListener("click", () => this.showMore(swapMore, () => { this.swapsShown += SWAP_PAGE; }, swapList));
    }

    /** Return the weight of one criterion, from schemas/match-weights.yml. */
    weight(criterion) {
      return this.index.criteria[criterion].weight;
    }

    /** Return the form's wishes as codes into the index. */
    wishes() {
      const data = new FormData(form);
      // In the index's order (the vocabulary's for topics), whatever order they were picked in.
      const picked = (field, kind) => data.getAll(field).map((value) => this.codes[kind].get(value))
        .filter((code) => code !== undefined).sort((a, b) => a - b);
      const program = this.codes.programs.get(data.get("programs") || "");
      const timezone = data.get("timezone");
      return {
        learn: picked("learn", "tags"),
        teach: picked("teach", "tags"),
        languages: picked("languages", "languages"),
        formats: picked("formats", "formats"),
        program: program === undefined ? null : program,
        offset: timezone === "" || timezone === null ? null : Number(timezone),
        switches: new Set(data.getAll("switch")),
      };
    }

    /** Return the criteria a mentor must meet for `wish`: each with `required` in the weights, given by
        the mentee, and a must unless its switch is ticked (wish-given) or only when it is (switch-on). */
    musts(wish) {
      const given = { learn: wish.learn.length > 0, teach: wish.teach.length > 0, languages: wish.languages.length > 0,
        formats: wish.formats.length > 0, programs: wish.program !== null, timezone: wish.offset !== null };
      return Object.entries(this.index.criteria)
        .filter(([name, criterion]) => criterion.required && given[name] && (criterion.required.when === "wish-given") !== wish.switches.has(name))
        .map(([name]) => name);
    }

    /** Score one mentor: [score, reasons], each reason {criterion, met, text, points}. */
    assess(i, wish) {
      const { mentors, labels, index } = this;
      const reasons = [];
      const add = (criterion, met, text) => reasons.push({ criterion, met, text, points: met ? this.weight(criterion) : 0 });
      for (const tag of wish.learn) {
        const met = mentors.expertise[i].includes(tag);
        add("learn", met, met ? `Teaches ${labels.tags[tag]}` : `Does not list ${labels.tags[tag]}`);
      }
      if (wish.languages.length) {
        const shared = wish.languages.filter((code) => mentors.languages[i].includes(code));
        add("languages", shared.length > 0, shared.length ? `Speaks ${names(shared, labels.languages, "and")}` : `Does not speak ${names(wish.languages, labels.languages, "or")}`);
      }
      if (wish.offset !== null) {
        const apart = Math.abs(mentors.offsets[i] - wish.offset);
        const minutes = Math.min(apart, 24 * 60 - apart);
        const met = minutes <= index.criteria.timezone.within_hours * 60;
        add("timezone", met, `${index.offset_labels[mentors.offsets[i]]}, ${distance(minutes)}`);
      }
      if (wish.formats.length) {
        const offered = wish.formats.filter((code) => mentors.formats[i].includes(code));
        add("formats", offered.length > 0, offered.length ? `Offers ${names(offered, labels.formats, "and")}` : `Does not offer ${names(wish.formats, labels.formats, "or")}`);
      }
      if (wish.program !== null) {
        const met = mentors.programs[i].includes(wish.program);
        add("programs", met, `${met ? "Mentors in" : "Not in"} ${labels.programs[wish.program]}`);
      }
      if (wish.teach.length) {
        const wanted = mentors.learning[i].filter((code) => wish.teach.includes(code));
        add("teach", wanted.length > 0, wanted.length ? `Wants to learn ${names(wanted, labels.tags, "and")}, which you can teach` : "Wants to learn none of the topics you can teach");
      }
      return [reasons.reduce((sum, reason) => sum + reason.points, 0), reasons];
    }

    /** Return the score of a mentor who meets every wish. */
    maximum(wish) {
      const weight = (criterion) => this.weight(criterion);
      return weight("learn") * wish.learn.length + (wish.languages.length ? weight("languages") : 0)
        + (wish.offset !== null ? weight("timezone") : 0) + (wish.formats.length ? weight("formats") : 0)
        + (wish.program !== null ? weight("programs") : 0) + (wish.teach.length ? weight("teach") : 0);
    }

    /** Compare two mentors by name, then by id. */
    byName(a, b) {
      const { namesLower, mentors } = this;
      return (namesLower[a] < namesLower[b] ? -1 : namesLower[a] > namesLower[b] ? 1 : 0)
        || (mentors.ids[a] < mentors.ids[b] ? -1 : mentors.ids[a] > mentors.ids[b] ? 1 : 0);
    }

    /** Return the mentors with a free place who teach a wished topic and meet every must, best first,
        and how many of the others who teach one miss a must: {ranked, leftOut}. */
    rank(wish) {
      const { mentors } = this;
      const musts = this.musts(wish);
      const ranked = [];
      let leftOut = 0;
      for (let i = 0; i < this.count; i++) {
        if (mentors.free[i] <= 0) continue; // open places: 0 unless accepting mentees
        if (!wish.learn.some((tag) => mentors.expertise[i].includes(tag))) continue;
        const [score, reasons] = this.assess(i, wish);
        if (reasons.some((reason) => !reason.met && musts.includes(reason.criterion))) leftOut++;
        else ranked.push({ i, score, reasons });
      }
      ranked.sort((a, b) => b.score - a.score || mentors.free[b.i] - mentors.free[a.i] || this.byName(a.i, b.i));
      return { ranked, leftOut, musts };
    }

    /** Return the people (any availability) who can teach a wished topic and want to learn one the visitor can teach. */
    swaps(wish) {
      const { mentors } = this;
      const found = [];
      for (let i = 0; i < this.count; i++) {
        const gets = wish.learn.filter((tag) => mentors.expertise[i].includes(tag));
        if (!gets.length) continue;
        const gives = mentors.learning[i].filter((tag) => wish.teach.includes(tag));
        if (gives.length) found.push({ i, gets, gives });
      }
      return found.sort((a, b) => (b.gets.length + b.gives.length) - (a.gets.length + a.gives.length) || this.byName(a.i, b.i));
    }

    /** Show the suggestions and the swaps for the form's wishes (from their first page unless `keepPages`). */
    update({ keepPages = false } = {}) {
      if (!keepPages) { this.shown = PAGE; this.swapsShown = SWAP_PAGE; }
      const wish = this.wishes();
      const { values } = this.index;
      // What the profile links hand to the request box besides the topics: the languages and programme picked.
      this.handOff = [["lang", wish.languages.map((code) => values.languages[code])], ["program", wish.program === null ? [] : [values.programs[wish.program]]]]
        .filter(([, picked]) => picked.length).map(([name, picked]) => `&${name}=${picked.map(encodeURIComponent).join(",")}`).join("");
      this.showSuggestions(wish);
      this.showSwaps(wish);
    }

    /** Show the best mentors for `wish`, the sentence that counts them and the link that jumps to them. */
    showSuggestions(wish) {
      const { shown } = this;
      const { ranked, leftOut, musts } = wish.learn.length ? this.rank(wish) : { ranked: [], leftOut: 0, musts: [] };
      const top = this.maximum(wish);
      list.replaceChildren(...ranked.slice(0, shown).map(({ i, score, reasons }) => this.suggestion(i, score, top, reasons, wish.learn)));
      more.hidden = ranked.length <= shown;
      more.textContent = `Show ${Math.min(PAGE, ranked.length - shown)} more suggestions`;
      status.textContent = !wish.learn.length ? "Pick at least one topic you want to learn to see suggestions."
        : !ranked.length && !leftOut ? "No mentor with a free place teaches these topics right now. Try a related topic, or browse the directory."
        : !ranked.length ? `No mentor with a free place who teaches these topics meets your musts.${this.leftOutText(leftOut, musts)}`
        : `${ranked.length} ${ranked.length === 1 ? "mentor" : "mentors"} with a free place ${ranked.length === 1 ? "teaches" : "teach"} what you picked; ` +
          (ranked.length > shown ? `the best ${shown} are shown.` : ranked.length === 1 ? "here is why." : "best first.") + this.leftOutText(leftOut, musts);

      jump.textContent = ranked.length ? `See ${ranked.length} ${ranked.length === 1 ? "suggestion" : "suggestions"}` : "See the suggestions";
    }

    /** Return the sentence that counts the mentors the musts leave out (empty when none), naming the musts by their labels. */
    leftOutText(leftOut, musts) {
      if (!leftOut) return "";
      const labels = musts.map((name) => `“${this.index.criteria[name].label}”`);
      return ` ${leftOut} more ${leftOut === 1 ? "is" : "are"} left out for missing a must: ${labels.length < 2 ? labels.join("") : `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}`}.`;
    }

    /** Show the two-way swaps for `wish` and the sentence that counts them. */
    showSwaps(wish) {
      const { swapsShown } = this;
      const found = wish.learn.length && wish.teach.length ? this.swaps(wish) : [];
      swapList.replaceChildren(...found.slice(0, swapsShown).map(({ i, gets, gives }) => this.swap(i, gets, gives)));
      swapMore.hidden = found.length <= swapsShown;
      swapMore.textContent = `Show ${Math.min(SWAP_PAGE, found.length - swapsShown)} more swaps`;
      swapStatus.textContent = !(wish.learn.length && wish.teach.length)
        ? "Pick what you want to learn and, under “Can you teach something?”, what you could teach: colleagues who know one and want to learn the other appear here."
        : !found.length ? "Nobody who teaches your topics wants to learn one of yours yet."
        : `${found.length} ${found.length === 1 ? "colleague" : "colleagues"} could swap knowledge with you both ways.`;
    }

    /** Return one suggestion's item: the person, the score out of `top`, free places and the reasons. */
    suggestion(i, score, top, reasons, learn) {
      const { mentors } = this;
      const item = this.person(template("match-result").cloneNode(true), i, learn.filter((tag) => mentors.expertise[i].includes(tag)));
      item.querySelector("[data-score]").textContent = `${format(score)} points`;
      item.querySelector("[data-score-of]").textContent = `of ${format(top)}`;
      item.querySelector("[data-free]").textContent = `${mentors.free[i]} free ${mentors.free[i] === 1 ? "place" : "places"}`;
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

    /** Return one swap's item: the person, what each side gets, and their availability. */
    swap(i, gets, gives) {
      const { mentors, labels } = this;
      const item = this.person(template("swap-result").cloneNode(true), i, gets);
      const tags = (codes) => codes.map((code) => Object.assign(document.createElement("li"), { textContent: labels.tags[code] }));
      item.querySelector("[data-gets]").replaceChildren(...tags(gets));
      item.querySelector("[data-gives]").replaceChildren(...tags(gives));
      const state = mentors.availability.rows[i];
      item.querySelector("[data-free]").textContent = mentors.availability.labels[state] + (mentors.free[i] > 0 ? ` · ${mentors.free[i]} free` : "");
      return item;
    }

    /** Fill the parts every listed person has: avatar, name with profile link, role.
        The link's #ask= hands the wished topics this person teaches to the profile's request box, with
        the languages (lang=) and programme (program=) picked. */
    person(item, i, topics) {
      const { mentors, index } = this;
      item.dataset.id = mentors.ids[i];
      const link = item.querySelector("[data-link]");
      link.href = new URL(`${encodeURIComponent(mentors.ids[i])}/#ask=${topics.map((tag) => encodeURIComponent(index.values.tags[tag])).join(",")}${this.handOff}`, profiles).href;
      link.textContent = mentors.names[i];
      item.querySelector("[data-role]").textContent = `${mentors.titles[i]} · ${index.values.departments[mentors.departments[i]]}`;
      item.querySelector("[data-avatar]").replaceWith(this.avatar(i));
      return item;
    }

    /** Return the person's photo, or their initials on their colour when they have none. */
    avatar(i) {
      const { mentors } = this;
      if (mentors.photos[i]) {
        const image = Object.assign(document.createElement("img"), {
          className: "hub-avatar", alt: "", width: 48, height: 48, loading: "lazy", decoding: "async",
          src: new URL(`photos/${encodeURIComponent(mentors.photos[i])}`, profiles).href,
        });
        image.style.setProperty("--size", "48px");
        return image;
      }
      const initials = Object.assign(document.createElement("span"), { className: `hub-avatar hub-avatar--c${mentors.colours[i]}`, textContent: mentors.initials[i] });
      initials.style.setProperty("--size", "48px");
      initials.setAttribute("aria-hidden", "true");
      return initials;
    }

    /** Show a page more of `target`'s list and move the keyboard to its first new entry (or stay on `button`). */
    showMore(button, grow, target) {
      const before = target.children.length;
      grow();
      this.update({ keepPages: true });
      const first = target.children[before];
      if (first) first.querySelector("a").focus();
      else button.focus();
    }
  }

  /** Return the labels of `codes` as a list in words: "A, B and C". */
  function names(codes, labels, conjunction) {
    const words = codes.map((code) => labels[code]);
    return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} ${conjunction} ${words.at(-1)}`;
  }

  /** Return how far a time zone `minutes` away is from the visitor's, in words. */
  function distance(minutes) {
    if (minutes === 0) return "your time zone";
    const hours = minutes / 60;
    return `${format(hours)} ${hours === 1 ? "hour" : "hours"} from you`;
  }

  /** Return a score or a number of hours with at most two decimals. */
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
