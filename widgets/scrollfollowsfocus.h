#pragma once

class QScrollArea;

// Scrolls the area so that a control inside it that takes keyboard focus is in view, however
// focus arrived (Tab from outside the area, Shift+Tab, arrow keys in a radio group, a shortcut);
// QScrollArea itself only does this for Tab moves that start inside it.
namespace ScrollFollowsFocus {
void install(QScrollArea *area);
}
