#include "app/screens/profile/secondsessionwindow.h"

#include "app/screens/profile/photoview.h"
#include "core/clock.h"
#include "models/client/apiclient.h"
#include "models/profile/profilemodel.h"
#include "models/profile/replicainspector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SecondSessionWindow::SecondSessionWindow(const QUrl &baseUrl, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_clock(std::make_unique<SteadyClock>())
    , m_api(new ApiClient(baseUrl, this))
    , m_model(new ProfileModel(m_api, m_clock.get(), this))
    , m_photo(new PhotoView(this))
    , m_name(new QLabel(this))
    , m_served(new QLabel(this))
    , m_timeTravel(new QLabel(this))
    , m_pattern(new QComboBox(this))
    , m_autoReload(new QCheckBox(tr("Reload every 2 seconds"), this))
{
    setWindowTitle(tr("Converge — another session"));
    setAccessibleName(tr("Another session's view of the profile"));
    // This session never writes, so its token stays 0: the first replica answers every read.
    m_model->setPattern(ProfilePattern::ReadYourWrites);
    m_model->setScreenId(QStringLiteral("profile-second-window"));
    m_photo->setAcceptsDrops(false);
    m_photo->setAccessibleName(tr("Profile photo, as another session sees it"));

    auto *intro = new QLabel(tr("Another person looking at this profile: a session of its own, "
                                "without your read-your-writes token."),
                             this);
    intro->setWordWrap(true);
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    m_name->setFont(bold);
    m_served->setWordWrap(true);
    m_timeTravel->setWordWrap(true);
    for (ProfilePattern pattern : ProfilePatterns::all)
        m_pattern->addItem(ProfilePatterns::title(pattern), static_cast<int>(pattern));
    m_pattern->setCurrentIndex(m_pattern->findData(static_cast<int>(m_model->pattern())));
    auto *patternLabel = new QLabel(tr("This session &reads:"), this);
    patternLabel->setBuddy(m_pattern);
    m_pattern->setAccessibleName(tr("How this session reads"));
    auto *reload = new QPushButton(tr("&Reload"), this);
    m_autoReload->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_photo, 1);
    layout->addWidget(m_name);
    layout->addWidget(m_served);
    layout->addWidget(m_timeTravel);
    layout->addWidget(patternLabel);
    layout->addWidget(m_pattern);
    layout->addWidget(reload);
    layout->addWidget(m_autoReload);
    resize(360, 520);

    connect(m_model, &ProfileModel::changed, this, &SecondSessionWindow::refresh);
    connect(reload, &QPushButton::clicked, m_model, &ProfileModel::reload);
    connect(m_pattern, &QComboBox::currentIndexChanged, m_model, [this](int index) {
        m_model->setPattern(static_cast<ProfilePattern>(m_pattern->itemData(index).toInt()));
        refresh();
    });
    connect(&m_reloadTimer, &QTimer::timeout, m_model, &ProfileModel::load);
    connect(m_autoReload, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_reloadTimer.start(2000);
        else
            m_reloadTimer.stop();
    });
    m_reloadTimer.start(2000);
    m_model->load();
    refresh();
}

SecondSessionWindow::~SecondSessionWindow() = default;

QString SecondSessionWindow::timeTravelText() const
{
    return m_timeTravel->text();
}

void SecondSessionWindow::refresh()
{
    m_photo->setPhoto(
        m_model->photo(), {},
        tr("Photo version %1 as another session sees it").arg(m_model->shownVersion()));
    m_name->setText(m_model->name());
    if (const auto read = m_model->lastRead())
        m_served->setText(tr("Version %1, served by %2 (applied LSN %3).")
                              .arg(read->version)
                              .arg(ReplicaInspector::nodeTitle(read->servedBy))
                              .arg(read->nodeLsn));
    else
        m_served->setText(tr("Loading…"));
    // In words for the room: the page itself does not know it went back.
    const int travels = m_model->timeTravels(m_model->pattern());
    m_timeTravel->setText(
        travels > 0
            ? tr("Went back to an older photo %n time(s) with this pattern.", nullptr, travels)
            : tr("Never went back to an older photo with this pattern."));
}
