"""A screen reader's view of a running app, through AT-SPI, for tests/ui/test_atspi_journey.py.

Run with Debian's own ``/usr/bin/python3`` (python3-gi and gir1.2-atspi-2.0 are Debian
packages, not in the project's virtual environment), inside the same D-Bus session and X
display as the app. It reads one JSON request a line on standard input and answers each
with one JSON line on standard output, so the test drives it step by step:

- ``{"op": "app", "pid": N, "timeout": s}``: wait until the process N is on the
  accessibility bus with a window showing; every later request is about that app.
- ``{"op": "keys", "keys": "ctrl+n"}``: press a key combination (X keyboard events made by
  the AT-SPI registry, as Orca's own key presses are).
- ``{"op": "type", "text": "..."}``: type text.
- ``{"op": "focus", "timeout": s}``: the object the app says has the keyboard focus (its
  focus events, each checked against the object's "focused" state), described as a reader
  would announce it.
- ``{"op": "press", "keys": "tab", "timeout": s, "until": {...}}``: press keys, then wait
  until the focus is where ``until`` says (each key of it a key of the description, e.g.
  ``{"name": "File name"}``), or, without ``until``, until it moved: to another object, or
  within the one it is on (a date field's Tab from day to month moves its caret or
  selection, not the focus). The answer says which (``moved``), and on a timeout what the
  focus was last seen on.
- ``{"op": "heard", "containing": "...", "timeout": s}``: what the app announced since the
  last call (announcement and alert events, and status-bar text changes), as a reader would
  speak it; with ``containing``, once something said contains those words.
- ``{"op": "windows"}``: the app's top-level windows (name, role, states).

Nothing here sleeps for a fixed time: each wait runs the event loop until its condition
holds or its timeout passes.
"""

from __future__ import annotations

import ctypes
import json
import sys
import time
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

# X keysyms of the named keys the tests press; letters and digits are their own code.
KEYSYMS = {
    "tab": 0xFF09,
    "return": 0xFF0D,
    "enter": 0xFF0D,
    "escape": 0xFF1B,
    "left": 0xFF51,
    "up": 0xFF52,
    "right": 0xFF53,
    "down": 0xFF54,
    "home": 0xFF50,
    "end": 0xFF57,
    "page_up": 0xFF55,
    "page_down": 0xFF56,
    "space": 0x0020,
    "backspace": 0xFF08,
    "delete": 0xFFFF,
    "f1": 0xFFBE,
    "ctrl": 0xFFE3,
    "shift": 0xFFE1,
    "alt": 0xFFE9,
}


class Keyboard:
    """Key presses through the AT-SPI registry (XTest on the X display)."""

    def __init__(self) -> None:
        # Modifiers are held down by key code: the registry's "key sym" press is a
        # press-and-release. The code for a keysym comes from the display's own keymap.
        self._x11 = ctypes.CDLL("libX11.so.6")
        self._x11.XOpenDisplay.restype = ctypes.c_void_p
        self._x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self._x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self._x11.XKeysymToKeycode.restype = ctypes.c_ubyte
        self._display = self._x11.XOpenDisplay(None)
        if not self._display:
            raise RuntimeError("cannot open the X display named in DISPLAY")

    def code(self, name: str) -> int:
        name = name.lower()
        keysym = KEYSYMS.get(name)
        if keysym is None:
            if len(name) != 1:
                raise ValueError(f"unknown key {name!r}")
            keysym = ord(name)
        code = int(self._x11.XKeysymToKeycode(self._display, keysym))
        if not code:
            raise ValueError(f"key {name!r} is not on this display's keyboard")
        return code

    def combo(self, keys: str) -> None:
        """``ctrl+shift+tab``: the modifiers held while the last key is pressed."""
        *held, last = keys.split("+")
        codes = [self.code(name) for name in held]
        for code in codes:
            Atspi.generate_keyboard_event(code, None, Atspi.KeySynthType.PRESS)
        Atspi.generate_keyboard_event(self.code(last), None, Atspi.KeySynthType.PRESSRELEASE)
        for code in reversed(codes):
            Atspi.generate_keyboard_event(code, None, Atspi.KeySynthType.RELEASE)

    @staticmethod
    def type(text: str) -> None:
        Atspi.generate_keyboard_event(0, text, Atspi.KeySynthType.STRING)


