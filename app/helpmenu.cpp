#include "app/helpmenu.h"

#include "app/mainwindow.h"
#include "widgets/focuscurrentrow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// docs/ is bundled under this prefix (app/CMakeLists.txt), images included, so the guide shows
// the same pages as the repository.
const QString docsRoot = u":/converge/docs/"_s;

QString plainText(const QAction *action)
{
    QString text = action->text();
    static const QRegularExpression mnemonic(u"&(?!&)"_s);
    text.remove(mnemonic);
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

void collect(const QMenu *menu, const QString &path, QList<std::pair<QString, QString>> &out)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString where = path + u" › "_s + plainText(action);
        if (action->menu()) {
            collect(action->menu(), where, out);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            out.append({keys.join(u", "_s), where});
    }
}

QDialog *makeDialog(QWidget *parent, const QString &title, const QString &objectName)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAccessibleName(title);
    return dialog;
}

QDialogButtonBox *closeButton(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    return buttons;
}

// The page a bundled URL shows, as pages() names it: README, sync, patterns/README… (the guide's
// README must not be taken for the one at the top).
QString pageName(const QUrl &url)
{
    QString path = url.path();
    const QString root = QUrl(u"qrc"_s + docsRoot).path();
    if (path.startsWith(root))
        path = path.mid(root.size());
    if (path.startsWith(u"docs/"_s))
        path = path.mid(5);
    if (path.endsWith(u".md"_s))
        path.chop(3);
    return path;
}

void present(QDialog *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

HelpMenu::HelpMenu(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    QMenu *menu = window->helpMenu();
    QAction *guide = menu->addAction(tr("&Pattern guide for this screen"), this,
                                     [this] { showGuideForCurrentScreen(); });
    guide->setObjectName(u"helpGuideAction"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("What the screen in front teaches, how it behaves and how to try it"));
    QAction *docs = menu->addAction(tr("&Documentation"), this, [this] { showDocumentation(); });
    docs->setObjectName(u"helpDocsAction"_s);
    docs->setStatusTip(tr("Every page of the Converge documentation"));
    QAction *keys = menu->addAction(tr("&Keyboard shortcuts"), this, [this] { showShortcuts(); });
    keys->setObjectName(u"helpShortcutsAction"_s);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    menu->addSeparator();
    QAction *about = menu->addAction(tr("&About Converge"), this, [this] { showAbout(); });
    about->setObjectName(u"helpAboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void HelpMenu::setGuide(QWidget *screen, const QString &page)
{
    m_guides.insert(screen, page);
}

void HelpMenu::setBackend(const QUrl &url, bool embedded)
{
    m_backendUrl = url;
    m_embedded = embedded;
}

void HelpMenu::setSeed(quint64 seed)
{
    m_seed = seed;
}

QList<std::pair<QString, QString>> HelpMenu::pages()
{
    return {
        {u"README"_s, tr("Converge: start here")},
        {u"favorites"_s, tr("Favorites: optimistic toggles")},
        {u"profile"_s, tr("Profile photo: read-your-writes")},
        {u"transfer"_s, tr("Money transfer: exactly once")},
        {u"patterns/README"_s, tr("The pattern guide: every pattern, from scenario runs")},
        {u"sync"_s, tr("The one language of sync")},
        {u"scenarios"_s, tr("Scenarios")},
        {u"session-export"_s, tr("Session export")},
        {u"ux-kit"_s, tr("The UX kit")},
        {u"api"_s, tr("The backend's API")},
        {u"performance"_s, tr("Performance")},
        {u"control-room"_s, tr("The control room")},
        {u"install"_s, tr("Install and package")},
        {u"translations"_s, tr("Translations")},
        {u"postgres"_s, tr("A real PostgreSQL cluster")},
    };
}

QList<std::pair<QString, QString>> HelpMenu::shortcuts() const
{
    QList<std::pair<QString, QString>> out;
    for (const QAction *action : m_window->menuBar()->actions()) {
        if (action->menu())
            collect(action->menu(), plainText(action), out);
    }
    // Window shortcuts that are in no menu say what they do in their What's This text.
    for (const QShortcut *shortcut : m_window->findChildren<QShortcut *>()) {
        if (shortcut->isEnabled() && !shortcut->whatsThis().isEmpty())
            out.append({shortcut->key().toString(QKeySequence::NativeText), shortcut->whatsThis()});
    }
    // Keys that act on the focused control inside a screen (docs/favorites.md, docs/ux-kit.md).
    out.append({tr("Tab, Shift+Tab"), tr("Move between controls; the focused one is outlined")});
    out.append({tr("Space"), tr("Favorites › Toggle the heart of the focused row")});
    out.append({tr("R"), tr("Favorites › Retry the focused row's change that could not be saved")});
    out.append({tr("Escape"), tr("In a notification › Dismiss it")});
    return out;
}

QString HelpMenu::aboutText() const
{
    const QString backend = m_backendUrl.isEmpty()
        ? tr("not connected yet")
        : (m_embedded ? tr("%1 (embedded in the app)") : tr("%1 (converge-backend)"))
              .arg(m_backendUrl.toDisplayString(QUrl::RemoveUserInfo));
    const QString seed = m_seed ? QString::number(*m_seed) : tr("not known yet");
    return tr("<h3>Converge %1</h3>"
              "<p>See what a lagging, failing, replicated backend does to a person's "
              "experience, and the patterns that keep it honest.</p>"
              "<p>Qt %2 (built with %3)<br>Backend: %4<br>Seed: %5</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
             QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             backend.toHtmlEscaped(), seed);
}

QDialog *HelpMenu::showShortcuts()
{
    if (!m_shortcutsDialog) {
        QDialog *dialog = makeDialog(m_window, tr("Keyboard shortcuts"), u"shortcutsDialog"_s);
        m_shortcutTable = new QTableWidget(0, 2, dialog);
        m_shortcutTable->setObjectName(u"shortcutTable"_s);
        m_shortcutTable->setAccessibleName(tr("Keyboard shortcuts"));
        m_shortcutTable->setHorizontalHeaderLabels({tr("Keys"), tr("What it does")});
        m_shortcutTable->verticalHeader()->hide();
        m_shortcutTable->horizontalHeader()->setStretchLastSection(true);
        m_shortcutTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_shortcutTable->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_shortcutTable->setTabKeyNavigation(false); // Tab leaves the table (no keyboard trap)
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(m_shortcutTable);
        layout->addWidget(closeButton(dialog));
        dialog->resize(640, 520);
        m_shortcutsDialog = dialog;
    }
    // Filled each time: screens and menus may have added shortcuts since.
    const auto rows = shortcuts();
    m_shortcutTable->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_shortcutTable->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_shortcutTable->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    m_shortcutTable->resizeColumnToContents(0);
    present(m_shortcutsDialog);
    return m_shortcutsDialog;
}

QDialog *HelpMenu::showDocumentation(const QString &page)
{
    if (!m_docsDialog) {
        QDialog *dialog = makeDialog(m_window, tr("Converge documentation"), u"docsDialog"_s);
        m_pageList = new QListWidget;
        m_pageList->setObjectName(u"docsPages"_s);
        m_pageList->setAccessibleName(tr("Pages"));
        for (const auto &[name, title] : pages()) {
            auto *item = new QListWidgetItem(title, m_pageList);
            item->setData(Qt::UserRole, name);
        }
        m_browser = new QTextBrowser;
        m_browser->setObjectName(u"docsBrowser"_s);
        m_browser->setAccessibleName(tr("Page"));
        m_browser->setOpenExternalLinks(true);
        auto *splitter = new QSplitter;
        splitter->addWidget(m_pageList);
        splitter->addWidget(m_browser);
        splitter->setStretchFactor(1, 1);
        m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_pageList->setTextElideMode(Qt::ElideRight);
        splitter->setSizes({250, 730});
        splitter->setChildrenCollapsible(false);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(splitter, 1);
        layout->addWidget(closeButton(dialog));
        dialog->resize(1000, 700);
        connect(m_pageList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
            if (item)
                openPage(item->data(Qt::UserRole).toString());
        });
        // The page list follows the page shown, but is current only while it has focus: Qt 6.4
        // would otherwise tell a screen reader that focus moved to it (FocusCurrentRow).
        FocusCurrentRow::install(m_pageList);
        // Links between pages ("see docs/sync.md") stay inside the window.
        connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
            const QString name = pageName(url);
            for (int row = 0; row < m_pageList->count(); ++row) {
                if (m_pageList->item(row)->data(Qt::UserRole).toString() == name) {
                    const QSignalBlocker quiet(m_pageList);
                    FocusCurrentRow::setRow(m_pageList, m_pageList->model()->index(row, 0));
                    m_currentPage = name;
                }
            }
        });
        m_docsDialog = dialog;
    }
    const QString wanted =
        page.isEmpty() ? (m_currentPage.isEmpty() ? u"README"_s : m_currentPage) : page;
    for (int row = 0; row < m_pageList->count(); ++row) {
        if (m_pageList->item(row)->data(Qt::UserRole).toString() == wanted) {
            FocusCurrentRow::setRow(m_pageList, m_pageList->model()->index(row, 0));
            openPage(wanted); // also when it was already the current row
        }
    }
    present(m_docsDialog);
    return m_docsDialog;
}

