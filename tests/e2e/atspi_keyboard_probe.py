#!/usr/bin/python3
"""Drive converge with the keyboard only and check what a screen reader is told about focus.

Keys are synthesized through the AT-SPI registry (XTest on Xvfb); every focus event
(object:state-changed:focused) is checked: it must come from a control that has keyboard focus
(Qt 6.4's item views also send one when their current row is set without focus): first while a
favorite fails (Space in the list) and a transfer is sent with Return in Amount. Then, for each
of the three screens, Tab goes round the whole window and comes back, never stays in a table for
two presses, never lands on a control that is not on screen, and reaches every control one can
see.
Controls that appear or go during a walk (a toast expiring) are not required; the ones there at
its start and at its end are. Run by atspi_keyboard.sh inside its own Xvfb and dbus-run-session.
"""

import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP_NAME = "Converge"
FIND_TIMEOUT_S = 90
STEP_TIMEOUT_S = 30     # for one key press to move focus
FAIL_TIMEOUT_S = 120    # for a failed favorite to be reported
MAX_TABS = 150          # one round of the window is about 65

KEY_TAB, KEY_CONTROL, KEY_SPACE, KEY_RETURN = 23, 37, 65, 36
KEY_DIGIT = {1: 10, 2: 11, 3: 12}
KEY_FIVE = 14

ITEM_ROLES = {pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE_ITEM}
VIEW_ROLES = {pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE}
TABLE_ROLES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE}
CONTROL_ROLES = VIEW_ROLES | {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PAGE_TAB_LIST}


def describe(acc):
    try:
        return f"{acc.getRoleName()} '{acc.name}'"
    except Exception:
        return "(gone)"


def key_of(acc):
    return acc.path


def extents(acc):
    e = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return e.x, e.y, e.width, e.height


def owner(acc):
    """The control an event is about: an item view for its rows and cells."""
    if acc.getRole() in ITEM_ROLES:
        parent = acc.parent
        while parent is not None and parent.getRole() not in VIEW_ROLES:
            parent = parent.parent
        return parent or acc
    return acc


def labelled(acc):
    """A labelled-by relation to a named label: what Orca 43 reads for a Qt 6.4 combo box."""
    for relation in acc.getRelationSet():
        if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
            continue
        for i in range(relation.getNTargets()):
            target = relation.getTarget(i)
            if target is not None and (target.name or "").strip():
                return True
    return False


def on_screen(acc, frame):
    """Its centre is inside the window and inside every ancestor (a scroll area's viewport)."""
    x, y, w, h = extents(acc)
    cx, cy = x + w // 2, y + h // 2
    node = acc.parent
    chain = [frame]
    while node is not None and node.getRole() != pyatspi.ROLE_APPLICATION:
        chain.append(node)
        node = node.parent
    for a in chain:
        ax, ay, aw, ah = extents(a)
        if aw <= 0 or ah <= 0:
            continue
        if not (ax <= cx < ax + aw and ay <= cy < ay + ah):
            return False
    return True


