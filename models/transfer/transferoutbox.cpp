#include "models/transfer/transferoutbox.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

constexpr int formatVersion = 1;

QJsonObject draftToJson(const TransferOutbox::Draft &d)
{
    return {{u"idempotencyKey"_s, d.idempotencyKey},
            {u"payeeId"_s, d.payeeId},
            {u"amountText"_s, d.amountText},
            {u"note"_s, d.note}};
}

QJsonObject entryToJson(const TransferOutbox::Entry &e)
{
    return {{u"idempotencyKey"_s, e.idempotencyKey},
            {u"correlationId"_s, e.correlationId},
            {u"payeeId"_s, e.payeeId},
            {u"amount"_s, e.amount},
            {u"note"_s, e.note},
            {u"transferId"_s, e.transferId},
            {u"sentAtUtcMs"_s, e.sentAtUtcMs},
            {u"mayHaveArrived"_s, e.mayHaveArrived},
            {u"pattern"_s, e.pattern}};
}

// Strict: a field of the wrong type means the file is not ours to trust.
bool readString(const QJsonObject &o, const QString &key, QString *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (!v.isString()) {
        *error = TransferOutbox::tr("\"%1\" is missing or not text").arg(key);
        return false;
    }
    *out = v.toString();
    return true;
}

bool readInteger(const QJsonObject &o, const QString &key, qint64 *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger())) {
        *error = TransferOutbox::tr("\"%1\" is missing or not a whole number").arg(key);
        return false;
    }
    *out = v.toInteger();
    return true;
}

std::optional<TransferOutbox::Draft> draftFromJson(const QJsonObject &o, QString *error)
{
    TransferOutbox::Draft d;
    if (!readString(o, u"idempotencyKey"_s, &d.idempotencyKey, error)
        || !readString(o, u"payeeId"_s, &d.payeeId, error)
        || !readString(o, u"amountText"_s, &d.amountText, error)
        || !readString(o, u"note"_s, &d.note, error))
        return std::nullopt;
    if (d.idempotencyKey.isEmpty()) {
        *error = TransferOutbox::tr("the draft has no idempotency key");
        return std::nullopt;
    }
    return d;
}

std::optional<TransferOutbox::Entry> entryFromJson(const QJsonObject &o, QString *error)
{
    TransferOutbox::Entry e;
    qint64 pattern = 0;
    if (!readString(o, u"idempotencyKey"_s, &e.idempotencyKey, error)
        || !readString(o, u"correlationId"_s, &e.correlationId, error)
        || !readString(o, u"payeeId"_s, &e.payeeId, error)
        || !readInteger(o, u"amount"_s, &e.amount, error)
        || !readString(o, u"note"_s, &e.note, error)
        || !readString(o, u"transferId"_s, &e.transferId, error)
        || !readInteger(o, u"sentAtUtcMs"_s, &e.sentAtUtcMs, error)
        || !readInteger(o, u"pattern"_s, &pattern, error))
        return std::nullopt;
    if (!o.value(u"mayHaveArrived"_s).isBool()) {
        *error = TransferOutbox::tr("\"mayHaveArrived\" is missing or not true/false");
        return std::nullopt;
    }
    e.mayHaveArrived = o.value(u"mayHaveArrived"_s).toBool();
    e.pattern = static_cast<int>(pattern);
    if (e.idempotencyKey.isEmpty() || e.amount <= 0) {
        *error = TransferOutbox::tr("a transfer has no idempotency key or no amount");
        return std::nullopt;
    }
    return e;
}

// A free name next to path: "<base>.<what>-<stamp>.json", "-2", "-3"… when taken.
QString asideName(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    QString aside =
        info.dir().filePath(u"%1.%2-%3.json"_s.arg(info.completeBaseName(), what, stamp));
    for (int n = 2; QFile::exists(aside); ++n)
        aside = info.dir().filePath(
            u"%1.%2-%3-%4.json"_s.arg(info.completeBaseName(), what, stamp).arg(n));
    return aside;
}

} // namespace

