#include "UnrepeatableBody.h"

#include <algorithm>
#include <cstring>

UnrepeatableBody::UnrepeatableBody(const QByteArray &bytes, QObject *parent)
    : QIODevice(parent)
    , m_bytes(bytes)
{
    open(QIODevice::ReadOnly);
}

qint64 UnrepeatableBody::bytesAvailable() const
{
    return m_bytes.size() - m_read + QIODevice::bytesAvailable();
}

qint64 UnrepeatableBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_bytes.size() - m_read);
    if (count <= 0)
        return -1; // the end: a sequential device says so with -1
    std::memcpy(data, m_bytes.constData() + m_read, static_cast<size_t>(count));
    m_read += count;
    return count;
}

qint64 UnrepeatableBody::writeData(const char *data, qint64 maxSize)
{
    Q_UNUSED(data)
    Q_UNUSED(maxSize)
    return -1;
}