class Probe:
    def __init__(self, app, frame):
        self.app = app
        self.frame = frame
        self.events = []      # focus owners, in order
        self.sequence = []    # (is a row, its control or view, words) per focus event
        self.problems = []
        self.steps = []
        self.waiting = None
        self.result = None

    # --- events -------------------------------------------------------------------------
    def on_focus(self, event):
        if event.detail1 != 1:
            return
        try:
            source = event.source
            own = owner(source)
            item = key_of(own) != key_of(source)
            self.sequence.append((item, key_of(own), f"{describe(source)} in {describe(own)}"))
            self.events.append(own)
        except Exception as error:  # the source may vanish; keep listening
            print(f"ignored event: {error}")

    def false_focus(self):
        """Rows reported focused in a view that does not have keyboard focus.

        A row's event is right when its view is where keyboard focus is: the control of the
        last focus event that was not a row, or the view's own focus event right after the row's
        (Qt sends the row first when Tab enters a view). The rows' own state cannot tell: Qt 6.4
        marks the current row "focused" whether or not its view has focus.
        """
        problems = []
        focus = None
        for i, (item, view, what) in enumerate(self.sequence):
            if not item:
                focus = view
                continue
            following = self.sequence[i + 1] if i + 1 < len(self.sequence) else None
            if view != focus and not (following and not following[0] and following[1] == view):
                problems.append(f"focus event from {what}, which has no keyboard focus")
        return problems

    def focus_is(self, acc):
        """Focus is on acc or, for a view, on one of its rows (the row has the focused state)."""
        return bool(self.events) and key_of(self.events[-1]) == key_of(acc)

    # --- keys ---------------------------------------------------------------------------
    @staticmethod
    def press(keycode, control=False):
        if control:
            pyatspi.Registry.generateKeyboardEvent(KEY_CONTROL, None, pyatspi.KEY_PRESS)
        pyatspi.Registry.generateKeyboardEvent(keycode, None, pyatspi.KEY_PRESSRELEASE)
        if control:
            pyatspi.Registry.generateKeyboardEvent(KEY_CONTROL, None, pyatspi.KEY_RELEASE)

    def find(self, role, name):
        return pyatspi.findDescendant(self.frame, lambda a: a is not None and a.getRole() == role
                                      and a.name == name)

    def expected_controls(self):
        """Every control one can see (or scroll to) in the window: what Tab must reach."""
        found = {}

        def visit(acc, in_scroll):
            for i in range(acc.childCount):
                child = acc.getChildAtIndex(i)
                if child is None:
                    continue
                states = child.getState()
                if not states.contains(pyatspi.STATE_SHOWING):
                    continue
                role = child.getRole()
                scroll = in_scroll or role == pyatspi.ROLE_SCROLL_PANE or (
                    role == pyatspi.ROLE_FILLER and child.childCount == 1)
                # A radio group is one Tab stop (the checked button); arrows move inside it.
                unchecked_radio = role == pyatspi.ROLE_RADIO_BUTTON and not states.contains(
                    pyatspi.STATE_CHECKED)
                if (role in CONTROL_ROLES and states.contains(pyatspi.STATE_FOCUSABLE)
                        and states.contains(pyatspi.STATE_SENSITIVE) and not unchecked_radio):
                    x, y, w, h = extents(child)
                    fx, fy, fw, fh = extents(self.frame)
                    inside = fx <= x + w // 2 < fx + fw and fy <= y + h // 2 < fy + fh
                    if inside or in_scroll:
                        found[key_of(child)] = describe(child)
                if role not in VIEW_ROLES:
                    visit(child, scroll)

        visit(self.frame, False)
        return found

    # --- the walk, as a chain of steps run from the GLib main loop -------------------------
    def run_steps(self, steps):
        self.steps = list(steps)
        GLib.timeout_add(200, self.next_step)
        pyatspi.Registry.start()

    def next_step(self):
        if self.waiting is not None:
            condition, deadline, what = self.waiting
            if condition():
                self.waiting = None
            elif time.monotonic() > deadline:
                last = describe(self.events[-1]) if self.events else "nothing"
                self.problems.append(f"timed out waiting for {what} (last focus event: {last})")
                pyatspi.Registry.stop()
                return False
            else:
                return True
        if not self.steps:
            pyatspi.Registry.stop()
            return False
        step = self.steps.pop(0)
        try:
            wait = step()
        except Exception as error:
            self.problems.append(f"step {step.__name__} failed: {error!r}")
            pyatspi.Registry.stop()
            return False
        if wait is not None:
            condition, seconds, what = wait
            self.waiting = (condition, time.monotonic() + seconds, what)
        return True