def ident(obj: Atspi.Accessible) -> str:
    """The object's path on the bus: the same control keeps it while the app runs."""
    return str(obj.path)


def states(obj: Atspi.Accessible) -> list[str]:
    return sorted(Atspi.StateType(s).value_nick for s in obj.get_state_set().get_states())


def fresh(obj: Atspi.Accessible) -> Atspi.Accessible:
    """Forget what libatspi cached about ``obj``: what the app says now counts."""
    obj.clear_cache()
    return obj


def relation_names(obj: Atspi.Accessible, kind: Atspi.RelationType) -> list[str]:
    names: list[str] = []
    for relation in obj.get_relation_set():
        if relation.get_relation_type() != kind:
            continue
        for index in range(relation.get_n_targets()):
            names.append(fresh(relation.get_target(index)).get_name() or "")
    return names


def window_of(obj: Atspi.Accessible) -> Atspi.Accessible | None:
    """The top-level window (a child of the application) that holds ``obj``."""
    current: Atspi.Accessible | None = obj
    while current is not None:
        parent = current.get_parent()
        if parent is None or parent.get_role() == Atspi.Role.APPLICATION:
            return current
        current = parent
    return None


def text_of(obj: Atspi.Accessible) -> str | None:
    if "Text" not in obj.get_interfaces():
        return None
    return Atspi.Text.get_text(obj, 0, Atspi.Text.get_character_count(obj))


def column_headers(obj: Atspi.Accessible) -> list[str] | None:
    """A table's column headers as the reader reads them (a header cell's name, or the
    column's description where the toolkit gives no header object)."""
    if "Table" not in obj.get_interfaces():
        return None
    headers: list[str] = []
    for column in range(Atspi.Table.get_n_columns(obj)):
        header = Atspi.Table.get_column_header(obj, column)
        name = fresh(header).get_name() if header is not None else ""
        headers.append(name or Atspi.Table.get_column_description(obj, column) or "")
    return headers


def tab_names(obj: Atspi.Accessible) -> list[str]:
    """The page tabs of a tab list (not its scroll buttons)."""
    names = []
    for index in range(obj.get_child_count()):
        child = obj.get_child_at_index(index)
        if child is not None and child.get_role() == Atspi.Role.PAGE_TAB:
            names.append(fresh(child).get_name() or "")
    return names


def describe(obj: Atspi.Accessible) -> dict[str, Any]:
    """What a screen reader announces for ``obj``, and what the test checks about it."""
    fresh(obj)
    extents = obj.get_extents(Atspi.CoordType.SCREEN)
    window = window_of(obj)
    found: dict[str, Any] = {
        "id": ident(obj),
        "name": obj.get_name() or "",
        "role": obj.get_role_name() or "",
        "description": obj.get_description() or "",
        "states": states(obj),
        "extents": [extents.x, extents.y, extents.width, extents.height],
        "window": fresh(window).get_name() if window is not None else "",
        "window_role": window.get_role_name() if window is not None else "",
        "labelled_by": relation_names(obj, Atspi.RelationType.LABELLED_BY),
        "text": text_of(obj),
        # A cell is read with its column's header: its table's headers.
        "column_headers": column_headers(
            obj.get_parent() if obj.get_role() == Atspi.Role.TABLE_CELL else obj
        ),
        # The sections a tab bar offers (Ctrl+Tab goes through them).
        "tabs": tab_names(obj) if obj.get_role() == Atspi.Role.PAGE_TAB_LIST else None,
        # Where it sits: the names of what holds it, innermost first (a section, an area).
        "inside": inside_names(obj),
        **where_in_text(obj),
    }
    return found


