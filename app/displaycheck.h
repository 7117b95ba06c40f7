#pragma once

// Whether Qt will find a display to open windows on. Checked before QApplication exists, so a
// machine without one gets a plain explanation instead of a platform-plugin abort.
bool hasUsableDisplay();
void explainMissingDisplay();
