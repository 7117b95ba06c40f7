#include "widgets/displaypreferences.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Stored as words, so a settings file reads (and survives a reordered enum).
QString schemeName(DisplayPreferences::ColorScheme scheme)
{
    switch (scheme) {
    case DisplayPreferences::ColorScheme::Light:
        return u"light"_s;
    case DisplayPreferences::ColorScheme::Dark:
        return u"dark"_s;
    case DisplayPreferences::ColorScheme::System:
        break;
    }
    return u"system"_s;
}

DisplayPreferences::ColorScheme schemeNamed(const QString &name)
{
    if (name == u"light"_s)
        return DisplayPreferences::ColorScheme::Light;
    if (name == u"dark"_s)
        return DisplayPreferences::ColorScheme::Dark;
    return DisplayPreferences::ColorScheme::System;
}

} // namespace

DisplayPreferences::DisplayPreferences(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (m_settings) {
        m_reducedMotion = m_settings->value(u"display/reducedMotion"_s, false).toBool();
        m_toastDurationScale = std::clamp(
            m_settings->value(u"display/toastDurationScale"_s, 1.0).toDouble(), 0.5, 10.0);
        m_autoDismissToasts = m_settings->value(u"display/autoDismissToasts"_s, true).toBool();
        m_colorScheme = schemeNamed(m_settings->value(u"display/colorScheme"_s).toString());
    }
}

void DisplayPreferences::setReducedMotion(bool reduced)
{
    if (reduced == m_reducedMotion)
        return;
    m_reducedMotion = reduced;
    store();
}

void DisplayPreferences::setToastDurationScale(double scale)
{
    scale = std::clamp(scale, 0.5, 10.0);
    if (qFuzzyCompare(scale, m_toastDurationScale))
        return;
    m_toastDurationScale = scale;
    store();
}

void DisplayPreferences::setAutoDismissToasts(bool autoDismiss)
{
    if (autoDismiss == m_autoDismissToasts)
        return;
    m_autoDismissToasts = autoDismiss;
    store();
}

void DisplayPreferences::setColorScheme(ColorScheme scheme)
{
    if (scheme == m_colorScheme)
        return;
    m_colorScheme = scheme;
    store();
}

std::optional<std::chrono::milliseconds>
DisplayPreferences::toastDuration(std::chrono::milliseconds base) const
{
    if (!m_autoDismissToasts || base.count() <= 0)
        return std::nullopt;
    return std::chrono::milliseconds(
        qRound64(static_cast<double>(base.count()) * m_toastDurationScale));
}

void DisplayPreferences::store()
{
    if (m_settings) {
        m_settings->setValue(u"display/reducedMotion"_s, m_reducedMotion);
        m_settings->setValue(u"display/toastDurationScale"_s, m_toastDurationScale);
        m_settings->setValue(u"display/autoDismissToasts"_s, m_autoDismissToasts);
        m_settings->setValue(u"display/colorScheme"_s, schemeName(m_colorScheme));
    }
    emit changed();
}
