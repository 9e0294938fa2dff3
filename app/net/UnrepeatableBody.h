#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound. Qt quietly sends a request again
// when a connection closes before any answer; for a create that could make the content twice.
// Handed over unbuffered, this body makes Qt report ContentReSendError instead of resending.
class UnrepeatableBody : public QIODevice
{
    Q_OBJECT

public:
    explicit UnrepeatableBody(const QByteArray &bytes, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};
