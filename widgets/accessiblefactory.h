#pragma once

// Accessible interfaces for the kit's own widgets (a Notification role for the announcer's
// notifier, a Button/StaticText role for the badge). Each widget installs them when constructed;
// installing twice does nothing.
namespace WidgetsAccessibility {
void install();
}
