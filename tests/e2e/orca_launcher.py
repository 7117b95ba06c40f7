#!/usr/bin/python3
"""Runs Debian's Orca under its own process name, for tests.

Debian's /usr/bin/orca refuses to start while a process named "orca" runs, and its --replace
kills every one of them (a person's own screen reader included). Loaded as a module, the script
is given another process name and no such check. Its debug file is line-buffered so that a test
can read what Orca said while Orca still runs.

Speech stays on but has no speech server: Orca then writes every utterance to its debug log
("SPEECH OUTPUT: ...") and starts no speech-dispatcher. Turning speech off instead
(--disable=speech) silences more than the synthesizer: Orca 48 (Debian 13) drops every message
it presents (presentMessage, which object:announcement events go through) when enableSpeech is
off, while Orca 43 still logged the spoken objects (notifications) then.
Usage: orca_launcher.py <orca's arguments>; exits 77 when this Orca's script has another shape.
"""

import builtins
import importlib.machinery
import importlib.util
import sys

NAME = "converge-orca"
SCRIPT = "/usr/bin/orca"

try:
    loader = importlib.machinery.SourceFileLoader("orca_script", SCRIPT)
    spec = importlib.util.spec_from_loader("orca_script", loader)
    script = importlib.util.module_from_spec(spec)
    loader.exec_module(script)
except (OSError, ImportError, SyntaxError) as error:
    print(f"SKIP: cannot load {SCRIPT}: {error}", file=sys.stderr)
    sys.exit(77)

for needed in ("main", "setProcessName", "otherOrcas", "settings"):
    if not hasattr(script, needed):
        print(f"SKIP: {SCRIPT} has no {needed}(); this launcher knows Orca 43's script",
              file=sys.stderr)
        sys.exit(77)

# An empty factory name is "no speech server" to Orca's speech.init() (43 and 48 alike); it is the
# default of this Orca's settings, read when its settings manager starts, never saved.
script.settings.speechServerFactory = ""

set_name = script.setProcessName
script.setProcessName = lambda _name: set_name(NAME)
script.otherOrcas = lambda: []


def line_buffered_open(file, mode="r", *args, **kwargs):
    if "w" in mode and "b" not in mode and not args and "buffering" not in kwargs:
        kwargs["buffering"] = 1
    return builtins.open(file, mode, *args, **kwargs)


# The script's main() opens the debug file; a module global shadows the builtin for it alone.
script.open = line_buffered_open
sys.argv[0] = NAME
sys.exit(script.main())
