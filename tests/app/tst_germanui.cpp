// Every word a person reads goes through the translation system: the whole main window (every
// screen, dock, menu and status line), the Help dialogs, the second session window and the UX
// kit's gallery are built under the German catalogue, and every widget's text, title, tool tip,
// status tip, accessible name and description, placeholder, list entry and column header is
// read. A text fails when it is an English text of the catalogue left untranslated (a context
// that does not match at run time) or when it has English words in it (a literal that never
// went through tr()).
#include "app/convergeapp.h"
#include "app/helpmenu.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/profile/secondsessionwindow.h"
#include "app/screens/transfer/transferscreen.h"
#include "models/favorites/favoritesmodel.h"
#include "models/profile/profilemodel.h"
#include "models/transfer/transfermodel.h"
#include "widgets/componentgallery.h"
#include "widgets/toast.h"

#include "manualtime.h"

#include "loadedapp.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>
#include <set>

using namespace Qt::StringLiterals;

namespace {

// Words that are English and never German (so not "was", "an", "will", "lag", "Upload"). Short
// on purpose: each one is a clear sign.
const std::set<QString> &englishWords()
{
    static const std::set<QString> words = {
        u"the"_s,       u"and"_s,       u"of"_s,        u"to"_s,       u"with"_s,     u"your"_s,
        u"you"_s,       u"is"_s,        u"are"_s,       u"not"_s,      u"this"_s,     u"that"_s,
        u"from"_s,      u"for"_s,       u"can't"_s,     u"couldn't"_s, u"save"_s,     u"saved"_s,
        u"saving"_s,    u"show"_s,      u"shows"_s,     u"open"_s,     u"close"_s,    u"retry"_s,
        u"loading"_s,   u"waiting"_s,   u"after"_s,     u"before"_s,   u"every"_s,    u"none"_s,
        u"yet"_s,       u"changes"_s,   u"change"_s,    u"checking"_s, u"settings"_s, u"reads"_s,
        u"writes"_s,    u"requests"_s,  u"choose"_s,    u"send"_s,     u"sent"_s,     u"pending"_s,
        u"available"_s, u"screen"_s,    u"clear"_s,     u"dismiss"_s,  u"reload"_s,   u"refresh"_s,
        u"photo"_s,     u"favorites"_s, u"transfers"_s, u"what"_s,     u"when"_s,     u"which"_s,
        u"here"_s,      u"there"_s,     u"it"_s,        u"or"_s,       u"no"_s,       u"yes"_s,
        u"on"_s,        u"off"_s,       u"by"_s,        u"at"_s,       u"as"_s,       u"be"_s,
        u"has"_s,       u"have"_s,      u"were"_s,      u"into"_s,     u"only"_s,     u"next"_s,
    };
    return words;
}

// Texts with no words to translate: numbers, units and signs ("0:00 / 0:00", "p95 +180 ms").
// Names that read the same in both languages ("Backend", "Offline") and the seeded data
// ("Blue Chair") pass anyway: they carry none of the English words above.
bool allowed(const QString &text)
{
    static const QRegularExpression noWords(
        u"^(p50|p95|max|ms|s|B|KB|MB|[\\d\\s.,:;%×+−\\-–—·/()<>≈≥▶⏸■◌●⚠✓✗↻…]*)$"_s);
    // A route ("POST /transfers", the held-answer boxes' tool tips) is a wire word: never
    // translated (docs/translations.md).
    static const QRegularExpression route(u"^(GET|PUT|POST|PATCH|DELETE) /[\\w/{}.-]*$"_s);
    return noWords.match(text).hasMatch() || route.match(text).hasMatch();
}

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    text.remove(QRegularExpression(u"&(?=[^&\\s])"_s));
    return text.trimmed();
}

// The English texts of the catalogue whose German differs ("Backend" stays "Backend"), less any
// that is also the German of another entry ("Pause" is German for "Pause" in the scenario dock).
std::set<QString> translatedSources()
{
    std::set<QString> sources;
    std::set<QString> german;
    QFile file(QStringLiteral(CONVERGE_SOURCE_DIR) + u"/translations/converge_de.ts"_s);
    if (!file.open(QIODevice::ReadOnly))
        return sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "source"_L1) {
            source = plain(xml.readElementText());
        } else if (xml.name() == "translation"_L1) {
            const QString translation =
                plain(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            german.insert(translation);
            if (translation != source && source.size() > 3)
                sources.insert(source);
        }
    }
    for (const QString &text : german)
        sources.erase(text);
    return sources;
}

