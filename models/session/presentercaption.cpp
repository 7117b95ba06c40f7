#include "models/session/presentercaption.h"

#include "models/session/sessionrecorder.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// "replica-2" → 2; 0 for anything else.
int replicaNumber(const QString &node)
{
    if (!node.startsWith("replica-"_L1))
        return 0;
    bool ok = false;
    const int number = node.mid(8).toInt(&ok);
    return ok ? number : 0;
}

bool isPersonsScreen(const QString &screen)
{
    return screen != "control-room"_L1 && screen != "backend"_L1;
}

} // namespace

PresenterCaption::PresenterCaption(QObject *parent)
    : QObject(parent)
{
}

void PresenterCaption::observe(SessionRecorder *recorder)
{
    connect(recorder, &SessionRecorder::eventRecorded, this, &PresenterCaption::take);
}

void PresenterCaption::setReplicaCount(int count)
{
    if (count == m_replicaCount)
        return;
    m_replicaCount = std::max(0, count);
    update();
}

void PresenterCaption::take(const TimelineEvent &event)
{
    using Kind = TimelineEvent::Kind;
    if (event.kind == Kind::UserAction && !event.correlationId.isEmpty()
        && isPersonsScreen(event.screen)) {
        m_correlationId = event.correlationId;
        m_action = event.text;
        m_onPrimary = false;
        m_notDelivered = false;
        m_replicasWithIt.clear();
        m_staleNode.clear();
        m_outcome = Outcome::None;
        update();
        return;
    }
    if (m_correlationId.isEmpty() || event.correlationId != m_correlationId)
        return;
    switch (event.kind) {
    case Kind::WriteAccepted:
        m_onPrimary = true;
        m_notDelivered = false;
        break;
    case Kind::ResponseReceived:
        if (event.writeLsn >= 0)
            m_onPrimary = true;
        m_notDelivered = false;
        break;
    case Kind::RequestFailed:
        m_notDelivered = !m_onPrimary;
        break;
    case Kind::ReplicaApplied:
        if (const int number = replicaNumber(event.node))
            m_replicasWithIt.insert(number);
        break;
    case Kind::Stale:
        // Newer than a confirmation: the page went back to an older copy after it.
        m_staleNode = event.node;
        if (m_outcome == Outcome::Confirmed)
            m_outcome = Outcome::None;
        break;
    case Kind::Confirmed:
        m_outcome = Outcome::Confirmed;
        m_staleNode.clear();
        break;
    case Kind::Failed:
        m_outcome = Outcome::Failed;
        break;
    case Kind::RolledBack:
        m_outcome = Outcome::RolledBack;
        break;
    case Kind::OutcomeUnknown:
        m_outcome = Outcome::Unknown;
        break;
    case Kind::Conflict:
        m_outcome = Outcome::Conflict;
        break;
    default:
        return; // toasts, announcements and the rest tell the room nothing new
    }
    update();
}

void PresenterCaption::update()
{
    const QString text = m_correlationId.isEmpty() ? QString() : compose();
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT changed();
}

QString PresenterCaption::compose() const
{
    QStringList sentences;
    switch (m_outcome) {
    case Outcome::Failed:
        return tr("It didn't go through: the server refused it, and the screen says so.");
    case Outcome::RolledBack:
        return tr("It didn't go through, so the screen took it back.");
    case Outcome::Conflict:
        return tr("Someone else changed it meanwhile, so you decide which version stays.");
    case Outcome::Unknown:
        sentences << tr("The answer got lost on the way, so the app is checking whether your "
                        "change arrived.");
        break;
    case Outcome::Confirmed:
        sentences << tr("Confirmed: what you see is what the server holds.");
        break;
    case Outcome::None:
        if (m_onPrimary)
            sentences << tr("Your change is on the primary.");
        else if (!m_staleNode.isEmpty())
            break; // a read, no write: the stale copy is the whole story
        else if (m_notDelivered)
            sentences << tr("Your change hasn't reached the server yet; the app tries again.");
        else
            sentences << tr("Your change is on its way to the server.");
        break;
    }
    if (m_onPrimary)
        sentences << replicaSentence();
    if (!m_staleNode.isEmpty()) {
        const int number = replicaNumber(m_staleNode);
        sentences << (number > 0 ? tr("The page read an older copy from replica %1, so it still "
                                      "shows what was there before.")
                                       .arg(number)
                                 : tr("The page read an older copy, so it still shows what was "
                                      "there before."));
    }
    sentences.removeAll(QString());
    return sentences.join(u' ');
}

QString PresenterCaption::replicaSentence() const
{
    if (m_replicaCount <= 0)
        return {};
    QStringList missing;
    for (int number = 1; number <= m_replicaCount; ++number) {
        if (!m_replicasWithIt.contains(number))
            missing << QString::number(number);
    }
    if (missing.isEmpty())
        return tr("Every replica has it now.");
    const int count = static_cast<int>(missing.size());
    //: %1 lists the replicas' numbers ("2" or "1 and 3"); the count picks the form.
    return tr("Replica %1 hasn't seen it yet.", nullptr, count)
        .arg(QLocale().createSeparatedList(missing));
}
