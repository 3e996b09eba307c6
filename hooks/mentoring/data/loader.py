"""Load a repository's data files, validate them, and build the catalogue.

Every file is checked on its own (YAML, then schema), then across files
(ids, programme references, photos, dates). Every problem is collected; a
file with none goes into the catalogue.
"""

from __future__ import annotations

import datetime
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from mentoring.data import guide_links, guide_safety, hand_written_pages, layout, markdown_limits, programme_groups, repository_files, support_contacts
from mentoring.data.dates import latest_today
from mentoring.data.documents import Document, shared_strings, split_front_matter
from mentoring.data.ids import ID_PATTERN
from mentoring.data.images import image_kind_and_size
from mentoring.data.messages import say
from mentoring.data.model import Catalog, Guide, Mentor, Program, SupportContacts
from mentoring.data.problems import Problem, internal_errors_reported
from mentoring.data.schema_errors import Explainer
from mentoring.data.schemas import Schemas, is_date, load_schemas
from mentoring.data.structure_limits import check_structure, needed_depth
from mentoring.data.vocabulary import Vocabulary, closest, load_vocabulary
from mentoring.data.yaml_reader import YamlError, decode, quick_load

MAX_PHOTO_BYTES = 1024 * 1024
WHAT = {"mentor": "a card", "program": "a programme", "guide": "a guide's front matter", "support-contacts": "the help routes file"}
PHOTO_SIDE = (64, 4096)


@dataclass
class LoadResult:
    """The catalogue of valid files and every problem found."""

    catalog: Catalog
    problems: list[Problem]
    files_checked: int

    @property
    def ok(self) -> bool:
        return not self.problems


