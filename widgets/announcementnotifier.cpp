#include "widgets/announcementnotifier.h"

#include "widgets/accessiblefactory.h"

#include <QAccessible>

AnnouncementNotifier::AnnouncementNotifier(QWidget *parent)
    : QWidget(parent)
{
    WidgetsAccessibility::install();
    setObjectName(QStringLiteral("announcementNotifier"));
    // Present for assistive technology, invisible and inert for everyone else.
    setFixedSize(1, 1);
    move(0, 0);
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
}

void AnnouncementNotifier::notify(const QString &message)
{
    if (message != m_message) {
        m_message = message;
        QAccessibleEvent renamed(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&renamed);
    }
    // Showing an already visible widget sends nothing, so every message is a fresh hide/show.
    hide();
    show();
}
