#pragma once

#include <QPalette>

// The two palettes Converge ships. The gallery, the contrast tests and the app use these same
// colours, so what a design review sees is what the tests measured.
class Palettes
{
public:
    static QPalette light();
    static QPalette dark();
    // Whether text is light on a dark window; the style picks its state colours by this.
    static bool isDark(const QPalette &palette);
};
