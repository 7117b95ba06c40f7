#include "widgets/appearance.h"

#include "widgets/palettes.h"

#include <QApplication>
#include <QEvent>
#include <QStyleHints>

#include <utility>

namespace {

class PaletteFollower final : public QObject
{
public:
    PaletteFollower(QObject *context, std::function<void()> recolor)
        : QObject(context)
        , m_recolor(std::move(recolor))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            m_recolor();
        return false;
    }

private:
    std::function<void()> m_recolor;
};

} // namespace

Appearance::Appearance(DisplayPreferences *preferences, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
    , m_desktopPalette(QGuiApplication::palette())
{
    if (m_preferences)
        connect(m_preferences, &DisplayPreferences::changed, this, &Appearance::apply);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this,
            &Appearance::apply);
#endif
    apply();
}

bool Appearance::desktopPrefersDark(const QPalette &desktopPalette)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        return true;
    case Qt::ColorScheme::Light:
        return false;
    case Qt::ColorScheme::Unknown:
        break;
    }
#endif
    return Palettes::isDark(desktopPalette);
}

void Appearance::onPaletteChange(QObject *context, std::function<void()> recolor)
{
    new PaletteFollower(context, std::move(recolor));
}

void Appearance::apply()
{
    using Scheme = DisplayPreferences::ColorScheme;
    const Scheme scheme = m_preferences ? m_preferences->colorScheme() : Scheme::System;
    const bool dark =
        scheme == Scheme::System ? desktopPrefersDark(m_desktopPalette) : scheme == Scheme::Dark;
    // DisplayPreferences::changed also fires for other choices: repaint only when it matters.
    if (m_appliedOnce && dark == m_dark)
        return;
    m_appliedOnce = true;
    m_dark = dark;
    QApplication::setPalette(dark ? Palettes::dark() : Palettes::light());
    Q_EMIT applied(dark);
}
