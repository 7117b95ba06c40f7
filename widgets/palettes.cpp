#include "widgets/palettes.h"

namespace {

struct Colors
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight,
        highlightedText, toolTipBase, toolTipText, placeholder, link, light, midlight, mid, dark,
        shadow, disabledText;
};

QPalette build(const Colors &c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.buttonText);
    p.setColor(QPalette::BrightText, c.highlightedText);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.toolTipText);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.link);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    return p;
}

} // namespace

QPalette Palettes::light()
{
    return build({.window = QColor(0xf6, 0xf5, 0xf4),
                  .windowText = QColor(0x1f, 0x1f, 0x1f),
                  .base = QColor(0xff, 0xff, 0xff),
                  .alternateBase = QColor(0xf2, 0xf1, 0xf0),
                  .text = QColor(0x1f, 0x1f, 0x1f),
                  .button = QColor(0xea, 0xe9, 0xe8),
                  .buttonText = QColor(0x1f, 0x1f, 0x1f),
                  .highlight = QColor(0x1a, 0x5f, 0xb4),
                  .highlightedText = QColor(0xff, 0xff, 0xff),
                  .toolTipBase = QColor(0xff, 0xff, 0xff),
                  .toolTipText = QColor(0x1f, 0x1f, 0x1f),
                  .placeholder = QColor(0x6a, 0x6a, 0x6a),
                  .link = QColor(0x1a, 0x5f, 0xb4),
                  .light = QColor(0xff, 0xff, 0xff),
                  .midlight = QColor(0xe0, 0xdf, 0xde),
                  .mid = QColor(0x8f, 0x8f, 0x8f),
                  .dark = QColor(0x6e, 0x6e, 0x6e),
                  .shadow = QColor(0x3a, 0x3a, 0x3a),
                  .disabledText = QColor(0x66, 0x66, 0x66)});
}

QPalette Palettes::dark()
{
    return build({.window = QColor(0x24, 0x24, 0x24),
                  .windowText = QColor(0xf0, 0xf0, 0xf0),
                  .base = QColor(0x1b, 0x1b, 0x1b),
                  .alternateBase = QColor(0x2a, 0x2a, 0x2a),
                  .text = QColor(0xf0, 0xf0, 0xf0),
                  .button = QColor(0x3a, 0x3a, 0x3a),
                  .buttonText = QColor(0xf0, 0xf0, 0xf0),
                  .highlight = QColor(0x1c, 0x71, 0xd8),
                  .highlightedText = QColor(0xff, 0xff, 0xff),
                  .toolTipBase = QColor(0x33, 0x33, 0x33),
                  .toolTipText = QColor(0xf2, 0xf2, 0xf2),
                  .placeholder = QColor(0xa8, 0xa8, 0xa8),
                  .link = QColor(0x78, 0xae, 0xed),
                  .light = QColor(0x4a, 0x4a, 0x4a),
                  .midlight = QColor(0x3a, 0x3a, 0x3a),
                  .mid = QColor(0x80, 0x80, 0x80),
                  .dark = QColor(0x18, 0x18, 0x18),
                  .shadow = QColor(0x00, 0x00, 0x00),
                  .disabledText = QColor(0xa6, 0xa6, 0xa6)});
}

bool Palettes::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}
