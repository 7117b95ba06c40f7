#pragma once

#include "app/split/screensplit.h"
#include "models/profile/profileread.h"

#include <optional>

class ProfileScreen;

// The Profile photo screen side by side: a photo chosen in either pane (a sample, a file, a
// drop) is uploaded by the other too, each pane with its own session, so its own read token;
// a reload is mirrored as well. Retry and the contact details stay with their pane.
class ProfileSplit final : public ScreenSplit
{
    Q_OBJECT

public:
    static constexpr auto rightScreenId = "profile-right";

    ProfileSplit(ProfileScreen *left, const SessionServices &services, QObject *parent = nullptr);
    ~ProfileSplit() override;

    ProfileScreen *left() const { return m_left; }
    ProfileScreen *right() const { return m_right; } // null unless split

    void setPatterns(ProfilePattern left, ProfilePattern right);

    QString screenName() const override;
    bool setPatternKeys(const QString &left, const QString &right) override;

protected:
    QWidget *createRight(const SessionServices &services) override;
    void namePane(QWidget *screen, const QString &pane, const QString &title) override;
    QString patternTitle(QWidget *screen) const override;
    void startRight(QWidget *right) override;

private:
    // Carries from's choices over to to (once: the mirror drops the echo).
    void mirrorChoices(ProfileScreen *from, ProfileScreen *to);

    ProfileScreen *m_left;
    QPointer<ProfileScreen> m_right;
    std::optional<ProfilePattern> m_rightPattern;
};
