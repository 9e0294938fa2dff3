#pragma once

#include "PortraitRequest.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

// Saves the form shortly after each change, so that a crash or a kill loses at most the last
// moment of typing; bursts of changes are written once.
class DraftAutosaver : public QObject
{
    Q_OBJECT

public:
    explicit DraftAutosaver(const QString &path = {}, QObject *parent = nullptr);
    ~DraftAutosaver() override;

    QString path() const { return m_path; }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

    std::optional<PortraitRequest> restore() const;
    void schedule(const PortraitRequest &request);
    void flush();   // write a pending change now (on quit)
    void discard(); // the form was cleared on purpose: forget the draft

signals:
    void saved();
    void failed(const QString &message);

private:
    QString m_path;
    QTimer m_timer;
    std::optional<PortraitRequest> m_pending;
};
