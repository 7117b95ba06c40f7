#pragma once

// Whether Qt will find a display to open windows on. Checked before QApplication exists, so a
// machine without one gets a plain explanation instead of a platform-plugin abort.
bool hasUsableDisplay();
void explainMissingDisplay();

// True when the arguments only ask for information (--help, --help-all, -h, -?, --version, -v):
// that needs no display, so it is answered before any window system is touched.
bool asksForInformationOnly(int argc, char **argv);
