#include "app/screens/profile/profilesplit.h"

#include "app/screens/profile/profilescreen.h"
#include "app/split/panemirror.h"
#include "models/profile/photopreparer.h"
#include "models/profile/profilemodel.h"

ProfileSplit::ProfileSplit(ProfileScreen *left, const SessionServices &services, QObject *parent)
    : ScreenSplit(left, services, QString::fromLatin1(rightScreenId), parent)
    , m_left(left)
{
    connect(m_left->model(), &ProfileModel::patternChanged, this, &ProfileSplit::updateTitles);
}

ProfileSplit::~ProfileSplit() = default;

void ProfileSplit::mirrorChoices(ProfileScreen *from, ProfileScreen *to)
{
    // With to as the context: a right pane that goes takes its connections along.
    connect(from->model(), &ProfileModel::uploadChosen, to, [this, to](const PreparedPhoto &photo) {
        mirror()->forward([&] { to->model()->upload(photo); });
    });
    connect(from->model(), &ProfileModel::reloadChosen, to,
            [this, to] { mirror()->forward([&] { to->model()->reload(); }); });
}

QWidget *ProfileSplit::createRight(const SessionServices &paneServices)
{
    auto *right = new ProfileScreen(paneServices);
    right->setObjectName(QStringLiteral("profileScreenRight"));
    right->setScreenId(QString::fromLatin1(rightScreenId));
    m_right = right;
    const ProfilePattern leftPattern = m_left->model()->pattern();
    right->model()->setPattern(m_rightPattern.value_or(leftPattern == ProfilePattern::NaiveReplica
                                                           ? ProfilePattern::ReadYourWrites
                                                           : ProfilePattern::NaiveReplica));
    connect(right->model(), &ProfileModel::patternChanged, this, [this](ProfilePattern pattern) {
        m_rightPattern = pattern;
        updateTitles();
    });
    mirrorChoices(m_left, right);
    mirrorChoices(right, m_left);
    return right;
}

void ProfileSplit::namePane(QWidget *screen, const QString &pane, const QString &title)
{
    static_cast<ProfileScreen *>(screen)->setPane(pane, title);
}

QString ProfileSplit::patternTitle(QWidget *screen) const
{
    return ProfilePatterns::title(static_cast<ProfileScreen *>(screen)->model()->pattern());
}

void ProfileSplit::startRight(QWidget *right)
{
    static_cast<ProfileScreen *>(right)->start();
}

void ProfileSplit::setPatterns(ProfilePattern left, ProfilePattern right)
{
    m_left->model()->setPattern(left);
    m_rightPattern = right;
    if (m_right)
        m_right->model()->setPattern(right);
}

QString ProfileSplit::screenName() const
{
    return tr("Profile photo");
}

bool ProfileSplit::setPatternKeys(const QString &left, const QString &right)
{
    ProfilePattern leftPattern {};
    ProfilePattern rightPattern {};
    if (!ProfilePatterns::fromKey(left, &leftPattern)
        || !ProfilePatterns::fromKey(right, &rightPattern))
        return false;
    setPatterns(leftPattern, rightPattern);
    return true;
}