def tab_walk(probe, screen, report):
    """Steps for one screen: show it, focus the navigation list, Tab round the window."""
    state = {"presses": 0, "seen": 0, "owners": [], "start": None}

    def show():
        probe.press(KEY_DIGIT[screen], control=True)
        nav = probe.find(pyatspi.ROLE_LIST, "Screens")
        row = nav.getChildAtIndex(screen - 1)
        return (lambda: row.getState().contains(pyatspi.STATE_SELECTED), STEP_TIMEOUT_S,
                f"screen {screen} to be chosen")

    def first_tab():
        # The walk starts wherever Tab goes first and must come back there.
        state["seen"] = len(probe.events)
        probe.press(KEY_TAB)
        return (lambda: len(probe.events) > state["seen"], STEP_TIMEOUT_S,
                f"the first Tab press on screen {screen} to move focus")

    def remember_start():
        state["start"] = key_of(probe.events[-1])
        state["expected"] = probe.expected_controls()
        return None

    def tab():
        state["seen"] = len(probe.events)
        state["presses"] += 1
        probe.press(KEY_TAB)
        return (lambda: len(probe.events) > state["seen"], STEP_TIMEOUT_S,
                f"Tab press {state['presses']} on screen {screen} to move focus")

    def after_tab():
        now = probe.events[-1]
        state["owners"].append(now)
        if not on_screen(now, probe.frame):
            probe.problems.append(f"screen {screen}: Tab landed on {describe(now)}, which is "
                                  f"not on screen (at {extents(now)})")
        if now.getRole() == pyatspi.ROLE_COMBO_BOX and not labelled(now):
            probe.problems.append(f"screen {screen}: {describe(now)} has no label a screen "
                                  "reader can read (Qt 6.4 names a combo box by its value)")
        if len(state["owners"]) >= 2 and now.getRole() in TABLE_ROLES and key_of(
                state["owners"][-2]) == key_of(now):
            probe.problems.append(f"screen {screen}: Tab stayed in {describe(now)} (a trap)")
        if key_of(now) == state["start"] or state["presses"] >= MAX_TABS:
            finish()
        else:
            probe.steps[0:0] = [tab, after_tab]
        return None

    def finish():
        if key_of(state["owners"][-1]) != state["start"]:
            probe.problems.append(f"screen {screen}: {MAX_TABS} Tab presses never came back to "
                                  "where they started")
        reached = {key_of(o) for o in state["owners"]}
        # A toast that came or went during the walk is not a control the walk could count on:
        # only what was there both when it started and when it ended must have been reached.
        at_end = probe.expected_controls()
        expected = {key: name for key, name in state["expected"].items() if key in at_end}
        missed = [name for key, name in expected.items() if key not in reached]
        if missed:
            probe.problems.append(f"screen {screen}: Tab never reached " + ", ".join(missed))
        report.append(f"screen {screen}: {state['presses']} Tab presses round the window, "
                      f"{len(reached)} controls, {len(expected)} expected")

    return [show, first_tab, remember_start, tab, after_tab]


def failed_favorite_and_send(probe, report):
    """Space on a favorite that fails, then a transfer sent with Return in Amount."""
    state = {}

    def arm():
        count = probe.find(pyatspi.ROLE_SPIN_BUTTON, "Number of requests to fail")
        count.queryValue().currentValue = 20.0  # the first try and every check with its key
        button = probe.find(pyatspi.ROLE_PUSH_BUTTON, "Fail the next N")
        action = button.queryAction()
        for i in range(action.nActions):
            if action.getName(i).lower() == "press":
                action.doAction(i)
        return (lambda: any("will fail" in (label.name or "") for label in pyatspi.findAllDescendants(
            probe.frame, lambda a: a is not None and a.getRole() == pyatspi.ROLE_LABEL)),
                STEP_TIMEOUT_S, "the backend to arm the one-off faults")

    def show_favorites():
        probe.press(KEY_DIGIT[1], control=True)
        catalogue = probe.find(pyatspi.ROLE_LIST, "Catalogue items")
        return (lambda: catalogue.getState().contains(pyatspi.STATE_SHOWING), STEP_TIMEOUT_S,
                "the Favorites screen to show")

    def focus_refresh():
        # Item views have no focus action over AT-SPI: focus the button before the list, Tab.
        refresh = probe.find(pyatspi.ROLE_PUSH_BUTTON, "Refresh list")
        refresh.queryComponent().grabFocus()
        return (lambda: probe.focus_is(refresh), STEP_TIMEOUT_S, "Refresh list to take focus")

    def focus_list():
        catalogue = probe.find(pyatspi.ROLE_LIST, "Catalogue items")
        probe.press(KEY_TAB)
        state["seen"] = len(probe.events)
        return (lambda: probe.focus_is(catalogue), STEP_TIMEOUT_S,
                "the catalogue list to take focus")

    def space():
        state["notified"] = 0

        def on_showing(event):
            try:
                if event.detail1 == 1 and event.source.getRole() == pyatspi.ROLE_NOTIFICATION \
                        and "couldn't save" in (event.source.name or "").lower():
                    state["notified"] += 1
            except Exception:
                pass

        # Qt >= 6.8 announces with an announcement event instead (the message in any_data).
        def on_announcement(event):
            if "couldn't save" in str(event.any_data).lower():
                state["notified"] += 1

        pyatspi.Registry.registerEventListener(on_showing, "object:state-changed:showing")
        pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
        probe.press(KEY_SPACE)
        return (lambda: state["notified"] > 0, FAIL_TIMEOUT_S,
                "the notification that the favorite could not be saved")

    def show_transfer():
        probe.press(KEY_DIGIT[3], control=True)
        amount = probe.find(pyatspi.ROLE_TEXT, "Amount")
        return (lambda: amount.getState().contains(pyatspi.STATE_SHOWING), STEP_TIMEOUT_S,
                "the Money transfer screen to show")

    def focus_amount():
        amount = probe.find(pyatspi.ROLE_TEXT, "Amount")
        amount.queryComponent().grabFocus()
        state["amount"] = amount
        return (lambda: amount.getState().contains(pyatspi.STATE_FOCUSED), STEP_TIMEOUT_S,
                "Amount to take focus")

    def send():
        probe.press(KEY_FIVE)
        probe.press(KEY_RETURN)
        transfers = probe.find(pyatspi.ROLE_LIST, "Transfers")
        return (lambda: transfers.childCount > 0, STEP_TIMEOUT_S, "the transfer to be listed")

    def check():
        if state["notified"] != 1:
            probe.problems.append(f"the failed favorite was announced {state['notified']} times, "
                                  "expected once")
        if not state["amount"].getState().contains(pyatspi.STATE_FOCUSED):
            probe.problems.append("after Send with Return, typing no longer goes to Amount")
        report.append("a failed favorite and a sent transfer: focus events checked")
        return None

    return [arm, show_favorites, focus_refresh, focus_list, space, show_transfer, focus_amount, send, check]


