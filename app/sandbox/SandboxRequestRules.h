#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QJsonValue;

// Judges a create-request body with the rules written in reference/API-NOTES.md. It deliberately
// shares nothing with the client's validator or JSON writer: each side checks the other, so a
// mistake made in one place (a misspelt field, a wrong type) cannot hide in both.
class SandboxRequestRules
{
public:
    struct Verdict
    {
        QJsonObject body; // the parsed body; only meaningful when accepted
        QString problem;  // "<field> <what is wrong>", empty when accepted
        bool accepted() const { return problem.isEmpty(); }
    };

    static Verdict checkCreateBody(const QByteArray &body);

private:
    static QString checkTopLevelFields(const QJsonObject &body);
    static QString checkTitle(const QJsonObject &body);
    static QString checkDescription(const QJsonObject &body);
    static QString checkTags(const QJsonObject &body);
    static QString checkMetadata(const QJsonObject &body);
    static QString checkPlaybackPolicy(const QJsonObject &body);
    static QString checkContent(const QJsonObject &body);

    static QString checkMetadataItem(const QJsonValue &item, const QString &path);
    static QString checkContentItem(const QJsonValue &item, const QString &path);
    static QString checkSourceUrl(const QJsonObject &item, const QString &path);
    static QString checkClipRange(const QJsonObject &item, const QString &path);
    static QString checkKnownFields(const QJsonObject &object, const QStringList &known,
                                    const QString &path);

    static bool isNonNegativeInteger(const QJsonValue &value);
    static bool isWebUrl(const QString &text);
    static QString indexed(const QString &field, qsizetype index);
};