class Walker
{
public:
    explicit Walker(const std::set<QString> &sources)
        : m_sources(sources)
    {
    }

    void walk(QWidget *root)
    {
        visit(root);
        const QList<QWidget *> children = root->findChildren<QWidget *>();
        for (QWidget *w : children)
            visit(w);
    }

    QStringList problems() const { return QStringList(m_problems.begin(), m_problems.end()); }
    int checked() const { return m_checked; }

private:
    void check(const QWidget *w, const char *what, const QString &raw)
    {
        const QString text = plain(raw);
        if (text.isEmpty() || allowed(text))
            return;
        ++m_checked;
        QString why;
        if (m_sources.count(text)) {
            why = u"English text of the catalogue, untranslated"_s;
        } else {
            static const QRegularExpression word(u"[\\p{L}']+"_s);
            for (auto it = word.globalMatch(text); it.hasNext();) {
                const QString w2 = it.next().captured().toLower();
                if (englishWords().count(w2)) {
                    why = u"English word \"%1\""_s.arg(w2);
                    break;
                }
            }
        }
        if (why.isEmpty())
            return;
        QString where = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            where += u" \"%1\""_s.arg(w->objectName());
        m_problems.insert(u"%1 %2: «%3» (%4)"_s.arg(where, QLatin1StringView(what), text, why));
    }

    void visit(QWidget *w)
    {
        // Qt's own parts (scroll bars, the line edit inside a spin box) speak Qt's catalogue.
        if (w->objectName().startsWith(u"qt_"_s))
            return;
        check(w, "window title", w->windowTitle());
        check(w, "tool tip", w->toolTip());
        check(w, "status tip", w->statusTip());
        check(w, "what's this", w->whatsThis());
        check(w, "accessible name", w->accessibleName());
        check(w, "accessible description", w->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(w))
            check(w, "text", label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            check(w, "text", button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            check(w, "placeholder", edit->placeholderText());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            check(w, "title", box->title());
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            check(w, "suffix", spin->suffix());
            check(w, "prefix", spin->prefix());
        }
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            check(w, "special value", spin->specialValueText());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                check(w, "entry", combo->itemText(i));
                check(w, "entry tool tip", combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                check(w, "tab", tabs->tabText(i));
                check(w, "tab tool tip", tabs->tabToolTip(i));
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    check(w, "column header",
                          model->headerData(c, Qt::Horizontal, role).toString());
            }
            // What the rows say (the timeline's story, a notification, an announcement); the
            // seeded data's own names ("Blue Chair") carry no English word of the list.
            for (int r = 0; r < std::min(model->rowCount(), 100); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex index = model->index(r, c);
                    for (int role :
                         {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                        check(w, "row", index.data(role).toString());
                }
            }
        }
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            check(w, "dock title", dock->windowTitle());
        for (QAction *action : w->actions()) {
            if (action->isSeparator())
                continue;
            check(w, "action", action->text());
            check(w, "action tool tip",
                  action->toolTip() == plain(action->text()) ? QString() : action->toolTip());
            check(w, "action status tip", action->statusTip());
        }
        if (auto *menu = qobject_cast<QMenu *>(w))
            check(w, "menu title", menu->title());
    }

    const std::set<QString> &m_sources;
    std::set<QString> m_problems;
    int m_checked = 0;
};

// Each text on a line of its own: QTest cuts a long failure message short.
bool reportEach(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning().noquote() << "untranslated:" << problem;
    return problems.isEmpty();
}

} // namespace

class TstGermanUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"converge-tests"_s);
        QCoreApplication::setApplicationName(u"tst_germanui"_s);
        QVERIFY2(m_translators.load(QLocale(QLocale::German, QLocale::Germany)),
                 "the German catalogue is not in the resources");
        m_sources = translatedSources();
        QVERIFY(m_sources.size() > 100);

        m_app = startLoadedApp();
        QVERIFY(m_app);
    }

    void cleanupTestCase() { m_app.reset(); }

    // The words themselves are German: a sample from each layer, so a catalogue that is not
    // loaded at all fails here first, plainly.
    void speaksGerman_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("sync word") << u"SyncWords"_s << u"Saving…"_s << u"Wird gespeichert…"_s;
        QTest::newRow("toast") << u"Toast"_s << u"Retry"_s << u"Erneut versuchen"_s;
        QTest::newRow("menu") << u"MainWindow"_s << u"&View"_s << u"&Ansicht"_s;
        QTest::newRow("Qt's own") << u"QPlatformTheme"_s << u"Cancel"_s << u"Abbrechen"_s;
    }

    void speaksGerman()
    {
        QFETCH(QString, context);
        QFETCH(QString, english);
        QFETCH(QString, german);
        QCOMPARE(
            QCoreApplication::translate(context.toUtf8().constData(), english.toUtf8().constData()),
            german);
    }

    void plurals_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("german");
        QTest::newRow("1") << 1 << u"1 Änderung gespeichert."_s;
        QTest::newRow("2") << 2 << u"2 Änderungen gespeichert."_s;
    }

    void plurals()
    {
        QFETCH(int, n);
        QFETCH(QString, german);
        QCOMPARE(QCoreApplication::translate("StatusAnnouncer", "%n change(s) saved.", nullptr, n),
                 german);
    }

    // A shipped scenario's name and description are in the catalogue (shippedscenariowords.h):
    // the scenario dock and the run's report speak German for every file the app ships.
    void shippedScenarios_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(CONVERGE_SOURCE_DIR) + u"/resources/scenarios"_s);
        const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(file.toUtf8().constData()) << dir.filePath(file);
    }

    void shippedScenarios()
    {
        QFETCH(QString, file);
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject scenario = QJsonDocument::fromJson(json.readAll()).object();
        for (const char *key : {"name", "description"}) {
            const QString english = scenario.value(QLatin1String(key)).toString();
            QVERIFY2(!english.isEmpty(), key);
            const QString german =
                QCoreApplication::translate("ShippedScenarios", english.toUtf8().constData());
            QVERIFY2(german != english,
                     qPrintable(u"untranslated "_s + QLatin1String(key) + u": "_s + english));
        }
    }

    void mainWindow_data()
    {
        QTest::addColumn<int>("screen");
        QTest::newRow("favorites") << 0;
        QTest::newRow("profile") << 1;
        QTest::newRow("transfer") << 2;
    }

    void mainWindow()
    {
        QFETCH(int, screen);
        m_app->window()->showScreen(screen);
        m_app->window()->resize(1280, 800);
        QCoreApplication::processEvents();
        Walker walker(m_sources);
        walker.walk(m_app->window());
        QVERIFY(walker.checked() > 100);
        QVERIFY2(reportEach(walker.problems()), "texts in English (listed above)");
    }

    // The latency grid's column headings are words of their own, not the last word of each
    // field's label: German puts that word elsewhere ("Lesen: Latenz-Basis").
    void latencyColumnsHaveTheirOwnWords()
    {
        QStringList texts;
        for (const QLabel *label : m_app->window()->findChildren<QLabel *>())
            texts << label->text();
        for (const QString &heading : {u"Verteilung"_s, u"Basis"_s, u"Streuung"_s})
            QVERIFY2(texts.contains(heading), qPrintable(heading));
    }

    void dialogs_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const char *name : {"about", "shortcuts", "documentation", "second session"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void dialogs()
    {
        QFETCH(QString, dialog);
        QWidget *window = nullptr;
        HelpMenu *help = m_app->helpMenu();
        if (dialog == "about"_L1)
            window = help->showAbout();
        else if (dialog == "shortcuts"_L1)
            window = help->showShortcuts();
        else if (dialog == "documentation"_L1)
            window = help->showDocumentation();
        else {
            m_app->profile()->openSecondWindow();
            window = m_app->profile()->secondWindow();
        }
        QVERIFY(window);
        Walker walker(m_sources);
        walker.walk(window);
        window->close();
        QVERIFY2(reportEach(walker.problems()), "texts in English (listed above)");
    }

    // After a failed save and going offline: toasts, the notification history, the
    // announcement log and the live badge speak German too.
    void gallery()
    {
        ComponentGallery gallery;
        ManualTime time;
        gallery.setScheduler(&time.scheduler);
        gallery.show();
        gallery.simulateFailedSave();
        gallery.setOffline(true);
        for (int step = 0; step < 25; ++step) {
            time.advance(std::chrono::milliseconds(100));
            QCoreApplication::processEvents();
        }
        QVERIFY(!gallery.findChildren<Toast *>().isEmpty());
        Walker walker(m_sources);
        walker.walk(&gallery);
        QVERIFY(walker.checked() > 50);
        QVERIFY2(reportEach(walker.problems()), "texts in English (listed above)");
    }

private:
    AppTranslators m_translators;
    std::set<QString> m_sources;
    std::unique_ptr<ConvergeApp> m_app;
};

QTEST_MAIN(TstGermanUi)
#include "tst_germanui.moc"
