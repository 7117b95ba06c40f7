// The profile screen's widgets against the real backend: what a person sees and can do with the
// keyboard. The pictures docs/profile.md shows are made by tools/screenshots.

#include "app/screens/profile/conflictdialog.h"
#include "app/screens/profile/detailssection.h"
#include "app/screens/profile/inspectorpanel.h"
#include "app/screens/profile/photoview.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/profile/samplestrip.h"
#include "app/screens/profile/secondsessionwindow.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/details/detailsmodel.h"
#include "models/profile/profilemodel.h"
#include "models/profile/samplephotos.h"
#include "models/session/telemetry.h"
#include "widgets/statusannouncer.h"
#include "widgets/toastcenter.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int patience = 20000;

mock::BackendConfig lagging(qint64 lagMs)
{
    mock::BackendConfig config = mock::BackendConfig::instant();
    for (mock::LagModel &replica : config.replicas) {
        replica.kind = mock::LagModel::Kind::Fixed;
        replica.baseMs = lagMs;
    }
    return config;
}

// A window like the app's: the screen, a toast overlay and the announcer.
struct Harness
{
    explicit Harness(const QUrl &url)
        : api(url)
    {
        host.resize(1180, 820);
        toasts = new ToastCenter(&host);
        announcer = new StatusAnnouncer(&host, &host);
        SessionServices services;
        services.api = &api;
        services.toasts = toasts;
        services.announcer = announcer;
        services.telemetry = &telemetry;
        screen = new ProfileScreen(services);
        auto *layout = new QHBoxLayout(&host);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(screen);
        host.show();
    }

    bool idle() const { return screen->model()->activity() == ProfileModel::Activity::Idle; }
    bool start()
    {
        screen->start();
        return QTest::qWaitFor([this] { return screen->model()->hasLoaded(); }, patience);
    }

    ApiClient api;
    Telemetry telemetry;
    QWidget host;
    ToastCenter *toasts = nullptr;
    StatusAnnouncer *announcer = nullptr;
    ProfileScreen *screen = nullptr;
};

void renameOnOtherDevice(const QUrl &url, const QString &name)
{
    ApiClient admin(url);
    ApiCall *call = admin.admin("POST", u"/admin/simulate-device/details"_s, {{u"name"_s, name}});
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(patience));
    QVERIFY(finished.at(0).at(0).value<ApiResult>().ok());
}

// Types a new name into the form, lets another device rename meanwhile, and saves with Enter.
bool saveIntoAConflict(Harness &h, const QUrl &url)
{
    DetailsSection *section = h.screen->detailsSection();
    if (!QTest::qWaitFor([&] { return section->nameField()->isEnabled(); }, patience))
        return false;
    section->nameField()->setFocus();
    section->nameField()->selectAll();
    QTest::keyClicks(section->nameField(), u"Alex M."_s);
    renameOnOtherDevice(url, u"Sam Morgan"_s);
    QTest::keyClick(section->nameField(), Qt::Key_Return);
    return QTest::qWaitFor(
        [&] { return section->conflictDialog() && section->conflictDialog()->isVisible(); },
        patience);
}

} // namespace

class TestProfileScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void naiveBugIsExplainedInTheInspector();
    void previewIsDimmedWithCaption();
    void badInputIsShownAndPhotoStays();
    void failedUploadOffersRetry();
    void keyboardReachesEverything();
    void assistiveToggleChoosesThePattern_data();
    void assistiveToggleChoosesThePattern();
    void secondWindowSeesOldPhoto();
    void timeTravelIsCounted_data();
    void timeTravelIsCounted();
    void secondWindowGoesBackInTime_data();
    void secondWindowGoesBackInTime();
    void conflictIsDecidedByKeyboard();
    void conflictCanWaitAndBeReopened();

private:
    std::unique_ptr<mock::BackendServer> m_server;
};

void TestProfileScreen::init()
{
    m_server = std::make_unique<mock::BackendServer>(lagging(60000));
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
}

void TestProfileScreen::cleanup()
{
    m_server.reset();
}

