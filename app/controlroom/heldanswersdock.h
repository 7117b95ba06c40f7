#pragma once

#include <QDockWidget>

#include <QList>

class HeldAnswersModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

// The control room's "Held answers" section: which routes' answers the backend holds, the
// answers held now (a table: the arrow keys move, Return releases, Delete drops, Tab leaves),
// and what to do with the chosen one. Everything it shows comes from HeldAnswersModel, which
// follows the backend's events.
class HeldAnswersDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit HeldAnswersDock(HeldAnswersModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    void showRoutes();
    void updateButtons();
    qint64 chosenId() const; // 0: no held answer chosen
    void releaseChosen();
    void dropChosen();
    void deliverChosenTwice();

    HeldAnswersModel *m_model;
    QLabel *m_summary;
    QList<QCheckBox *> m_routeBoxes;
    QTableView *m_table;
    QPushButton *m_release;
    QPushButton *m_releaseAll;
    QPushButton *m_drop;
    QPushButton *m_twice;
    QLabel *m_result;
};
