#include "app/screens/profile/profilescreen.h"

#include "app/screens/profile/detailsfeedback.h"
#include "app/screens/profile/detailssection.h"
#include "app/screens/profile/inspectorpanel.h"
#include "app/screens/profile/photoview.h"
#include "app/screens/profile/profilefeedback.h"
#include "app/screens/profile/samplestrip.h"
#include "app/screens/profile/secondsessionwindow.h"
#include "core/clock.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/control/actionregistry.h"
#include "models/details/detailsactions.h"
#include "models/details/detailsmodel.h"
#include "models/profile/profileactions.h"
#include "models/profile/profilemodel.h"
#include "models/profile/replicainspector.h"
#include "models/profile/samplephotos.h"
#include "widgets/patternoption.h"
#include "widgets/scrollfollowsfocus.h"
#include "widgets/syncbadge.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileDialog>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The session's clock, or one of the screen's own when it was given none.
const Clock *clockFor(const SessionServices &services, std::unique_ptr<Clock> &own)
{
    if (services.clock)
        return services.clock;
    own = std::make_unique<SteadyClock>();
    return own.get();
}

// The problem box's warning sign, drawn by the style the first time it is shown: the style
// builds it from scratch, a cost not worth paying at start for a box that is mostly hidden.
class WarningIcon final : public QLabel
{
protected:
    void showEvent(QShowEvent *event) override
    {
        if (pixmap().isNull())
            setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
        QLabel::showEvent(event);
    }
};

} // namespace

ProfileScreen::ProfileScreen(const SessionServices &services, QWidget *parent)
    : QWidget(parent)
    , m_api(services.api)
    , m_model(new ProfileModel(services.api, clockFor(services, m_ownClock), this))
    , m_inspector(new ReplicaInspector(this))
    , m_details(new DetailsModel(services.api, this))
{
    setAccessibleName(tr("Profile photo"));
    buildUi();
    connectModel();
    m_feedback = new ProfileFeedback(m_model, services, this);
    m_detailsFeedback = new DetailsFeedback(m_details, services, this);
    // A lost upload is settled by its write.accepted event, as on the other screens.
    if (services.events) {
        connect(services.events, &EventStream::eventReceived, m_model, &ProfileModel::handleEvent);
        connect(services.events, &EventStream::eventReceived, m_details, &DetailsModel::noteEvent);
    }
    if (services.actions) {
        registerProfileActions(services.actions, m_model, [this] { reveal(); });
        registerDetailsActions(services.actions, m_details, [this] { revealDetails(); });
    }
    refresh();
}

ProfileScreen::~ProfileScreen()
{
    if (m_secondWindow)
        delete m_secondWindow.data();
}