void TestProfileScreen::naiveBugIsExplainedInTheInspector()
{
    Harness h(m_server->url());
    QVERIFY(h.start());
    const QImage before = h.screen->photoView()->image();
    h.screen->sampleStrip()->button(u"ocean"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(h.screen->model()->ownVersion() > 0 && h.idle(), patience);
    QCOMPARE(h.screen->photoView()->image(), before);
    QVERIFY2(h.screen->inspectorPanel()->explanationText().contains(u"served your old photo"_s),
             qPrintable(h.screen->inspectorPanel()->explanationText()));
}

void TestProfileScreen::previewIsDimmedWithCaption()
{
    Harness h(m_server->url());
    QVERIFY(h.start());
    h.screen->model()->setPattern(ProfilePattern::ReadYourWrites);
    h.screen->model()->setLocalPreview(true);
    h.screen->uploadSample(u"flower"_s);
    // Within the same frame as the click.
    QVERIFY(h.screen->photoView()->isDimmed());
    QCOMPARE(h.screen->photoView()->caption(), u"Uploading…"_s);
    QTRY_VERIFY_WITH_TIMEOUT(h.screen->model()->isOwnPhotoShown() && h.idle(), patience);
    QVERIFY(!h.screen->photoView()->isDimmed());
}

void TestProfileScreen::badInputIsShownAndPhotoStays()
{
    Harness h(m_server->url());
    QVERIFY(h.start());
    const QImage before = h.screen->photoView()->image();
    QSignalSpy announced(h.announcer, &StatusAnnouncer::announced);
    h.screen->uploadFile(QFINDTESTDATA("tst_profilescreen.cpp")); // a text file
    QVERIFY(h.screen->problemText().contains(u"isn't an image"_s));
    QCOMPARE(h.screen->photoView()->image(), before);
    QTRY_VERIFY_WITH_TIMEOUT(!announced.isEmpty(), patience);
    QCOMPARE(announced.at(0).at(1).value<StatusAnnouncer::Politeness>(),
             StatusAnnouncer::Politeness::Assertive);
    // The next good upload clears the message.
    h.screen->uploadSample(u"forest"_s);
    QVERIFY(h.screen->problemText().isEmpty());
}

void TestProfileScreen::failedUploadOffersRetry()
{
    Harness h(m_server->url());
    QVERIFY(h.start());
    h.screen->model()->setPattern(ProfilePattern::ReadYourWrites);
    QPushButton *retry = nullptr;
    for (QPushButton *button : h.screen->findChildren<QPushButton *>()) {
        if (button->text() == u"&Retry"_s)
            retry = button;
    }
    QVERIFY(retry);
    QVERIFY(!retry->isVisible());
    // Nothing listens there, so the upload certainly did not arrive. (A 503 is no such
    // certainty: the model resolves it by itself with the same key, without a Retry button.)
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QUrl dead(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    probe.close();
    h.api.setBaseUrl(dead);
    h.screen->uploadSample(u"ocean"_s);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), patience);
    h.api.setBaseUrl(m_server->url());
    QCOMPARE(h.toasts->visibleIds().size(), 1);
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(h.screen->model()->isOwnPhotoShown() && h.idle(), patience);
    QVERIFY(!retry->isVisible());
}

