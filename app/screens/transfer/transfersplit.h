#pragma once

#include "app/split/screensplit.h"
#include "models/transfer/transfermodel.h"

#include <optional>

class TransferScreen;

// The Money transfer screen side by side: a transfer sent from either pane's form is sent by the
// other pane too, with the same payee, amount and note but under its own idempotency key, so
// the account pays both (each pane is a person of its own). The right pane keeps its own outbox
// file beside the window's, so its unfinished transfers are resumed at the next split.
class TransferSplit final : public ScreenSplit
{
    Q_OBJECT

public:
    static constexpr auto rightScreenId = "transfer-right";

    TransferSplit(TransferScreen *left, const SessionServices &services, QObject *parent = nullptr);
    ~TransferSplit() override;

    TransferScreen *left() const { return m_left; }
    TransferScreen *right() const { return m_right; } // null unless split

    void setPatterns(TransferModel::Pattern left, TransferModel::Pattern right);
    // Where the right pane keeps its outbox (default: beside the window's outbox).
    void setRightOutboxPath(const QString &path) { m_rightOutbox = path; }
    static QString defaultRightOutboxPath();

    QString screenName() const override;
    bool setPatternKeys(const QString &left, const QString &right) override;

protected:
    QWidget *createRight(const SessionServices &services) override;
    void namePane(QWidget *screen, const QString &pane, const QString &title) override;
    QString patternTitle(QWidget *screen) const override;
    void startRight(QWidget *right) override;

private:
    void mirrorSends(TransferScreen *from, TransferScreen *to);

    TransferScreen *m_left;
    QPointer<TransferScreen> m_right;
    std::optional<TransferModel::Pattern> m_rightPattern;
    QString m_rightOutbox;
};