void ProfileScreen::buildUi()
{
    auto *heading = new QLabel(tr("Profile photo"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Upload a new photo and watch the page reload from a replica that "
                                "may not have caught up. Pick a pattern to see what cures it."));
    intro->setWordWrap(true);

    m_photo = new PhotoView;
    m_name = new QLabel;
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    m_name->setAlignment(Qt::AlignHCenter);
    m_badge = new SyncBadge;
    m_badge->setAccessibleName(tr("Photo status"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    // The problem with a chosen photo: a warning icon and words, never colour alone.
    m_problemBox = new QFrame;
    m_problemBox->setFrameShape(QFrame::StyledPanel);
    auto *problemIcon = new WarningIcon;
    problemIcon->setAlignment(Qt::AlignTop);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the chosen photo"));
    auto *problemLayout = new QHBoxLayout(m_problemBox);
    problemLayout->setContentsMargins(8, 6, 8, 6);
    problemLayout->addWidget(problemIcon);
    problemLayout->addWidget(m_problem, 1);
    m_problemBox->hide();

    m_change = new QPushButton(tr("&Change photo…"));
    m_change->setToolTip(tr("Choose a PNG or JPEG file (at most 10 MB). You can also drop one on "
                            "the photo."));
    m_reload = new QPushButton(tr("Re&load page"));
    m_reload->setToolTip(tr("Read the profile again with the selected pattern."));
    m_retry = new QPushButton(tr("&Retry"));
    m_retry->setToolTip(tr("Send the same upload again; the server recognises it and never "
                           "applies it twice."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_change);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_retry);
    buttons->addStretch();

    m_samples = new SampleStrip;
    auto *samplesLabel = new QLabel(tr("Or try a sample photo:"));
    samplesLabel->setBuddy(m_samples);

    auto *patternBox = new QGroupBox(tr("After an upload, the page reads…"));
    auto *patternLayout = new QVBoxLayout(patternBox);
    m_patterns = new QButtonGroup(this);
    for (ProfilePattern pattern : ProfilePatterns::all)
        addPatternOption(m_patterns, patternLayout, static_cast<int>(pattern),
                         ProfilePatterns::title(pattern), ProfilePatterns::explanation(pattern));
    m_patterns->button(static_cast<int>(m_model->pattern()))->setChecked(true);
    m_preview = new QCheckBox(tr("Show a local &preview while uploading"));
    m_preview->setAccessibleDescription(tr("Shows the chosen photo at once, dimmed, until the "
                                           "server's copy is confirmed. Works with any pattern."));
    patternLayout->addWidget(m_preview);

    auto *second = new QPushButton(tr("Open a &second window (another session)"));
    second->setToolTip(tr("The same profile seen by another session without your token: "
                          "read-your-writes fixes only your own view."));

    // Photo on the left; who it is, its state and what to do with it beside it.
    auto *details = new QVBoxLayout;
    m_name->setAlignment(Qt::AlignLeft);
    details->addWidget(m_name);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_badge);
    statusRow->addStretch();
    details->addLayout(statusRow);
    details->addWidget(m_status);
    details->addWidget(m_problemBox);
    details->addLayout(buttons);
    details->addSpacing(8);
    details->addWidget(samplesLabel);
    details->addWidget(m_samples);
    details->addStretch();
    // Beside the photo when there is room, under it when the docks leave little.
    m_top = new QBoxLayout(QBoxLayout::LeftToRight);
    m_top->setSpacing(12);
    m_top->addWidget(m_photo, 0, Qt::AlignTop | Qt::AlignLeft);
    m_top->addLayout(details, 1);

    auto *left = new QVBoxLayout;
    left->addLayout(m_top);
    m_detailsSection = new DetailsSection(m_details);
    left->addWidget(m_detailsSection);
    left->addWidget(patternBox);
    left->addWidget(second, 0, Qt::AlignLeft);
    left->addStretch();

    m_inspectorPanel = new InspectorPanel(m_inspector, m_model);
    // Side by side when there is room; the inspector goes below when the docks leave little.
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->setSpacing(12);
    m_columns->addLayout(left, 3);
    m_columns->addWidget(m_inspectorPanel, 2);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(24, 16, 24, 16);
    contentLayout->addWidget(heading);
    contentLayout->addWidget(intro);
    // Extra height goes below everything, so the inspector stays next to (or right under) what
    // it explains instead of being pushed to the bottom.
    contentLayout->addLayout(m_columns);
    contentLayout->addStretch(1);

    auto *scroll = m_scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: the controls inside are, and each scrolls into view on focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    ScrollFollowsFocus::install(scroll);
    // The photo keeps its size, so the screen is never narrower than the photo and its margins:
    // it scrolls down, never sideways, when a narrower screen or shorter words set the width.
    const QMargins margins = contentLayout->contentsMargins();
    scroll->setMinimumWidth(m_photo->sizeHint().width() + margins.left() + margins.right()
                            + scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_change, &QPushButton::clicked, this, &ProfileScreen::chooseFile);
    connect(m_photo, &PhotoView::activated, this, &ProfileScreen::chooseFile);
    connect(m_photo, &PhotoView::fileDropped, this, &ProfileScreen::uploadFile);
    connect(m_samples, &SampleStrip::sampleChosen, this, &ProfileScreen::uploadSample);
    connect(m_reload, &QPushButton::clicked, m_model, &ProfileModel::reload);
    connect(m_retry, &QPushButton::clicked, m_model, &ProfileModel::retry);
    connect(m_badge, &SyncBadge::retryRequested, m_model, [this] {
        if (m_model->canRetry())
            m_model->retry();
    });
    connect(second, &QPushButton::clicked, this, &ProfileScreen::openSecondWindow);
    // The state change, not the click: a screen reader's Toggle action checks the radio
    // without clicking it.
    connect(m_patterns, &QButtonGroup::idToggled, m_model, [this](int id, bool checked) {
        if (checked)
            m_model->setPattern(static_cast<ProfilePattern>(id));
    });
    connect(m_model, &ProfileModel::patternChanged, this, [this](ProfilePattern pattern) {
        if (QAbstractButton *button = m_patterns->button(static_cast<int>(pattern)))
            button->setChecked(true);
    });
    connect(m_preview, &QCheckBox::toggled, m_model, &ProfileModel::setLocalPreview);
    connect(m_model, &ProfileModel::localPreviewChanged, m_preview, &QCheckBox::setChecked);
    connect(m_model, &ProfileModel::changed, this, &ProfileScreen::refresh);
    connect(m_details, &DetailsModel::changed, this, &ProfileScreen::refresh);
}

void ProfileScreen::connectModel()
{
    connect(m_model, &ProfileModel::readServed, m_inspector, &ReplicaInspector::noteRead);
    connect(m_api, &ApiClient::readYourWritesTokenChanged, m_inspector,
            &ReplicaInspector::setToken);
    m_inspector->setToken(m_api->readYourWritesToken());

    // The problem box under the photo; ProfileFeedback announces the same words.
    connect(m_model, &ProfileModel::inputRefused, this, &ProfileScreen::showProblem);
    connect(m_model, &ProfileModel::uploadStarted, this, [this] { showProblem({}); });
}

void ProfileScreen::start()
{
    m_model->load();
    m_details->load();
    m_inspector->watch(m_api, 500ms);
}

void ProfileScreen::revealDetails()
{
    reveal();
    m_scroll->ensureWidgetVisible(m_detailsSection, 0, 24);
}

QString ProfileScreen::problemText() const
{
    return m_problemBox->isHidden() ? QString() : m_problem->text();
}

void ProfileScreen::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a profile photo"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Photos (*.png *.jpg *.jpeg)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &ProfileScreen::uploadFile);
    dialog->open();
}