TransferOutbox::TransferOutbox(QString path)
    : m_path(std::move(path))
{
}

QString TransferOutbox::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/'
        + QCoreApplication::applicationName() + u"/outbox.json"_s;
}

QString TransferOutbox::legacyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/outbox.json"_s;
}

bool TransferOutbox::adoptOutbox(const QString &from, const QString &to, QString *error)
{
    const QString fromPath = QFileInfo(from).absoluteFilePath();
    const QString toPath = QFileInfo(to).absoluteFilePath();
    if (fromPath == toPath || !QFile::exists(fromPath))
        return true;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QFile::exists(toPath)) {
        if (!QDir().mkpath(QFileInfo(toPath).absolutePath()))
            return fail(tr("Could not create the folder %1.")
                            .arg(QDir::toNativeSeparators(QFileInfo(toPath).absolutePath())));
        // A rename keeps the bytes exactly as they were, unreadable parts included.
        if (QFile::rename(fromPath, toPath))
            return true;
        if (!QFile::copy(fromPath, toPath))
            return fail(
                tr("Could not move the saved transfers from %1 to %2.")
                    .arg(QDir::toNativeSeparators(fromPath), QDir::toNativeSeparators(toPath)));
        QFile::remove(fromPath);
        return true;
    }
    // Both exist (an old version ran after a new one): keep the union, never drop an entry.
    TransferOutbox old(fromPath);
    if (old.load() != LoadStatus::Loaded)
        return fail(old.lastError());
    TransferOutbox current(toPath);
    if (current.load() != LoadStatus::Loaded)
        return fail(current.lastError());
    for (const Entry &entry : old.entries()) {
        if (!current.entry(entry.idempotencyKey))
            current.put(entry);
    }
    if (!current.draft() && old.draft())
        current.setDraft(*old.draft());
    if (!current.save())
        return fail(current.lastError());
    QFile::remove(fromPath);
    return true;
}

TransferOutbox::LoadStatus TransferOutbox::load()
{
    m_draft.reset();
    m_entries.clear();
    m_lastError.clear();
    m_corruptPath.clear();
    m_quarantineReports.clear();
    m_quarantinePath.clear();
    m_keepUnreadable = false;

    QFile file(m_path);
    if (!file.exists())
        return LoadStatus::Missing;

    QString problem;
    std::optional<Draft> draft;
    QList<Entry> entries;
    QJsonArray quarantined; // {"problem", "entry"} for each part we could not read
    QStringList quarantineProblems;
    auto quarantine = [&](const QJsonValue &value, const QString &why) {
        quarantined.append(QJsonObject {{u"problem"_s, why}, {u"entry"_s, value}});
        quarantineProblems.append(why);
    };
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        file.close();
        const QJsonObject root = doc.object();
        if (parseError.error != QJsonParseError::NoError) {
            problem = tr("not valid JSON (%1)").arg(parseError.errorString());
        } else if (!doc.isObject() || root.value(u"version"_s).toInt() != formatVersion) {
            problem = tr("not an outbox of version %1").arg(formatVersion);
        } else if (!root.value(u"transfers"_s).isArray()) {
            problem = tr("\"transfers\" is missing");
        } else {
            // One unreadable part is set aside on its own; the rest of the file is still ours.
            const QJsonValue draftValue = root.value(u"draft"_s);
            QString why;
            if (draftValue.isObject()) {
                draft = draftFromJson(draftValue.toObject(), &why);
                if (!draft)
                    quarantine(draftValue, tr("the draft: %1").arg(why));
            } else if (!draftValue.isNull() && !draftValue.isUndefined()) {
                quarantine(draftValue, tr("the draft is not an object"));
            }
            const QJsonArray array = root.value(u"transfers"_s).toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                why.clear();
                const auto entry = array.at(i).isObject()
                    ? entryFromJson(array.at(i).toObject(), &why)
                    : std::nullopt;
                if (entry)
                    entries.append(*entry);
                else
                    quarantine(array.at(i),
                               tr("transfer %1: %2")
                                   .arg(i + 1)
                                   .arg(why.isEmpty() ? tr("not an object") : why));
            }
        }
    }

    if (problem.isEmpty()) {
        m_draft = draft;
        m_entries = entries;
        if (!quarantined.isEmpty())
            keepQuarantined(quarantined, quarantineProblems);
        return LoadStatus::Loaded;
    }

    // Keep the bytes for a person to look at; an empty outbox must never overwrite them.
    const QString aside = asideName(m_path, u"corrupt"_s);
    if (QFile::rename(m_path, aside)) {
        m_corruptPath = aside;
        m_lastError = tr("The saved transfers file could not be read (%1). It was kept as %2.")
                          .arg(problem, QDir::toNativeSeparators(aside));
    } else {
        m_keepUnreadable = true;
        m_lastError =
            tr("The saved transfers file could not be read (%1) nor moved aside.").arg(problem);
    }
    return LoadStatus::Corrupt;
}

