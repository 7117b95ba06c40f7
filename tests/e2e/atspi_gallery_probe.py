#!/usr/bin/python3
"""Operate converge-gallery through AT-SPI only, as a screen reader would.

Starts the gallery, finds it on the accessibility bus, presses the button named "Go offline",
then "Fail a save", and waits for each expected message: on Qt 6.4 a Notification-role object
becoming showing with it as its name (the channel Orca 43 speaks), on Qt 6.8 an
object:announcement event carrying it. Checks each message is announced exactly once, and that
the status bar says the last one. Like a screen reader, it listens for name changes: libatspi
keeps a name it has read until the application reports a new one, so a notifier that changes its
message without saying so is heard with the previous message. Run by atspi_gallery.sh inside its own Xvfb and dbus-run-session.
"""

import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP_NAME = "converge-gallery"
FIRST_BUTTON = "Go offline"
FIRST_EXPECTED = "You're offline. Changes will be sent when you're back."
BUTTON_NAME = "Fail a save"
EXPECTED = "We couldn't save \"Blue Chair\". It's back as it was."
FIND_TIMEOUT_S = 60
EVENT_TIMEOUT_S = 60
SETTLE_S = 2.0  # after the message, time for a (wrong) second showing to arrive


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    return 1


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == APP_NAME:
            return app
    return None


def find(app, role, name):
    return pyatspi.findDescendant(app, lambda a: a is not None and a.getRole() == role
                                  and a.name == name)


def press(accessible):
    action = accessible.queryAction()
    for i in range(action.nActions):
        if action.getName(i).lower() == "press":
            return action.doAction(i)
    return False


def main():
    gallery = sys.argv[1]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    proc = subprocess.Popen([gallery], env=env)
    try:
        return run(proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def run(proc):
    # Discovery polls (the app needs a moment to register); events below use the main loop.
    app = None
    button = None
    deadline = time.monotonic() + FIND_TIMEOUT_S
    while time.monotonic() < deadline and button is None:
        if proc.poll() is not None:
            return fail(f"{APP_NAME} exited early with code {proc.returncode}")
        app = app or find_app()
        if app is not None:
            button = find(app, pyatspi.ROLE_PUSH_BUTTON, BUTTON_NAME)
        if button is None:
            time.sleep(0.25)
    if app is None:
        return fail(f"{APP_NAME} did not appear on the AT-SPI bus within {FIND_TIMEOUT_S} s "
                    "(is QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 set and the a11y bus running?)")
    if button is None:
        return fail(f"no push button named '{BUTTON_NAME}' in {APP_NAME}")
    print(f"found {APP_NAME} and its button '{BUTTON_NAME}'")

    heard = []  # what was announced, by either channel
    channels = set()

    # Qt 6.4: a Notification-role object that becomes showing carries the message as its name.

    def on_showing(event):
        try:
            if event.detail1 == 1 and event.source.getRole() == pyatspi.ROLE_NOTIFICATION:
                heard.append(event.source.name)
                channels.add("notification")
                print(f"notification showing: {event.source.name!r}")
        except Exception as error:  # the source may vanish; keep listening
            print(f"ignored event: {error}")

    # Qt 6.8: QAccessibleAnnouncementEvent arrives as object:announcement, the message in any_data.
    # Qt sends it only while some client listens for it.
    def on_announcement(event):
        message = str(event.any_data)
        heard.append(message)
        channels.add("announcement")
        print(f"announcement (politeness {event.detail1}): {message!r}")

    first_button = find(app, pyatspi.ROLE_PUSH_BUTTON, FIRST_BUTTON)
    if first_button is None:
        return fail(f"no push button named '{FIRST_BUTTON}' in {APP_NAME}")

    def do_press():
        if not press(first_button):
            print("the Press action reported failure", file=sys.stderr)
        return False

    state = {"first": None, "pressed": False}

    def on_name_changed(event):
        pass  # registered so that Qt sends name changes, which keep libatspi's cache current

    def check():
        now = time.monotonic()
        if FIRST_EXPECTED in heard and not state["pressed"]:
            state["pressed"] = True
            if not press(button):
                print("the Press action reported failure", file=sys.stderr)
        if EXPECTED in heard and state["first"] is None:
            state["first"] = now
        if state["first"] is not None and now - state["first"] >= SETTLE_S:
            pyatspi.Registry.stop()
            return False
        if now > start + EVENT_TIMEOUT_S:
            pyatspi.Registry.stop()
            return False
        return True

    pyatspi.Registry.registerEventListener(on_showing, "object:state-changed:showing")
    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    pyatspi.Registry.registerEventListener(on_name_changed, "object:property-change:accessible-name")
    start = time.monotonic()
    GLib.timeout_add(300, do_press)
    GLib.timeout_add(100, check)
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(on_showing, "object:state-changed:showing")
    pyatspi.Registry.deregisterEventListener(on_announcement, "object:announcement")

    # The build's one channel: Qt >= 6.8 announces with QAccessibleAnnouncementEvent, older Qt
    # through the Notification role (CONVERGE_QT_VERSION comes from the build, "6.8.2").
    qt = tuple(int(p) for p in os.environ.get("CONVERGE_QT_VERSION", "0.0").split(".")[:2])
    if qt != (0, 0):
        wanted = "announcement" if qt >= (6, 8) else "notification"
        if channels != {wanted}:
            return fail(f"Qt {qt[0]}.{qt[1]} should announce through the {wanted} channel only; "
                        f"heard through {', '.join(sorted(channels)) or 'none'}")
    for expected in (FIRST_EXPECTED, EXPECTED):
        if expected not in heard:
            return fail(f"no notification said {expected!r} within {EVENT_TIMEOUT_S} s; "
                        f"heard {heard!r}")
        if heard.count(expected) != 1:
            return fail(f"{expected!r} was announced {heard.count(expected)} times "
                        f"({', '.join(sorted(channels))}), expected once; heard {heard!r}")

    # Sighted people read the same words in the status bar.
    label = pyatspi.findDescendant(app, lambda a: a is not None and a.name == EXPECTED
                                   and a.getRole() == pyatspi.ROLE_LABEL)
    if label is None:
        return fail("the status bar does not show the announced text")
    if "notification" in channels:
        notifications = pyatspi.findAllDescendants(
            app, lambda a: a is not None and a.getRole() == pyatspi.ROLE_NOTIFICATION)
        if not any(n.name == EXPECTED for n in notifications):
            return fail("the notification object does not carry the message as its name")
        print("PASS: each announcement reached AT-SPI once, as a named notification")
    else:
        print("PASS: each announcement reached AT-SPI once, as an announcement event")
    return 0


if __name__ == "__main__":
    sys.exit(main())
