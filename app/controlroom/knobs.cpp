#include "app/controlroom/knobs.h"

#include "core/configschema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QSpinBox>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using ConfigSchema::Type;
using ConfigSchema::Unit;

namespace Knobs {

namespace {

// The catalogue's context for this file's words; lupdate reads it here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Knobs)
};

QString suffix(Unit unit)
{
    switch (unit) {
    case Unit::Milliseconds:
        return Words::tr(" ms");
    case Unit::Fraction:
        return Words::tr(" %");
    case Unit::Bytes:
        return Words::tr(" B");
    case Unit::None:
    case Unit::Pixels:
    case Unit::MinorUnits:
        break;
    }
    return {};
}

// Spin boxes hold int; the schema's larger bounds (seed, byte limits) are cut to what fits.
int bounded(double value)
{
    return static_cast<int>(std::clamp<double>(value, std::numeric_limits<int>::min(),
                                               std::numeric_limits<int>::max()));
}

} // namespace

QWidget *make(const ConfigSchema::Field &field, int entry)
{
    QWidget *widget = nullptr;
    switch (field.type) {
    case Type::Int:
    case Type::List: {
        auto *spin = new QSpinBox;
        spin->setRange(bounded(field.min), bounded(field.max));
        spin->setSuffix(suffix(field.unit));
        if (field.unit == Unit::Milliseconds) {
            spin->setSingleStep(50);
            spin->setAccelerated(true);
        }
        spin->setKeyboardTracking(false); // one change per finished number, not per digit
        widget = spin;
        break;
    }
    case Type::Double: {
        auto *spin = new QDoubleSpinBox;
        const double scale = field.unit == Unit::Fraction ? 100 : 1;
        spin->setRange(field.min * scale, field.max * scale);
        spin->setDecimals(1);
        spin->setSingleStep(5);
        spin->setSuffix(suffix(field.unit));
        spin->setKeyboardTracking(false);
        widget = spin;
        break;
    }
    case Type::Enum: {
        auto *combo = new QComboBox;
        for (const QString &option : field.options)
            combo->addItem(QCoreApplication::translate("ConfigSchema", option.toUtf8().constData()),
                           option);
        widget = combo;
        break;
    }
    case Type::Bool:
        widget = new QCheckBox(field.labelFor(entry));
        break;
    }
    widget->setAccessibleName(field.labelFor(entry));
    if (!field.help.isEmpty())
        widget->setToolTip(field.help);
    return widget;
}

QJsonValue value(const QWidget *widget, const ConfigSchema::Field &field)
{
    if (const auto *spin = qobject_cast<const QSpinBox *>(widget))
        return spin->value();
    if (const auto *spin = qobject_cast<const QDoubleSpinBox *>(widget))
        return field.unit == Unit::Fraction ? spin->value() / 100.0 : spin->value();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->currentData().toString();
    if (const auto *check = qobject_cast<const QCheckBox *>(widget))
        return check->isChecked();
    return QJsonValue::Undefined;
}

void setValue(QWidget *widget, const ConfigSchema::Field &field, const QJsonValue &value)
{
    if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        spin->setValue(
            bounded(field.type == Type::List ? double(value.toArray().size()) : value.toDouble()));
    } else if (auto *real = qobject_cast<QDoubleSpinBox *>(widget)) {
        real->setValue(field.unit == Unit::Fraction ? value.toDouble() * 100 : value.toDouble());
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        combo->setCurrentIndex(combo->findData(value.toString()));
    } else if (auto *check = qobject_cast<QCheckBox *>(widget)) {
        check->setChecked(value.toBool());
    }
}

void onEdited(QWidget *widget, QObject *context, const std::function<void()> &edited)
{
    if (auto *spin = qobject_cast<QSpinBox *>(widget))
        QObject::connect(spin, &QSpinBox::valueChanged, context, edited);
    else if (auto *real = qobject_cast<QDoubleSpinBox *>(widget))
        QObject::connect(real, &QDoubleSpinBox::valueChanged, context, edited);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        QObject::connect(combo, &QComboBox::currentIndexChanged, context, edited);
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        QObject::connect(check, &QCheckBox::toggled, context, edited);
}

QString describe(const ConfigSchema::Field &field, int entry, const QJsonValue &value)
{
    const QString label = field.labelFor(entry);
    switch (field.type) {
    case Type::Bool:
        return value.toBool() ? Words::tr("%1: on").arg(label) : Words::tr("%1: off").arg(label);
    case Type::Enum:
        // The option's own word, as the list shows it.
        return Words::tr("%1 %2").arg(
            label,
            QCoreApplication::translate("ConfigSchema", value.toString().toUtf8().constData()));
    case Type::List:
        return Words::tr("%1 %2").arg(label).arg(value.toInteger());
    case Type::Double:
        if (field.unit == Unit::Fraction)
            return Words::tr("%1 %L2 %").arg(label).arg(value.toDouble() * 100, 0, 'g', 3);
        return Words::tr("%1 %L2").arg(label).arg(value.toDouble());
    case Type::Int:
        break;
    }
    return Words::tr("%1 %2%3").arg(label).arg(value.toInteger()).arg(suffix(field.unit));
}

QString withMnemonic(const QString &label, QString *used)
{
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i).toLower();
        if (c.isLetter() && !used->contains(c)) {
            used->append(c);
            return label.left(i) + u'&' + label.mid(i);
        }
    }
    return label;
}

} // namespace Knobs
