#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and cannot be rewound. QNetworkAccessManager silently
// re-sends a request whose connection closed before the answer — also a POST that the server
// may already have applied. Giving it a body it cannot rewind turns that silent second send
// into an error the app sees and resolves on purpose (same idempotency key, or a re-read).
class OneShotUpload final : public QIODevice
{
public:
    explicit OneShotUpload(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};
