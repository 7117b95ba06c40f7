#include "widgets/toaststyle.h"

namespace ToastStyle {

SyncState tone(ToastSpec::Style style)
{
    switch (style) {
    case ToastSpec::Style::Info:
        return SyncState::Pending;
    case ToastSpec::Style::Success:
        return SyncState::Confirmed;
    case ToastSpec::Style::Error:
        return SyncState::Failed;
    }
    return SyncState::Pending;
}

Glyph glyph(ToastSpec::Style style)
{
    switch (style) {
    case ToastSpec::Style::Info:
        return Glyph::Info;
    case ToastSpec::Style::Success:
        return Glyph::Check;
    case ToastSpec::Style::Error:
        return Glyph::Exclamation;
    }
    return Glyph::Info;
}

} // namespace ToastStyle