void TestProfileScreen::keyboardReachesEverything()
{
    Harness h(m_server->url());
    QVERIFY(h.start());
    h.host.activateWindow();
    // Every sample is a focusable button with a name that says what it does.
    QToolButton *sunrise = h.screen->sampleStrip()->button(u"sunrise"_s);
    QVERIFY(sunrise);
    QCOMPARE(sunrise->accessibleName(), u"Upload sample photo: Sunrise"_s);
    QCOMPARE(sunrise->focusPolicy(), Qt::StrongFocus);
    sunrise->setFocus();
    QTest::keyClick(sunrise, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(h.screen->model()->ownVersion() > 0 && h.idle(), patience);
    // The photo takes focus and has a name; the patterns are radio buttons with descriptions.
    QCOMPARE(h.screen->photoView()->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(h.screen->photoView()->accessibleName(), u"Profile photo"_s);
    QList<QRadioButton *> radios = h.screen->findChildren<QRadioButton *>();
    radios.removeIf([&h](QRadioButton *radio) {
        return h.screen->detailsSection()->isAncestorOf(radio); // the details' own patterns
    });
    QCOMPARE(radios.size(), int(std::size(ProfilePatterns::all)));
    for (QRadioButton *radio : radios)
        QVERIFY(!radio->accessibleDescription().isEmpty());
}

void TestProfileScreen::assistiveToggleChoosesThePattern_data()
{
    QTest::addColumn<ProfilePattern>("pattern");
    for (ProfilePattern pattern : ProfilePatterns::all)
        QTest::newRow(qPrintable(ProfilePatterns::title(pattern))) << pattern;
}

void TestProfileScreen::assistiveToggleChoosesThePattern()
{
    // AT-SPI's Toggle action checks the radio without a click; the model must still follow.
    QFETCH(ProfilePattern, pattern);
    Harness h(m_server->url());
    const ProfilePattern other = pattern == ProfilePattern::NaiveReplica
        ? ProfilePattern::ReadYourWrites
        : ProfilePattern::NaiveReplica;
    h.screen->model()->setPattern(other);
    QRadioButton *radio = nullptr;
    for (QRadioButton *candidate : h.screen->findChildren<QRadioButton *>()) {
        if (candidate->text() == ProfilePatterns::title(pattern))
            radio = candidate;
    }
    QVERIFY(radio);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(radio);
    QVERIFY(accessible && accessible->actionInterface());
    QVERIFY(accessible->actionInterface()->actionNames().contains(
        QAccessibleActionInterface::toggleAction()));
    accessible->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QVERIFY(radio->isChecked());
    QCOMPARE(h.screen->model()->pattern(), pattern);
}

void TestProfileScreen::secondWindowSeesOldPhoto()
{
    Harness h(m_server->url());
    QVERIFY(h.start());
    h.screen->model()->setPattern(ProfilePattern::ReadYourWrites);
    h.screen->uploadSample(u"night-city"_s);
    QTRY_VERIFY_WITH_TIMEOUT(h.screen->model()->isOwnPhotoShown() && h.idle(), patience);
    h.screen->openSecondWindow();
    SecondSessionWindow *second = h.screen->secondWindow();
    QVERIFY(second);
    QTRY_VERIFY_WITH_TIMEOUT(second->model()->hasLoaded(), patience);
    QCOMPARE(second->model()->shownVersion(), h.screen->model()->ownVersion() - 1);
    second->close();
}

// Another session uploads; replica 1 has it, replica 2 is stopped. The person reloads again and
// again: Telemetry and the inspector count each time the page went back to the older photo.
void TestProfileScreen::timeTravelIsCounted_data()
{
    QTest::addColumn<ProfilePattern>("pattern");
    QTest::addColumn<bool>("counted");
    QTest::newRow("naive") << ProfilePattern::NaiveReplica << true;
    QTest::newRow("stay on one replica") << ProfilePattern::Monotonic << false;
}

void TestProfileScreen::timeTravelIsCounted()
{
    QFETCH(ProfilePattern, pattern);
    QFETCH(bool, counted);
    m_server = std::make_unique<mock::BackendServer>(lagging(0));
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    Harness h(m_server->url());
    h.screen->model()->setPattern(pattern);
    QVERIFY(h.start());
    m_server->setReplicaPaused(2, true);
    const qint64 lsn = m_server->simulation().uploadPhoto(
        SamplePhotos::bytes(u"ocean"_s), u"image/jpeg"_s, u"other"_s, u"another-session"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->simulation().nodeWithLsn(lsn), patience);

    QPushButton *reload = nullptr;
    for (QPushButton *button : h.screen->findChildren<QPushButton *>()) {
        if (button->text() == u"Re&load page"_s)
            reload = button;
    }
    QVERIFY(reload);
    for (int i = 0; i < 30; ++i) {
        QSignalSpy served(h.screen->model(), &ProfileModel::readServed);
        reload->click();
        QTRY_VERIFY_WITH_TIMEOUT(!served.isEmpty() && h.idle(), patience);
    }
    const int travels = h.screen->model()->timeTravels(pattern);
    QCOMPARE(travels > 0, counted);
    const QString counter =
        u"time travel (older after newer) · %1"_s.arg(ProfilePatterns::title(pattern));
    QCOMPARE(h.telemetry.count(u"photo upload"_s, counter), qint64(travels));
    const QString travelLine = h.screen->inspectorPanel()->countsText().section(u'\n', 1);
    QVERIFY2(
        travelLine.startsWith(u"Time travel"_s)
            && travelLine.contains(u"%1: %2"_s.arg(ProfilePatterns::title(pattern)).arg(travels)),
        qPrintable(travelLine));
}

// The other person's window, reloading, with the read pattern chosen in its combo box: the naive
// one shows the page going back in time, stay on one replica never does.
void TestProfileScreen::secondWindowGoesBackInTime_data()
{
    QTest::addColumn<ProfilePattern>("pattern");
    QTest::addColumn<QString>("words");
    QTest::newRow("naive") << ProfilePattern::NaiveReplica << u"Went back to an older photo"_s;
    QTest::newRow("stay on one replica")
        << ProfilePattern::Monotonic << u"Never went back to an older photo with this pattern."_s;
}

void TestProfileScreen::secondWindowGoesBackInTime()
{
    QFETCH(ProfilePattern, pattern);
    QFETCH(QString, words);
    m_server = std::make_unique<mock::BackendServer>(lagging(0));
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    Harness h(m_server->url());
    QVERIFY(h.start());
    h.screen->openSecondWindow();
    SecondSessionWindow *second = h.screen->secondWindow();
    QVERIFY(second);
    QTRY_VERIFY_WITH_TIMEOUT(second->model()->hasLoaded(), patience);
    // Reloads by hand only, each awaited.
    QCheckBox *every2s = second->findChild<QCheckBox *>();
    QVERIFY(every2s);
    every2s->setChecked(false);
    QComboBox *choice = second->patternChoice();
    QCOMPARE(choice->accessibleName(), u"How this session reads"_s);
    choice->setCurrentIndex(choice->findText(ProfilePatterns::title(pattern)));
    QCOMPARE(second->model()->pattern(), pattern);

    m_server->setReplicaPaused(2, true);
    const qint64 lsn = m_server->simulation().uploadPhoto(
        SamplePhotos::bytes(u"flower"_s), u"image/jpeg"_s, u"writer"_s, u"writer-session"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->simulation().nodeWithLsn(lsn), patience);
    QPushButton *reload = nullptr;
    for (QPushButton *button : second->findChildren<QPushButton *>()) {
        if (button->text() == u"&Reload"_s)
            reload = button;
    }
    QVERIFY(reload);
    for (int i = 0; i < 30; ++i) {
        QSignalSpy served(second->model(), &ProfileModel::readServed);
        reload->click();
        QTRY_VERIFY_WITH_TIMEOUT(!served.isEmpty()
                                     && second->model()->activity() == ProfileModel::Activity::Idle,
                                 patience);
    }
    QVERIFY2(second->timeTravelText().startsWith(words), qPrintable(second->timeTravelText()));
    second->close();
}

// The dialog opens with focus on a choice, every field has a name, and Alt+U takes the other
// version: the form then shows it and nothing more is written.
void TestProfileScreen::conflictIsDecidedByKeyboard()
{
    Harness h(m_server->url());
    QVERIFY(h.start());
    h.host.activateWindow();
    QVERIFY(saveIntoAConflict(h, m_server->url()));
    QPointer<ConflictDialog> dialog = h.screen->detailsSection()->conflictDialog();
    dialog->activateWindow();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isActiveWindow(), patience);
    QVERIFY(dialog->focusWidget());
    QCOMPARE(dialog->focusWidget()->property("text").toString(), u"&Keep mine"_s);
    for (QLineEdit *field : dialog->findChildren<QLineEdit *>())
        QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->text()));
    // The server's version and which fields differ are there in words.
    QStringList texts;
    for (QLineEdit *field : dialog->findChildren<QLineEdit *>())
        texts << field->text();
    QVERIFY(texts.contains(u"Sam Morgan"_s));
    QVERIFY(texts.contains(u"Alex M."_s));
    QVERIFY(!dialog->findChildren<QLabel *>().isEmpty());

    QTest::keyClick(dialog, Qt::Key_U, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), patience);
    DetailsModel *model = h.screen->details();
    QCOMPARE(model->state().phase, DetailsMachine::Phase::Idle);
    QCOMPARE(h.screen->detailsSection()->nameField()->text(), u"Sam Morgan"_s);
}

// Escape ("Decide later") closes the dialog without choosing; the form says there is a conflict,
// in words, and its button opens the dialog again.
void TestProfileScreen::conflictCanWaitAndBeReopened()
{
    Harness h(m_server->url());
    QVERIFY(h.start());
    h.host.activateWindow();
    QVERIFY(saveIntoAConflict(h, m_server->url()));
    DetailsSection *section = h.screen->detailsSection();
    QTest::keyClick(section->conflictDialog(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!section->conflictDialog() || !section->conflictDialog()->isVisible(),
                             patience);
    QCOMPARE(h.screen->details()->state().phase, DetailsMachine::Phase::Conflict);
    QVERIFY(section->decideButton()->isVisible());
    QVERIFY(section->statusText().contains(u"another device"_s));
    QVERIFY(!section->saveButton()->isEnabled()); // the decision comes first
    QTest::keyClick(section->decideButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(section->conflictDialog() && section->conflictDialog()->isVisible(),
                             patience);
}

QTEST_MAIN(TestProfileScreen)
#include "tst_profilescreen.moc"
