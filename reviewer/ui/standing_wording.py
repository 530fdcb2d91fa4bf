"""What the window says standing above its page and on its welcome view: the demo's banner,
packages retention deleted, escalations sent or held at start-up, and what this workstation
still needs before real work. The composition root (app.py) gathers the facts (numbers,
dates, the organisation file's path, a refusal's reason) and words them here, when the
window reads them, so they come in the interface's language. The command line keeps its
own English."""

from __future__ import annotations

from PySide6.QtCore import QObject

from reviewer.core.reasons import Reason
from reviewer.ui.i18n import translate
from reviewer.ui.reason_wording import reason_text


class Standing(QObject):
    """The context of these texts (self.tr: lupdate reads plural forms only from tr)."""

    def unexported(self, count: int) -> str:
        return self.tr("%n finished clip(s) never exported", "", count)

    def unfinished(self, count: int) -> str:
        return self.tr("%n unfinished clip(s)", "", count)

    def resumed(self, count: int) -> str:
        return self.tr("%n escalation(s) interrupted or held back earlier were sealed to the "
                       "leads now; those clips are erased.", "", count)

    def waiting(self, count: int) -> str:
        return self.tr("%n clip(s) are locked, waiting to be escalated: this workstation's "
                       "profile cannot send escalations yet (ask your organisation for one "
                       "that names the leads).", "", count)


def demo_banner() -> str:
    return translate("Standing", "Demo mode: a throwaway workspace with an ephemeral in-memory "
                     "key and its own throwaway organisation (not yours: it signs only this "
                     "demo); nothing is kept after the window closes.")


def expired(package_number: int, expired_on: str, unexported_finished: int,
            unfinished: int) -> str:
    """A package retention deleted at start-up, by its number (never its id)."""
    words = Standing()
    lost = [*([words.unexported(unexported_finished)] if unexported_finished else []),
            *([words.unfinished(unfinished)] if unfinished else [])]
    if not lost:
        return translate("Standing", "Package {number} passed its retention date ({date}) and "
                         "was deleted.").format(number=package_number, date=expired_on)
    return translate("Standing", "Package {number} passed its retention date ({date}) and was "
                     "deleted: {lost}.").format(number=package_number, date=expired_on,
                                                lost=translate("Standing", ", ").join(lost))


def resumed(count: int) -> str:
    return Standing().resumed(count)


def waiting(count: int) -> str:
    return Standing().waiting(count)


def unmanaged(anchor: str) -> str:
    return translate("Standing", "This installation is not managed yet: there is no {file}. "
                     "You can try the demo; to review real work, ask IT to install the "
                     "organisation file.").format(file=anchor)


def profile_unusable(why: Reason) -> str:
    return translate("Standing", "This workstation's profile cannot be used: {reason}.").format(
        reason=reason_text(why))


def not_enrolled() -> str:
    return translate("Standing", "This workstation is not enrolled yet. Run `reviewer enroll "
                     "--request request.json`, send request.json to your organisation, then "
                     "run `reviewer enroll profile.json` with the signed profile it sends "
                     "back.")
