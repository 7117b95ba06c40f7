#pragma once

#include <QGroupBox>

class ProfileModel;
class QLabel;
class QTableView;
class ReplicaInspector;

// What happens underneath, for workshops and QA: the session's token, each node's applied LSN
// and lag, which node served the last read, a plain-words line of what just happened, and the
// count of stale reads of the session's own write per pattern.
class InspectorPanel final : public QGroupBox
{
    Q_OBJECT

public:
    InspectorPanel(ReplicaInspector *inspector, ProfileModel *model, QWidget *parent = nullptr);

    QString explanationText() const;
    QString countsText() const; // the stale-read and time-travel counts per pattern

private:
    void refresh();
    void fitTable();

    ReplicaInspector *m_inspector;
    ProfileModel *m_model;
    QLabel *m_token;
    QTableView *m_table;
    QLabel *m_lastRead;
    QLabel *m_explanation;
    QLabel *m_counts;
};