void TransferOutbox::keepQuarantined(const QJsonArray &parts, const QStringList &problems)
{
    const QString aside = asideName(m_path, u"quarantine"_s);
    QSaveFile file(aside);
    const bool kept = file.open(QIODevice::WriteOnly)
        && file.write(QJsonDocument(parts).toJson(QJsonDocument::Indented)) >= 0 && file.commit();
    if (kept)
        m_quarantinePath = aside;
    else
        m_keepUnreadable = true; // the only copy is the file itself: do not save over it
    for (const QString &why : problems) {
        m_quarantineReports.append(
            kept ? tr("A saved transfer could not be read (%1). It was set aside in %2 and will "
                      "not be sent; the others are kept.")
                       .arg(why, QDir::toNativeSeparators(aside))
                 : tr("A saved transfer could not be read (%1) nor set aside.").arg(why));
    }
}

std::optional<QByteArray> TransferOutbox::snapshot()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_lastError = tr("Could not create the folder %1.")
                          .arg(QDir::toNativeSeparators(info.absolutePath()));
        return std::nullopt;
    }
    // Refuse to replace a file that was reported corrupt and could not be moved aside.
    if (m_keepUnreadable && QFile::exists(m_path)) {
        m_lastError = tr("Not saving over the unreadable transfers file %1.")
                          .arg(QDir::toNativeSeparators(m_path));
        return std::nullopt;
    }
    m_keepUnreadable = false;
    QJsonArray transfers;
    for (const Entry &e : m_entries)
        transfers.append(entryToJson(e));
    const QJsonObject root {
        {u"version"_s, formatVersion},
        {u"draft"_s, m_draft ? QJsonValue(draftToJson(*m_draft)) : QJsonValue(QJsonValue::Null)},
        {u"transfers"_s, transfers}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool TransferOutbox::writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not save the transfers: %1").arg(file.errorString());
        return false;
    }
    return true;
}

bool TransferOutbox::save()
{
    const std::optional<QByteArray> bytes = snapshot();
    return bytes && writeAtomically(m_path, *bytes, &m_lastError);
}

const TransferOutbox::Entry *TransferOutbox::entry(const QString &idempotencyKey) const
{
    for (const Entry &e : m_entries) {
        if (e.idempotencyKey == idempotencyKey)
            return &e;
    }
    return nullptr;
}

void TransferOutbox::put(const Entry &entry)
{
    for (Entry &e : m_entries) {
        if (e.idempotencyKey == entry.idempotencyKey) {
            e = entry;
            return;
        }
    }
    m_entries.append(entry);
}

bool TransferOutbox::remove(const QString &idempotencyKey)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).idempotencyKey == idempotencyKey) {
            m_entries.removeAt(i);
            return true;
        }
    }
    return false;
}