void HelpMenu::openPage(const QString &page)
{
    if (page == m_currentPage && m_browser->source().isValid())
        return;
    m_currentPage = page;
    // README sits above docs/, as in the repository, so the links between pages resolve.
    const QString file = page == "README"_L1 ? u"README.md"_s : u"docs/"_s + page + u".md"_s;
    m_browser->setSource(QUrl(u"qrc"_s + docsRoot + file), QTextDocument::MarkdownResource);
}

QDialog *HelpMenu::showGuideForCurrentScreen()
{
    const QString page = m_guides.value(m_window->currentScreen());
    return showDocumentation(page.isEmpty() ? u"README"_s : page);
}

QDialog *HelpMenu::showAbout()
{
    if (!m_aboutDialog) {
        QDialog *dialog = makeDialog(m_window, tr("About Converge"), u"aboutDialog"_s);
        auto *text = new QLabel;
        text->setObjectName(u"aboutText"_s);
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setFocusPolicy(Qt::StrongFocus); // readable with the keyboard and a screen reader
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(text);
        layout->addStretch(1);
        layout->addWidget(closeButton(dialog));
        dialog->resize(460, 260);
        m_aboutDialog = dialog;
    }
    auto *text = m_aboutDialog->findChild<QLabel *>(u"aboutText"_s);
    text->setText(aboutText());
    text->setAccessibleName(QTextDocumentFragment::fromHtml(aboutText()).toPlainText());
    present(m_aboutDialog);
    return m_aboutDialog;
}
