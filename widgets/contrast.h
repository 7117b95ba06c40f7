#pragma once

#include <QColor>

// WCAG 2.x contrast, used by the style (to pick readable colours) and by tests (to prove it).
namespace Contrast {

// Minimum ratios of WCAG 2.1 success criteria 1.4.3 (text) and 1.4.11 (icons, focus rings).
inline constexpr double minimumForText = 4.5;
inline constexpr double minimumForGraphics = 3.0;

// Relative luminance of an sRGB colour, 0 (black) to 1 (white). Alpha is ignored.
double relativeLuminance(const QColor &color);

// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 (same) to 21 (black on white).
double ratio(const QColor &a, const QColor &b);

} // namespace Contrast
