#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

class MainWindow;
class QDialog;
class QListWidget;
class QMenu;
class QTableWidget;
class QTextBrowser;
class QWidget;

// The Help menu: the keyboard shortcuts of this window, the pattern guide of the screen in
// front, every page of the documentation (bundled, read in the app), and About with the version,
// Qt and the backend in use. Windows it opens are non-modal, keyboard-operable and named.
class HelpMenu final : public QObject
{
    Q_OBJECT

public:
    // Fills window->helpMenu().
    explicit HelpMenu(MainWindow *window);

    // The guide (a page name of docs/, e.g. "favorites") F1 opens while this screen is in front.
    void setGuide(QWidget *screen, const QString &page);
    void setBackend(const QUrl &url, bool embedded);
    void setSeed(quint64 seed);

    // The pages the documentation window lists: page name → title, in reading order.
    static QList<std::pair<QString, QString>> pages();
    // Every shortcut of the window as (keys, what it does), from its menus and its shortcuts;
    // what it says is what the window has now, never a second list that could drift.
    QList<std::pair<QString, QString>> shortcuts() const;
    QString aboutText() const;

    // What the menu opens (created on first use; tests look at them).
    QDialog *showShortcuts();
    QDialog *showDocumentation(const QString &page = {});
    QDialog *showGuideForCurrentScreen();
    QDialog *showAbout();
    QString currentPage() const { return m_currentPage; }

private:
    void openPage(const QString &page);

    MainWindow *m_window;
    QHash<QWidget *, QString> m_guides;
    QUrl m_backendUrl;
    bool m_embedded = true;
    std::optional<quint64> m_seed;
    QPointer<QDialog> m_shortcutsDialog;
    QTableWidget *m_shortcutTable = nullptr;
    QPointer<QDialog> m_docsDialog;
    QListWidget *m_pageList = nullptr;
    QTextBrowser *m_browser = nullptr;
    QPointer<QDialog> m_aboutDialog;
    QString m_currentPage;
};