class Loader:
    """Reads and checks the data under one root, with schemas compiled once."""

    def __init__(self, schemas_dir: Path | None = None, email_domains: tuple[str, ...] = ()):
        schemas_dir = schemas_dir or layout.PROJECT_SCHEMAS
        self.vocabulary: Vocabulary = load_vocabulary(schemas_dir, email_domains)  # domains: extra.mentoring.email_domains
        self.schemas: Schemas = load_schemas(schemas_dir, self.vocabulary)
        self.depth_needed = {kind: needed_depth(schema) for kind, schema in self.schemas.documents.items()}

    def load(self, root: Path, today: datetime.date | None = None) -> LoadResult:
        """Check every data file under root and return the catalogue and the problems.

        `today` is the latest date a file may give; by default the date somewhere on Earth is
        already at (UTC+14), so a date written in any time zone is never "in the future".
        """
        root, today = Path(root), today or latest_today()
        stray = repository_files.file_problems(root) + hand_written_pages.page_problems(root)
        card_paths = layout.data_files(root, layout.MENTORS_DIR, ".yml")
        known_valid = self._quick_in_parallel(card_paths, "mentor")
        mentors = [
            Document("mentor", path.relative_to(root).as_posix(), path.stem, data=known_valid[path], file=path, checked_alone=True)
            if path in known_valid else self._read_yaml(root, path, "mentor")
            for path in card_paths
        ]
        programs = [self._read_yaml(root, path, "program") for path in layout.data_files(root, layout.PROGRAMS_DIR, ".yml")]
        guides = [self._read_guide(root, path) for path in layout.guide_files(root)]
        support = [self._read_yaml(root, path, "support-contacts") for path in [root / layout.SUPPORT_CONTACTS] if path.is_file() and not path.is_symlink()]

        self._check_ids(mentors, "mentor card")
        self._check_ids(programs, "programme")
        program_ids = {doc.data.get("id") for doc in programs if not doc.problems}
        for doc in mentors:
            with internal_errors_reported(doc.problems, doc.rel_path):
                if doc.data:
                    self._check_mentor(root, doc, program_ids | {p.stem for p in programs}, today)
        for doc in programs:
            with internal_errors_reported(doc.problems, doc.rel_path):
                if doc.data:
                    self._check_program(doc, today)
        self._check_guides(guides, today)
        support_contacts.check_all(support, today)
        guide_links.link_problems(root, mentors, programs, guides)

        catalog = Catalog(self.vocabulary)
        by_name = lambda record: (record.name.casefold(), record.id)  # noqa: E731
        catalog.mentors = sorted((Mentor(doc.data, doc.rel_path) for doc in mentors if not doc.problems), key=by_name)
        catalog.programs = sorted((Program(doc.data, doc.rel_path) for doc in programs if not doc.problems), key=by_name)
        catalog.guides = sorted(
            (Guide(doc.stem, doc.lang, doc.data, doc.body, doc.rel_path) for doc in guides if not doc.problems),
            key=lambda guide: (guide.lang, guide.meta["order"], guide.slug),
        )
        catalog.support = next((SupportContacts(doc.data, doc.rel_path) for doc in support if not doc.problems), None)
        documents = mentors + programs + guides + support
        refused = {problem.path for problem in stray}  # files out of place, links, hand-written pages
        return LoadResult(catalog, sorted(stray + [problem for doc in documents for problem in doc.problems]), len(documents) + len(refused))

    # --- one file -------------------------------------------------------

    def _quick_in_parallel(self, paths: list[Path], kind: str) -> dict[Path, dict]:
        """Return the data of the files that pass the quick check, read on both cores ({} for small
        sets): reading YAML is most of a big organisation's work. The rest get the careful reading here."""
        if len(paths) < PARALLEL_FROM or (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return {}
        global _worker_loader
        _worker_loader = self
        # Half in a forked process, half here: only the other half's data is copied across.
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            elsewhere = pool.submit(_quick_chunk, paths[1::2], kind)
            here = _quick_chunk(paths[::2], kind)
            return {path: data for path, data in here + elsewhere.result() if data is not None}

    def quick_data(self, path: Path, kind: str) -> dict | None:
        """Return a file's data when it is plain YAML that satisfies the schema, else None."""
        try:
            text = decode(path.read_bytes())
            data = None if check_structure(text, self.depth_needed[kind], WHAT[kind]) else quick_load(text)
        except Exception:  # noqa: BLE001 - the careful reading of this file reports what is wrong
            return None
        if not (isinstance(data, dict) and self.schemas.is_valid(kind, data)) or markdown_limits.crosses_limit(data):
            return None
        return shared_strings(data)

    def _read_yaml(self, root: Path, path: Path, kind: str) -> Document:
        doc = Document(kind, path.relative_to(root).as_posix(), path.stem)
        try:
            doc.text = decode(path.read_bytes())
        except YamlError as error:
            doc.problems.append(error.problem(doc.rel_path))
            return doc
        with internal_errors_reported(doc.problems, doc.rel_path):
            self._check(doc)
        return doc

    def _read_guide(self, root: Path, path: Path) -> Document:
        rel = path.relative_to(root)
        lang = rel.parts[1] if len(rel.parts) == 3 else "en"
        doc = Document("guide", rel.as_posix(), path.stem, lang=lang, line_offset=1)
        try:
            text = decode(path.read_bytes())
        except YamlError as error:
            doc.problems.append(error.problem(doc.rel_path))
            return doc
        front, doc.body = split_front_matter(text)
        if front is None:
            doc.problems.append(
                Problem(doc.rel_path, 1, 1, "", "a guide must start with front matter: a '---' line, fields such as 'title: ...', and another '---' line")
            )
            return doc
        doc.text = front
        with internal_errors_reported(doc.problems, doc.rel_path):
            self._check(doc)
            doc.problems.extend(guide_safety.body_problems(doc.rel_path, text, doc.body))
            doc.problems.extend(markdown_limits.guide_problems(doc.rel_path, text, doc.body))
        return doc

    def _check(self, doc: Document) -> None:
        """Check a file against its schema: quickly when it is valid, carefully (with positions) when not."""
        crossed = check_structure(doc.text, self.depth_needed[doc.kind], WHAT[doc.kind])
        if crossed:  # before any YAML parser sees it: a parser can crash on deep nesting
            doc.problems.append(Problem(doc.rel_path, crossed.line + doc.line_offset, crossed.column, "", crossed.message))
            return
        data = quick_load(doc.text)
        if isinstance(data, dict) and self.schemas.is_valid(doc.kind, data):
            doc.data = shared_strings(data)
            return
        try:
            source = doc.source
        except YamlError as error:
            doc.problems.append(error.problem(doc.rel_path, doc.line_offset))
            return
        if not isinstance(source.data, dict):
            kind = "a list" if isinstance(source.data, list) else "a single value"
            line, column = source.position(())
            doc.problems.append(
                Problem(doc.rel_path, line + doc.line_offset, column, "", f"the file should be a set of fields ('name: value' lines), but it is {kind}")
            )
            return
        doc.data = source.data
        explainer = Explainer(doc.rel_path, source, self.vocabulary, doc.line_offset)
        doc.problems.extend(explainer.explain_all(self.schemas.validators[doc.kind].iter_errors(source.data)))

    # --- across files ---------------------------------------------------

    def _check_ids(self, docs: list[Document], what: str) -> None:
        seen: dict[str, Document] = {}
        for doc in docs:
            if not ID_PATTERN.match(doc.stem):
                doc.problems.append(
                    Problem(doc.rel_path, 1, 1, "", "the file name must use only lowercase letters, digits and hyphens, like 'ada-lovelace.yml'")
                )
            value = doc.data.get("id")
            if isinstance(value, str) and value != doc.stem:
                doc.add(("id",), f"'{value}' is not the same as the file name '{doc.stem}'; make them equal")
            if isinstance(value, str) and value == doc.stem:
                if value in seen:
                    doc.add(("id",), f"another {what} already uses the id '{value}' ({seen[value].rel_path})")
                seen.setdefault(value, doc)

    def _check_mentor(self, root: Path, doc: Document, program_ids: set, today: datetime.date) -> None:
        if not doc.checked_alone:
            markdown_limits.data_problems(doc)
        data = doc.data
        programs = data.get("programs")
        if isinstance(programs, list):
            for index, program_id in enumerate(programs):
                if isinstance(program_id, str) and program_id not in program_ids:
                    guess = closest(program_id, sorted(i for i in program_ids if isinstance(i, str)))
                    message = say("unknown_programme", value=program_id)
                    message += say("did_you_mean", guess=guess) if guess else say("programme_no_guess")
                    doc.add(("programs", index), message, key="unknown_programme")
        capacity, active = data.get("capacity"), data.get("active_mentees")
        if _is_int(capacity) and _is_int(active) and 0 <= capacity < active:
            doc.add(("active_mentees",), say("over_capacity", active=active, capacity=capacity), key="over_capacity")
        if isinstance(data.get("photo"), str):
            self._check_photo(root, doc, data["photo"])
        self._check_not_future(doc, ("last_reviewed",), today)

    def _check_photo(self, root: Path, doc: Document, name: str) -> None:
        photos = (root / layout.PHOTOS_DIR).resolve()
        path = (photos / name).resolve()
        if photos not in path.parents or (photos / name).is_symlink():
            doc.add(("photo",), "must be a file name inside content/mentors/photos/, not a path or a link")
            return
        if not path.is_file():
            doc.add(("photo",), say("photo_missing", value=name), key="photo_missing")
            return
        size = path.stat().st_size
        if size > MAX_PHOTO_BYTES:
            doc.add(("photo",), f"the photo is {size // 1024} KB; keep it under {MAX_PHOTO_BYTES // 1024} KB (about 400 x 400 pixels is plenty)")
            return
        with path.open("rb") as stream:
            found = image_kind_and_size(stream.read(64 * 1024))
        if found is None:
            doc.add(("photo",), "is not a PNG, JPEG, WebP or GIF image; export the photo in one of those formats")
            return
        _, width, height = found
        low, high = PHOTO_SIDE
        if not (low <= width <= high and low <= height <= high):
            doc.add(("photo",), f"is {width} x {height} pixels; use an image between {low} and {high} pixels on each side")

    def _check_program(self, doc: Document, today: datetime.date) -> None:
        markdown_limits.data_problems(doc)
        programme_groups.check(doc, self.schemas.documents["program"])
        enrolment = doc.data.get("enrolment")
        if isinstance(enrolment, dict):
            opens, closes = enrolment.get("opens"), enrolment.get("closes")
            if is_date(opens) and is_date(closes) and closes < opens:
                doc.add(("enrolment", "closes"), f"closes on {closes}, before it opens on {opens}")
            if enrolment.get("status") == "upcoming" and "opens" not in enrolment:
                doc.add(("enrolment",), "an upcoming programme needs 'opens': the date sign-ups start")
        self._check_not_future(doc, ("last_reviewed",), today)

    def _check_guides(self, docs: list[Document], today: datetime.date) -> None:
        english = {doc.stem for doc in docs if doc.lang == "en"}
        for doc in docs:
            if not ID_PATTERN.match(doc.stem):
                doc.problems.append(Problem(doc.rel_path, 1, 1, "", "the file name must use only lowercase letters, digits and hyphens, like 'first-meeting.md'"))
            if doc.lang != "en" and doc.stem not in english:
                doc.problems.append(Problem(doc.rel_path, 1, 1, "", f"a translation needs an English guide with the same name, guides/{doc.stem}.md"))
            if not doc.data:
                continue
            declared = doc.data.get("lang", "en")
            if isinstance(declared, str) and declared != doc.lang:
                doc.add(("lang",), f"says '{declared}' but the guide is in the '{doc.lang}' folder; make them agree")
            self._check_not_future(doc, ("last_reviewed",), today)

    def _check_not_future(self, doc: Document, path: tuple, today: datetime.date) -> None:
        value = doc.data.get(path[0])
        if is_date(value) and datetime.date.fromisoformat(value) > today:
            doc.add(path, say("future_date", value=value), key="future_date")


_worker_loader: Loader | None = None
PARALLEL_FROM = 2000  # cards; fewer are read here alone


def _quick_chunk(paths: list[Path], kind: str) -> list[tuple[Path, dict | None]]:
    return [(path, _worker_loader.quick_data(path, kind)) for path in paths]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def load(root: Path, today: datetime.date | None = None, email_domains: tuple[str, ...] = ()) -> LoadResult:
    """Check the data under root with the schemas found there (or the project's), addresses at email_domains (any when empty)."""
    return Loader(layout.schemas_dir(Path(root)), email_domains).load(root, today)
