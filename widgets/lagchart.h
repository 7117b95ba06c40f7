#pragma once

#include <QPointer>
#include <QWidget>

class ReplicaLagSeries;

// Replica lag over the last minutes, one line per replica, with the alarm threshold as a
// labelled line. Replicas differ by line pattern and marker shape as well as colour, and the
// legend states each replica's current lag, p50 and p95 in words, so nothing depends on telling
// colours apart. The accessible description carries the same numbers for screen readers.
class LagChart final : public QWidget
{
    Q_OBJECT

public:
    explicit LagChart(QWidget *parent = nullptr);

    void setSeries(ReplicaLagSeries *series);
    // How far back the chart looks (default: the series' window).
    void setVisibleSpanMs(qint64 ms);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // "Replica 1: now 0.3 s, p50 0.2 s, p95 1.1 s. … Alarm at 5.0 s."
    QString summary() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onSamplesChanged();
    qint64 span() const;

    QPointer<ReplicaLagSeries> m_series;
    qint64 m_spanMs = -1;
};
