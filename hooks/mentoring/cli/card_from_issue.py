"""`mentoring card-from-issue EVENT_JSON`: write the card proposed in a mentor-card issue.

Reads a GitHub `issues` event (the file at $GITHUB_EVENT_PATH), takes the card from the form's Card
field, checks it as `mentoring validate` does and writes content/mentors/<id>.yml. Prints a JSON
summary for the workflow: the file, the branch, the pull request's title and body, and the comment
for the issue. Exit 0 when written, 1 for problems (nothing written), 2 for usage.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from mentoring.data.card_proposal import CardProposal, Refused, propose_card
from mentoring.data.issue_body import NotTheForm, card_from_body
from mentoring.data.issue_form import TITLE
from mentoring.data.problems import Problem


class NotAnIssueEvent(Exception):
    """The file is not a GitHub `issues` event."""


def run(args: argparse.Namespace) -> int:
    """Write the card from the issue event in args.event_json under args.root; return 0, 1 or 2."""
    if not args.root.is_dir():
        print(f"mentoring card-from-issue: {args.root} is not a folder", file=sys.stderr)
        return 2
    try:
        number, body, author = issue_fields(args.event_json)
    except NotAnIssueEvent as error:
        print(f"mentoring card-from-issue: {error}", file=sys.stderr)
        return 2
    try:
        card = card_from_body(body)
        proposal = propose_card(args.root, card.text, author)
    except (NotTheForm, Refused) as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(json.dumps(refused_summary(error.problems), indent=2))
        return 1
    (args.root / proposal.rel_path).write_bytes(proposal.text.encode("utf-8"))
    print(json.dumps(written_summary(proposal, number, author, card.photo_note), indent=2))
    return 0


def issue_fields(path: Path) -> tuple[int, str, str]:
    """Return the issue's number, body and author's login from the event file at path."""
    try:
        event = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        raise NotAnIssueEvent(f"{path}: cannot be read as a GitHub event ({getattr(error, 'strerror', None) or error})") from None
    issue = event.get("issue") if isinstance(event, dict) else None
    user = issue.get("user") if isinstance(issue, dict) else None
    login = user.get("login") if isinstance(user, dict) else None
    number = issue.get("number") if isinstance(issue, dict) else None
    body = issue.get("body") if isinstance(issue, dict) else None
    if not (isinstance(login, str) and login and isinstance(number, int) and isinstance(body, (str, type(None)))):
        raise NotAnIssueEvent(f"{path}: is not a GitHub 'issues' event (it needs issue.number, issue.body and issue.user.login)")
    return number, body or "", login


def written_summary(proposal: CardProposal, number: int, author: str, photo_note: bool) -> dict:
    """Return what the workflow needs to open or update the pull request and answer the issue."""
    title = TITLE.format(id=proposal.card_id)
    what = "updates" if proposal.update else "adds"
    notes = []
    if proposal.added_github:
        notes.append(f"The card named no GitHub handle, so one line was added at its end, `github: {author}`: it makes "
                     "@" f"{author} the card's owner, who may update it and reviews changes to it. Nothing else was changed.")
    if photo_note:
        notes.append(f"The issue has a photo note: a maintainer adds the photo to content/mentors/photos/ (see #{number}).")
    if not proposal.changed:
        notes.append("The card is the same as the one already published: there is nothing to change.")
    body = "\n\n".join([f"This pull request {what} the mentor card `{proposal.rel_path}`, as proposed by @{author} in #{number}.",
                        *notes, f"Closes #{number}"]) + "\n"
    comment = "\n\n".join([f"The card is valid: `mentoring validate` finds no problem in `{proposal.rel_path}`.", *notes]) + "\n"
    return {
        "written": True,
        "file": proposal.rel_path,
        "branch": f"card/{proposal.card_id}",
        "title": title,
        "body": body,
        "commit_message": f"{title}\n\nProposed by @{author} in #{number}.\n",
        "changed": proposal.changed,
        "comment": comment,
        "problems": [],
    }


def refused_summary(problems: list[Problem]) -> dict:
    """Return the summary of a card that was not written: the problems, and the comment that lists them."""
    lines = "\n".join(str(problem) for problem in problems)
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall("`+", lines)), default=0))
    comment = (f"The card was not written: {_count(problems)} to fix. Edit this issue (its ⋯ menu, then Edit) and the "
               f"check runs again.\n\n{fence}text\n{lines}\n{fence}\n")
    return {"written": False, "file": None, "branch": None, "title": None, "body": None, "commit_message": None,
            "changed": False, "comment": comment, "problems": [str(problem) for problem in problems]}


def _count(problems: list[Problem]) -> str:
    return f"{len(problems)} problem{'' if len(problems) == 1 else 's'}"
