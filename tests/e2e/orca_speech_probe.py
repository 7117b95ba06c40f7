#!/usr/bin/python3
"""What Orca itself says when converge-gallery announces status changes.

Presses the gallery's scenario buttons through AT-SPI, one after another, each with another
message, and reads Orca's debug log for what it would have spoken: every message must be spoken
exactly once, by the one channel the build uses (Qt 6.4: the Notification role, which Orca 43
speaks as "notification <message>"; Qt >= 6.8: the announcement event, which Orca 48 speaks as
the message alone). No other utterance may contain the message (the status bar, a second channel).
A last message is the marker: Orca handles events in order, so once it is spoken, a repeat of any
earlier message would already be in the log. Nothing here waits a fixed time.
Usage (from orca_speech.sh): orca_speech_probe.py <converge-gallery> <orca debug log> <orca pid>
"""

import os
import re
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP_NAME = "converge-gallery"
FIND_TIMEOUT_S = 90
SPEECH_TIMEOUT_S = 60

# (button, what the announcement says): three different messages, then the marker.
STEPS = [
    ("Go offline", "You're offline. Changes will be sent when you're back."),
    ("Come back online", "Back online."),
    ("Fail a save", "We couldn't save \"Blue Chair\". It's back as it was."),
    ("Save quickly", "\"Blue Chair\" saved."),
]

SPOKEN = re.compile(r"SPEECH OUTPUT: '(.*)' ?\{")


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    return 1


def spoken(log_path):
    try:
        with open(log_path, encoding="utf-8", errors="replace") as log:
            return [m.group(1).strip() for m in map(SPOKEN.search, log) if m]
    except FileNotFoundError:
        return []


def announces_by_event():
    """True when the gallery was built with Qt >= 6.8 (ctest passes CONVERGE_QT_VERSION)."""
    version = os.environ.get("CONVERGE_QT_VERSION", "")
    parts = [int(p) for p in version.split(".")[:2] if p.isdigit()]
    return len(parts) == 2 and tuple(parts) >= (6, 8)


def announcement(message):
    """What Orca says for the build's one announcement channel."""
    return message if announces_by_event() else f"notification {message}"


def said(utterances, message):
    """How often Orca spoke message as the build's announcement."""
    return sum(1 for u in utterances if u == announcement(message))


def mentioned(utterances, message):
    """Every utterance that contains message, whatever channel or control it came from."""
    return [u for u in utterances if message in u]


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == APP_NAME and app.childCount > 0:
            return app
    return None


def find_button(app, name):
    return pyatspi.findDescendant(app, lambda a: a is not None and a.getRole(
    ) == pyatspi.ROLE_PUSH_BUTTON and a.name == name)


def press(accessible):
    action = accessible.queryAction()
    for i in range(action.nActions):
        if action.getName(i).lower() == "press":
            return action.doAction(i)
    return False


def wait_for(condition, seconds, orca_pid):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        if orca_pid and not os.path.exists(f"/proc/{orca_pid}"):
            return False
        # The session's events must be dispatched while waiting, or nothing moves.
        GLib.MainContext.default().iteration(False)
        time.sleep(0.1)
    return condition()


def main():
    gallery, log_path, orca_pid = sys.argv[1], sys.argv[2], sys.argv[3]
    proc = subprocess.Popen([gallery], env=dict(os.environ))
    try:
        return run(proc, log_path, orca_pid)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def run(proc, log_path, orca_pid):
    app = None
    deadline = time.monotonic() + FIND_TIMEOUT_S
    while app is None and time.monotonic() < deadline:
        if proc.poll() is not None:
            return fail(f"{APP_NAME} exited early with code {proc.returncode}")
        app = find_app()
        if app is None:
            time.sleep(0.25)
    if app is None:
        return fail(f"{APP_NAME} did not appear on the AT-SPI bus within {FIND_TIMEOUT_S} s")
    frame = app.getChildAtIndex(0)

    # No window manager: a click makes the window active, which Orca speaks (the gallery is the
    # only application). The window's name spoken is the sign that Orca follows the gallery;
    # Orca's own "Screen reader on." at start is not.
    def orca_follows():
        return any(frame.name in u for u in spoken(log_path))

    deadline = time.monotonic() + FIND_TIMEOUT_S
    while not orca_follows() and time.monotonic() < deadline:
        extents = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        pyatspi.Registry.generateMouseEvent(extents.x + extents.width // 2,
                                            extents.y + extents.height - 8, "b1c")
        if not wait_for(orca_follows, 10, orca_pid) and not os.path.exists(f"/proc/{orca_pid}"):
            return fail("Orca exited (see its output below)")
    if not orca_follows():
        return fail(f"Orca never spoke the {APP_NAME} window within {FIND_TIMEOUT_S} s")
    print("Orca follows the gallery")

    for button_name, message in STEPS:
        button = find_button(app, button_name)
        if button is None:
            return fail(f"no push button named '{button_name}'")
        press(button)
        if not wait_for(lambda: said(spoken(log_path), message) > 0, SPEECH_TIMEOUT_S, orca_pid):
            return fail(f"after '{button_name}', Orca never said {announcement(message)!r}; "
                        f"it said: {spoken(log_path)[-8:]!r}")
        print(f"Orca said {announcement(message)!r}")

    utterances = spoken(log_path)
    problems = [f"{message!r} was spoken as {mentioned(utterances, message)!r}, expected once "
                f"as {announcement(message)!r}" for _, message in STEPS
                if mentioned(utterances, message) != [announcement(message)]]
    if problems:
        for problem in problems:
            print(f"FAIL: {problem}", file=sys.stderr)
        return 1
    print(f"PASS: Orca spoke each of {len(STEPS)} announcements once")
    return 0


if __name__ == "__main__":
    sys.exit(main())
