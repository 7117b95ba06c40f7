#pragma once

#include <QString>

#include <chrono>
#include <optional>

// What a toast says and offers. A screen fills one in and gives it to ToastCenter::show().
struct ToastSpec
{
    enum class Style { Info, Success, Error };
    enum class Action { None, Retry, Undo, View };

    Style style = Style::Info;
    QString text; // e.g. "Couldn't save "Blue Chair"."
    Action action = Action::None; // at most one, besides Dismiss
    // Overrides the style's base duration (still scaled by DisplayPreferences); 0 = until
    // dismissed.
    std::optional<std::chrono::milliseconds> duration = std::nullopt;
};

inline bool operator==(const ToastSpec &a, const ToastSpec &b)
{
    return a.style == b.style && a.text == b.text && a.action == b.action;
}
