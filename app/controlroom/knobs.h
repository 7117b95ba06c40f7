#pragma once

#include <QJsonValue>
#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace ConfigSchema {
struct Field;
}

// The control room's knob for one schema field: the widget, its range, unit and words all come
// from the field (core/configschema.h), so a new row in the schema is a new knob here.
namespace Knobs {

// A spin box (whole numbers; rates as percent), combo box (options) or check box (yes/no).
// entry is the 1-based number of a list entry, for its label.
QWidget *make(const ConfigSchema::Field &field, int entry = 0);
// What the widget shows, in the field's own units (rates 0…1).
QJsonValue value(const QWidget *widget, const ConfigSchema::Field &field);
void setValue(QWidget *widget, const ConfigSchema::Field &field, const QJsonValue &value);
// Calls edited on every change of the widget's value (the dock ignores its own updates).
void onEdited(QWidget *widget, QObject *context, const std::function<void()> &edited);
// Plain words for the timeline: "Error rate 30 %", "Reads latency base 250 ms".
QString describe(const ConfigSchema::Field &field, int entry, const QJsonValue &value);
// label with an & before its first letter that is not in used (which it then joins).
QString withMnemonic(const QString &label, QString *used);

} // namespace Knobs
