#pragma once

#include <QString>

// Where the scenarios and sample photos that ship with Converge are on disk. An installed
// <prefix>/bin/converge reads <prefix>/share/converge, so any prefix (and a moved one) works;
// a program built in this build tree reads the source tree's resources/, so edits show at once;
// otherwise the XDG data folders ($XDG_DATA_HOME, $XDG_DATA_DIRS) are searched for "converge".
// Needs a QCoreApplication (for the program's own folder).
namespace ShippedData {

// Empty (and said once on stderr) when no candidate holds the shipped scenarios.
QString directory();
QString scenariosDirectory();
QString samplePhotosDirectory();

} // namespace ShippedData
