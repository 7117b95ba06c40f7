#include "widgets/accessiblefactory.h"

#include "widgets/announcementnotifier.h"
#include "widgets/syncbadge.h"

#include <QAccessible>
#include <QAccessibleWidget>

using namespace Qt::StringLiterals;

namespace {

// Qt 6.4's Linux bridge sends "showing" for this role, which Orca 43 speaks as
// "notification <name>" (see shared/ACCESSIBILITY-NOTES.md).
class AccessibleNotifier : public QAccessibleWidget
{
public:
    explicit AccessibleNotifier(AnnouncementNotifier *widget)
        : QAccessibleWidget(widget, QAccessible::Notification)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        auto *notifier = static_cast<AnnouncementNotifier *>(widget());
        if (t == QAccessible::Name)
            return notifier->message();
        return QAccessibleWidget::text(t);
    }
};

class AccessibleBadge : public QAccessibleWidget
{
public:
    explicit AccessibleBadge(SyncBadge *widget)
        : QAccessibleWidget(widget, QAccessible::StaticText)
    {
    }

    QAccessible::Role role() const override
    {
        return badge()->displayedState() == SyncState::Failed ? QAccessible::Button
                                                              : QAccessible::StaticText;
    }

    QStringList actionNames() const override
    {
        QStringList names = QAccessibleWidget::actionNames();
        if (badge()->displayedState() == SyncState::Failed)
            names.prepend(pressAction());
        return names;
    }

    void doAction(const QString &actionName) override
    {
        if (actionName == pressAction() && badge()->displayedState() == SyncState::Failed)
            emit badge()->retryRequested();
        else
            QAccessibleWidget::doAction(actionName);
    }

private:
    SyncBadge *badge() const { return static_cast<SyncBadge *>(widget()); }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == "AnnouncementNotifier"_L1)
        return new AccessibleNotifier(static_cast<AnnouncementNotifier *>(object));
    if (className == "SyncBadge"_L1)
        return new AccessibleBadge(static_cast<SyncBadge *>(object));
    return nullptr;
}

} // namespace

void WidgetsAccessibility::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}
