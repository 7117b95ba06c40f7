#pragma once

#include <QObject>

#include <chrono>
#include <optional>

class QSettings;

// The person's display choices that the kit honours: reduced motion (no spinning, no fades),
// how long toasts stay (a scale, or never auto-dismiss: WCAG 2.2.1 "Timing Adjustable") and the
// colour scheme (the desktop's, or always light or dark; Appearance applies it).
// Backed by QSettings when given one; tests pass nullptr and set values directly.
class DisplayPreferences : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY changed)
    Q_PROPERTY(double toastDurationScale READ toastDurationScale WRITE setToastDurationScale NOTIFY
                   changed)
    Q_PROPERTY(
        bool autoDismissToasts READ autoDismissToasts WRITE setAutoDismissToasts NOTIFY changed)
    Q_PROPERTY(ColorScheme colorScheme READ colorScheme WRITE setColorScheme NOTIFY changed)

public:
    enum class ColorScheme { System, Light, Dark };
    Q_ENUM(ColorScheme)

    explicit DisplayPreferences(QSettings *settings = nullptr, QObject *parent = nullptr);

    bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool reduced);
    double toastDurationScale() const { return m_toastDurationScale; }
    void setToastDurationScale(double scale); // clamped to 0.5 … 10
    bool autoDismissToasts() const { return m_autoDismissToasts; }
    void setAutoDismissToasts(bool autoDismiss);
    ColorScheme colorScheme() const { return m_colorScheme; }
    void setColorScheme(ColorScheme scheme);

    // A toast's base duration after the person's choice; nullopt means "stay until dismissed".
    std::optional<std::chrono::milliseconds> toastDuration(std::chrono::milliseconds base) const;

signals:
    void changed();

private:
    void store();

    QSettings *m_settings;
    bool m_reducedMotion = false;
    double m_toastDurationScale = 1.0;
    bool m_autoDismissToasts = true;
    ColorScheme m_colorScheme = ColorScheme::System;
};