def main():
    proc = subprocess.Popen([sys.argv[1], "--seed", "7"], env=dict(os.environ))
    try:
        return run(proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def run(proc):
    app = frame = catalogue = None
    deadline = time.monotonic() + FIND_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            print(f"FAIL: converge exited early with code {proc.returncode}", file=sys.stderr)
            return 1
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            candidate = desktop.getChildAtIndex(i)
            if candidate is not None and candidate.name == APP_NAME:
                app = candidate
        if app is not None and app.childCount > 0:
            frame = app.getChildAtIndex(0)
            catalogue = pyatspi.findDescendant(frame, lambda a: a is not None and a.getRole(
            ) == pyatspi.ROLE_LIST and a.name == "Catalogue items")
            if catalogue is not None and catalogue.childCount > 0:
                break
        time.sleep(0.25)
    else:
        print(f"FAIL: {APP_NAME} did not appear with its list loaded within {FIND_TIMEOUT_S} s",
              file=sys.stderr)
        return 1
    print(f"found {APP_NAME} at {extents(frame)}")

    probe = Probe(app, frame)
    report = []
    pyatspi.Registry.registerEventListener(probe.on_focus, "object:state-changed:focused")
    # As a screen reader does: Qt reports name changes only to listeners, and without them
    # libatspi keeps answering with names it read before.
    pyatspi.Registry.registerEventListener(lambda event: None,
                                           "object:property-change:accessible-name")

    def activate():
        # No window manager: a click activates the window (Qt asks for input focus on a press).
        fx, fy, fw, fh = extents(frame)
        pyatspi.Registry.generateMouseEvent(fx + fw // 2, fy + fh - 8, "b1c")
        return (lambda: frame.getState().contains(pyatspi.STATE_ACTIVE), STEP_TIMEOUT_S,
                "the window to become active")

    steps = [activate]
    steps += failed_favorite_and_send(probe, report)
    for screen in (1, 2, 3):
        steps += tab_walk(probe, screen, report)
    probe.run_steps(steps)

    probe.problems += probe.false_focus()
    for line in report:
        print(line)
    if probe.problems:
        counts = {}
        for problem in probe.problems:
            counts[problem] = counts.get(problem, 0) + 1
        for problem, count in counts.items():
            print(f"FAIL: {problem}" + (f" (×{count})" if count > 1 else ""), file=sys.stderr)
        return 1
    print(f"PASS: {len(probe.events)} focus events, each from the control with keyboard focus")
    return 0


if __name__ == "__main__":
    sys.exit(main())