def inside_names(obj: Atspi.Accessible) -> list[str]:
    names: list[str] = []
    parent = obj.get_parent()
    while parent is not None and parent.get_role() != Atspi.Role.APPLICATION:
        name = fresh(parent).get_name()
        if name:
            names.append(name)
        parent = parent.get_parent()
    return names


def where_in_text(obj: Atspi.Accessible) -> dict[str, Any]:
    """The caret and the selection in a text (a date field's Tab moves these, not the focus)."""
    if "Text" not in obj.get_interfaces():
        return {"caret": None, "selection": None}
    selections = []
    for index in range(Atspi.Text.get_n_selections(obj)):
        chosen = Atspi.Text.get_selection(obj, index)
        selections.append([chosen.start_offset, chosen.end_offset])
    return {"caret": Atspi.Text.get_caret_offset(obj), "selection": selections}


def matches(found: Any, wanted: Any) -> bool:
    """``wanted`` is the value, or one of the values where the description has a list."""
    return found == wanted or (isinstance(found, list) and wanted in found)


def place(found: dict[str, Any] | None) -> tuple[Any, ...] | None:
    """Where the keyboard is: the object, and the caret and selection inside it."""
    if found is None:
        return None
    return (found["id"], found["caret"], found["selection"])


class Reader:
    def __init__(self) -> None:
        self.app: Atspi.Accessible | None = None
        self.pid = 0
        self.focused: Atspi.Accessible | None = None
        self.heard: list[dict[str, str]] = []
        self.keyboard = Keyboard()
        self._focus_listener = Atspi.EventListener.new(self._on_focus)
        self._focus_listener.register("object:state-changed:focused")
        self._heard_listener = Atspi.EventListener.new(self._on_heard)
        for kind in ("object:announcement", "object:property-change:accessible-name"):
            self._heard_listener.register(kind)
        # Qt sends an alert as a window:... or object event depending on the version.
        self._heard_listener.register("object:state-changed")

    # -- events ---------------------------------------------------------------------------

    def _mine(self, event: Atspi.Event) -> bool:
        try:
            return self.pid != 0 and event.source.get_process_id() == self.pid
        except GLib.Error:
            return False

    def _on_focus(self, event: Atspi.Event) -> None:
        if event.detail1 and self._mine(event):
            self.focused = event.source

    def _on_heard(self, event: Atspi.Event) -> None:
        if not self._mine(event):
            return
        kind = event.type or ""
        if kind.startswith("object:state-changed"):
            return  # registered only so the bridge sends alerts too; alerts arrive below
        text = ""
        if kind == "object:announcement":
            value = event.any_data
            text = value if isinstance(value, str) else str(value or "")
        else:
            try:
                source = fresh(event.source)
                if source.get_role() in (Atspi.Role.STATUS_BAR, Atspi.Role.ALERT):
                    text = source.get_name() or ""
            except GLib.Error:
                return
            if not text:
                return
        self.heard.append({"type": kind, "text": text})

    def pump(self) -> None:
        context = GLib.MainContext.default()
        while context.pending():
            context.iteration(False)

    def wait(self, condition: Any, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            self.pump()
            if condition():
                return True
            if time.monotonic() > deadline:
                return False
            # Wake on the next event, or after 10 ms to look again (a poll, not a delay).
            GLib.timeout_add(10, lambda: False)
            GLib.MainContext.default().iteration(True)

    # -- requests -------------------------------------------------------------------------

    def op_app(self, pid: int, timeout: float = 20.0) -> dict[str, Any]:
        self.pid = pid

        def found() -> bool:
            desktop = Atspi.get_desktop(0)
            for index in range(desktop.get_child_count()):
                app = desktop.get_child_at_index(index)
                if app is None:
                    continue
                try:
                    if app.get_process_id() != pid:
                        continue
                    app.clear_cache()
                    for window_index in range(app.get_child_count()):
                        window = fresh(app.get_child_at_index(window_index))
                        if Atspi.StateType.SHOWING in window.get_state_set().get_states():
                            self.app = app
                            return True
                except GLib.Error:
                    continue
            return False

        if not self.wait(found, timeout):
            raise TimeoutError(f"process {pid} never showed a window on the accessibility bus")
        assert self.app is not None
        return {"name": self.app.get_name(), "toolkit": self.app.get_toolkit_name()}

    def op_keys(self, keys: str) -> dict[str, Any]:
        self.keyboard.combo(keys)
        return {}

    def op_type(self, text: str) -> dict[str, Any]:
        self.keyboard.type(text)
        return {}

    def _focused_now(self) -> Atspi.Accessible | None:
        obj = self.focused
        if obj is None:
            return None
        try:
            fresh(obj)
            if Atspi.StateType.FOCUSED in obj.get_state_set().get_states():
                return obj
        except GLib.Error:
            return None
        return None

    def _where(self) -> dict[str, Any] | None:
        obj = self._focused_now()
        if obj is None:
            return None
        try:
            return describe(obj)
        except GLib.Error:
            return None  # gone (a dialog closing): look again

    def op_focus(self, timeout: float = 30.0) -> dict[str, Any]:
        found: dict[str, Any] = {}

        def ready() -> bool:
            where = self._where()
            found["focus"] = where
            return where is not None

        if not self.wait(ready, timeout):
            return {"focus": None, "last": self._last_seen()}
        return {"focus": found["focus"]}

    def _place_now(self) -> tuple[Any, ...] | None:
        """``place`` of the focus, read without describing all of it (polled often)."""
        obj = self._focused_now()
        if obj is None:
            return None
        try:
            return (ident(obj), *where_in_text(obj).values())
        except GLib.Error:
            return None

    def op_press(
        self, keys: str, timeout: float = 30.0, until: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        self.pump()
        before = self._place_now()
        self.keyboard.combo(keys)
        found: dict[str, Any] = {}

        def ready() -> bool:
            if until is None:
                now = self._place_now()
                if now is None or now == before:
                    return False
            where = self._where()
            found["focus"] = where
            if where is None:
                return False
            if until is not None:
                return all(matches(where.get(key), value) for key, value in until.items())
            return place(where) != before

        if not self.wait(ready, timeout):
            return {"focus": found.get("focus"), "moved": None, "last": self._last_seen()}
        where = found["focus"]
        if before is None or where["id"] != before[0]:
            moved = "focus"
        elif place(where) != before:
            moved = "within"
        else:
            moved = "stayed"
        return {"focus": where, "moved": moved}

    def _last_seen(self) -> dict[str, Any] | None:
        """What the app last said had the focus, so a test can tell why it is not there."""
        last = self.focused
        if last is None:
            return None
        try:
            return describe(last)
        except GLib.Error as exc:
            return {"error": str(exc)}

    def op_heard(self, containing: str | None = None, timeout: float = 30.0) -> dict[str, Any]:
        def ready() -> bool:
            return containing is None or any(containing in said["text"] for said in self.heard)

        found = self.wait(ready, timeout if containing else 0.0)
        heard, self.heard = self.heard, []
        return {"heard": heard, "found": found}

    def op_windows(self) -> dict[str, Any]:
        assert self.app is not None
        self.pump()
        fresh(self.app)
        windows = []
        for index in range(self.app.get_child_count()):
            window = fresh(self.app.get_child_at_index(index))
            windows.append(
                {
                    "name": window.get_name(),
                    "role": window.get_role_name(),
                    "states": states(window),
                }
            )
        return {"windows": windows}


def main() -> int:
    Atspi.init()
    reader = Reader()
    print(json.dumps({"ok": True, "ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        op = request.pop("op")
        try:
            result = getattr(reader, f"op_{op}")(**request)
            answer = {"ok": True, **result}
        except Exception as exc:  # sent back to the test, which fails with it
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
