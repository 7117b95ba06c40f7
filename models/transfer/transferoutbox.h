#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the person meant to send, kept on disk so that nothing is lost to a crash, a kill or a
// restart: the draft in the form (with the idempotency key it was given when it was created)
// and every transfer that has not reached a final state yet. Written whole and atomically with
// QSaveFile on every change (in the app, on OutboxWriter's thread); a file that cannot be read
// is moved aside and reported, never silently replaced by an empty outbox.
class TransferOutbox
{
    Q_DECLARE_TR_FUNCTIONS(TransferOutbox)

public:
    struct Draft
    {
        QString idempotencyKey; // made with the draft, before the first click
        QString payeeId;
        QString amountText; // as typed: the person's words, not yet a number
        QString note;
        friend bool operator==(const Draft &, const Draft &) = default;
    };

    struct Entry
    {
        QString idempotencyKey;
        QString correlationId;
        QString payeeId;
        qint64 amount = 0; // minor units
        QString note;
        QString transferId; // once the server has told us
        qint64 sentAtUtcMs = 0; // wall clock of the first send, for windows after a restart
        bool mayHaveArrived = false; // a request went out whose answer we never saw
        int pattern = 0; // TransferModel::Pattern it was sent under
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    enum class LoadStatus { Loaded, Missing, Corrupt };

    // path: the JSON file; defaultPath() in the app, a temporary file in tests.
    explicit TransferOutbox(QString path = defaultPath());

    // <GenericDataLocation>/<application name>/outbox.json: one folder, ~/.local/share/Converge.
    static QString defaultPath();
    // Where earlier builds kept it: <AppDataLocation>, which nests the organization and the
    // application name (~/.local/share/Converge/Converge/).
    static QString legacyPath();
    // Brings an outbox left at `from` to `to` so nothing in flight is lost: moved when `to` does
    // not exist yet; otherwise its transfers (and its draft, if `to` has none) are added to `to`
    // and `from` is removed. True when there was nothing to do or it worked; false (with a plain
    // error) when `from` could not be read or `to` not written, and `from` is left in place.
    static bool adoptOutbox(const QString &from, const QString &to, QString *error);

    QString path() const { return m_path; }
    // Reads the file. Corrupt: the file was moved to corruptPath() and the outbox is empty;
    // the caller must tell the person (lastError() says what was wrong).
    LoadStatus load();
    // Writes the whole outbox atomically, on the calling thread. False (and lastError()) when
    // the disk refused.
    bool save();
    // The whole outbox as the bytes save() writes; nullopt (and lastError()) when it must not
    // be written: its folder cannot be made, or an unreadable file there must be kept.
    std::optional<QByteArray> snapshot();
    // QSaveFile's write, synced to disk before it replaces the file; safe on any thread.
    static bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);

    QString lastError() const { return m_lastError; }
    QString corruptPath() const { return m_corruptPath; }
    // Entries (or a draft) that could not be read, each reported on its own after load(); they
    // were copied to quarantinePath() and left out, while every readable entry stays.
    QStringList quarantineReports() const { return m_quarantineReports; }
    QString quarantinePath() const { return m_quarantinePath; }

    std::optional<Draft> draft() const { return m_draft; }
    void setDraft(const Draft &draft) { m_draft = draft; }
    void clearDraft() { m_draft.reset(); }

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entry(const QString &idempotencyKey) const;
    // Adds or replaces the entry with the same key.
    void put(const Entry &entry);
    bool remove(const QString &idempotencyKey);

private:
    void keepQuarantined(const QJsonArray &parts, const QStringList &problems);

    QString m_path;
    QString m_lastError;
    QString m_corruptPath;
    QStringList m_quarantineReports;
    QString m_quarantinePath;
    bool m_keepUnreadable = false; // an unreadable file we could not move must not be replaced
    std::optional<Draft> m_draft;
    QList<Entry> m_entries;
};