void ProfileScreen::uploadSample(const QString &key)
{
    const SamplePhotos::Sample *sample = SamplePhotos::find(key);
    if (!sample)
        return;
    m_model->uploadBytes(SamplePhotos::bytes(key), sample->title);
}

void ProfileScreen::uploadFile(const QString &path)
{
    m_model->uploadFile(path);
}

void ProfileScreen::setPane(const QString &pane, const QString &title)
{
    m_feedback->setPane(pane, title);
}

void ProfileScreen::setScreenId(const QString &screen)
{
    m_model->setScreenId(screen);
    m_detailsFeedback->setScreenId(screen);
}

void ProfileScreen::openSecondWindow()
{
    if (!m_secondWindow) {
        // A window of its own (not a child of the screen), closed with the screen.
        m_secondWindow = new SecondSessionWindow(m_api->baseUrl());
        m_secondWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_secondWindow->show();
    m_secondWindow->raise();
    m_secondWindow->activateWindow();
}

void ProfileScreen::showProblem(const QString &message)
{
    if (message.isEmpty()) {
        m_problemBox->hide();
        m_problem->clear();
        return;
    }
    m_problem->setText(tr("<b>Can't use this photo.</b> %1 Your current photo stays.")
                           .arg(message.toHtmlEscaped()));
    m_problemBox->show();
}

void ProfileScreen::refresh()
{
    const QString description = m_model->isPreviewShown()
        ? tr("Preview of your chosen photo. %1").arg(m_model->previewText())
        : (m_model->hasLoaded() ? tr("Photo version %1").arg(m_model->shownVersion())
                                : tr("Loading"));
    m_photo->setPhoto(m_model->photo(), m_model->previewText(), description);
    // The newest name this page knows: the details' own reads and events, else the photo's read.
    m_name->setText(m_details->isLoaded() ? m_details->state().server.name : m_model->name());

    const SyncState state = m_model->state();
    const bool quiet = state == SyncState::Confirmed && m_model->statusText().isEmpty();
    m_badge->setVisible(!quiet);
    switch (state) {
    case SyncState::Pending:
        m_badge->setState(state,
                          m_model->isUploading() ? tr("Uploading…") : tr("Loading your photo…"));
        break;
    case SyncState::Failed:
        m_badge->setState(state, m_model->canRetry() ? QString() : tr("Refused"));
        break;
    case SyncState::Stale:
        m_badge->setState(state, tr("Not showing yet"));
        break;
    default:
        m_badge->setState(state);
        break;
    }
    const bool explain = state == SyncState::Failed || state == SyncState::Unknown
        || state == SyncState::Stale || m_model->activity() == ProfileModel::Activity::Polling;
    m_status->setText(explain ? m_model->statusText() : QString());
    m_status->setVisible(explain);
    m_retry->setVisible(m_model->canRetry());
    m_reload->setEnabled(!m_model->isUploading());
}

void ProfileScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_columns->setDirection(width() >= 1000 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_top->setDirection(width() >= 640 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

SecondSessionWindow *ProfileScreen::secondWindow() const
{
    return m_secondWindow;
}
