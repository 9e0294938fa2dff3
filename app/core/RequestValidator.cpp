#include "RequestValidator.h"

#include "SourceUrlRules.h"
#include "TagRules.h"
#include "TimeCode.h"

#include <QCoreApplication>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RequestValidator", text);
}

void checkTitle(const PortraitRequest &request, FieldErrors &errors)
{
    if (request.title.trimmed().isEmpty())
        errors.append({FieldError::Field::Title, -1, tr("A title is required. Give the clip a name people will recognise.")});
}

void checkTags(const PortraitRequest &request, FieldErrors &errors)
{
    for (int row = 0; row < request.tags.size(); ++row) {
        // Only earlier rows count as the original, so a repeated tag is flagged once, where it repeats.
        const QString problem = TagRules::problemWith(request.tags.mid(0, row), request.tags[row]);
        if (!problem.isEmpty())
            errors.append({FieldError::Field::Tags, row, problem});
    }
}

void checkMetadata(const PortraitRequest &request, FieldErrors &errors)
{
    QSet<QString> seen;
    for (int row = 0; row < request.metadata.size(); ++row) {
        const QString key = request.metadata[row].key.trimmed();
        if (key.isEmpty()) {
            errors.append({FieldError::Field::MetadataKey, row, tr("Every metadata row needs a key. Type one or remove the row.")});
        } else if (seen.contains(key)) {
            errors.append({FieldError::Field::MetadataKey, row,
                           tr("The key \"%1\" is used twice. Keys must be unique.").arg(key)});
        }
        seen.insert(key);
    }
}

void checkPolicy(const PortraitRequest &request, FieldErrors &errors)
{
    if (!request.publicPolicy && !request.signedPolicy)
        errors.append({FieldError::Field::PlaybackPolicy, -1, tr("Choose at least one playback policy: public, signed or both.")});
}

void checkClip(const ClipRange &clip, int row, FieldErrors &errors)
{
    const QString startProblem = RequestValidator::timeProblem(clip.start);
    const QString endProblem = RequestValidator::timeProblem(clip.end);
    if (!startProblem.isEmpty())
        errors.append({FieldError::Field::SourceStart, row, startProblem});
    if (!endProblem.isEmpty())
        errors.append({FieldError::Field::SourceEnd, row, endProblem});

    const auto start = clip.startSecs();
    const auto end = clip.endSecs();
    if (start && end && *start >= *end)
        errors.append({FieldError::Field::SourceEnd, row,
                       tr("The end (%1) must come after the start (%2).")
                           .arg(TimeCode::format(*end), TimeCode::format(*start))});
}

void checkSources(const PortraitRequest &request, FieldErrors &errors)
{
    if (request.sources.isEmpty()) {
        errors.append({FieldError::Field::Sources, -1, tr("Add at least one source video URL.")});
        return;
    }
    for (int row = 0; row < request.sources.size(); ++row) {
        const SourceVideo &source = request.sources[row];
        const QString urlProblem = SourceUrlRules::problemWith(source.url);
        if (!urlProblem.isEmpty())
            errors.append({FieldError::Field::SourceUrl, row, urlProblem});
        checkClip(source.clip, row, errors);
    }
}

} // namespace

namespace RequestValidator {

QString timeProblem(const QString &text)
{
    if (text.trimmed().isEmpty() || TimeCode::parse(text))
        return {};
    return tr("\"%1\" is not a time. Type seconds (75), minutes and seconds (1:15) or hours too (1:01:15).")
        .arg(text.trimmed());
}

FieldErrors validate(const PortraitRequest &request)
{
    FieldErrors errors;
    checkTitle(request, errors);
    checkTags(request, errors);
    checkMetadata(request, errors);
    checkPolicy(request, errors);
    checkSources(request, errors);
    return errors;
}

} // namespace RequestValidator
