#pragma once

#include "widgets/displaypreferences.h"

#include <QObject>
#include <QPalette>
#include <QPointer>

#include <functional>

// Puts the kit's light or dark palette (Palettes) on the whole application, as the person chose
// (DisplayPreferences::colorScheme) or, for System, as the desktop prefers; again, live, whenever
// either changes. So the palette every widget paints with is the one the contrast tests measure.
class Appearance final : public QObject
{
    Q_OBJECT

public:
    // Create it before the first window: what the application shows then is the desktop's own
    // palette, kept to tell whether the desktop is dark on Qt versions that cannot ask.
    explicit Appearance(DisplayPreferences *preferences, QObject *parent = nullptr);

    bool isDark() const { return m_dark; }
    // What the desktop prefers: Qt >= 6.5 asks its colour scheme; before that, or when it does not
    // say, a dark window colour in its palette means dark.
    static bool desktopPrefersDark(const QPalette &desktopPalette);
    // Calls recolor after every change of the application palette, for as long as context lives:
    // for colours a widget was given once (a glyph's pixmap, a tone set on a label's palette).
    // Read QApplication::palette() in it; a widget's own may not have followed yet.
    static void onPaletteChange(QObject *context, std::function<void()> recolor);

Q_SIGNALS:
    void applied(bool dark);

private:
    void apply();

    QPointer<DisplayPreferences> m_preferences;
    QPalette m_desktopPalette;
    bool m_dark = false;
    bool m_appliedOnce = false;
};
