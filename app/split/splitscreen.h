#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QScrollArea;
class QSplitter;

// Where a screen sits in the window: alone, or side by side with a second copy of itself (its
// own session and pattern), each pane under a title that says which is which ("Left · Wait for
// the server"). Knows nothing of any screen: the screen's split (FavoritesSplit, …) makes the
// right pane and keeps the titles.
class SplitScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit SplitScreen(QWidget *left, QWidget *parent = nullptr);

    QWidget *left() const { return m_left; }
    QWidget *right() const { return m_right; }
    bool isSplit() const { return m_right != nullptr; }

    // Shows right beside the left pane (taking it over); null goes back to the left pane alone
    // and deletes the right one.
    void setRight(QWidget *right);
    void setTitles(const QString &left, const QString &right);
    QString leftTitle() const;
    QString rightTitle() const;

private:
    // A pane scrolls (both ways) rather than push the window wider than the screen: two copies
    // of a screen beside the docks need more width than one.
    static QScrollArea *scrolling(QWidget *content);
    QWidget *pane(QLabel *title, QWidget *content);

    QSplitter *m_splitter;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QWidget *m_left;
    QString m_leftName; // the screen's own, while it is alone
    QWidget *m_leftPane;
    QScrollArea *m_leftScroll = nullptr; // while split
    QPointer<QWidget> m_right;
    QWidget *m_rightPane = nullptr;
};
