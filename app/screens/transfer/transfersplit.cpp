#include "app/screens/transfer/transfersplit.h"

#include "app/screens/transfer/transferscreen.h"
#include "app/split/panemirror.h"
#include "models/transfer/transferoutbox.h"

#include <QDir>
#include <QFileInfo>

TransferSplit::TransferSplit(TransferScreen *left, const SessionServices &services, QObject *parent)
    : ScreenSplit(left, services, QString::fromLatin1(rightScreenId), parent)
    , m_left(left)
    , m_rightOutbox(defaultRightOutboxPath())
{
    connect(m_left, &TransferScreen::patternChanged, this, &TransferSplit::updateTitles);
}

TransferSplit::~TransferSplit() = default;

QString TransferSplit::defaultRightOutboxPath()
{
    return QFileInfo(TransferOutbox::defaultPath())
        .dir()
        .filePath(QStringLiteral("outbox-right-pane.json"));
}

void TransferSplit::mirrorSends(TransferScreen *from, TransferScreen *to)
{
    // With to as the context: a right pane that goes takes its connections along.
    connect(from, &TransferScreen::sentByPerson, to,
            [this, to](const QString &payeeId, const QString &amount, const QString &note) {
                mirror()->forward([&] { to->sendAsPerson(payeeId, amount, note); });
            });
}

QWidget *TransferSplit::createRight(const SessionServices &paneServices)
{
    auto *right = new TransferScreen(paneServices, m_rightOutbox);
    right->setObjectName(QStringLiteral("transferScreenRight"));
    right->setScreenId(QString::fromLatin1(rightScreenId));
    m_right = right;
    const TransferModel::Pattern leftPattern = m_left->model()->pattern();
    right->setPattern(m_rightPattern.value_or(leftPattern == TransferModel::Pattern::Transparent
                                                  ? TransferModel::Pattern::Optimistic
                                                  : TransferModel::Pattern::Transparent));
    connect(right, &TransferScreen::patternChanged, this, [this](TransferModel::Pattern pattern) {
        m_rightPattern = pattern;
        updateTitles();
    });
    mirrorSends(m_left, right);
    mirrorSends(right, m_left);
    return right;
}

void TransferSplit::namePane(QWidget *screen, const QString &pane, const QString &title)
{
    static_cast<TransferScreen *>(screen)->setPane(pane, title);
}

QString TransferSplit::patternTitle(QWidget *screen) const
{
    return TransferScreen::patternTitle(static_cast<TransferScreen *>(screen)->model()->pattern());
}

void TransferSplit::startRight(QWidget *right)
{
    static_cast<TransferScreen *>(right)->start();
}

void TransferSplit::setPatterns(TransferModel::Pattern left, TransferModel::Pattern right)
{
    m_left->setPattern(left);
    m_rightPattern = right;
    if (m_right)
        m_right->setPattern(right);
}

QString TransferSplit::screenName() const
{
    return tr("Money transfer");
}

bool TransferSplit::setPatternKeys(const QString &left, const QString &right)
{
    const auto leftPattern = TransferScreen::patternFromKey(left);
    const auto rightPattern = TransferScreen::patternFromKey(right);
    if (!leftPattern || !rightPattern)
        return false;
    setPatterns(*leftPattern, *rightPattern);
    return true;
}
