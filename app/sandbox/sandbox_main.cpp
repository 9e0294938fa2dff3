// portraitpro-sandbox: the built-in Videograph-compatible server as a standalone process, for
// trying the client offline and for scripts that need an endpoint without credentials.

#include "SandboxOptions.h"
#include "SandboxServer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct LaunchSettings
{
    SandboxOptions options;
    quint16 port = 0;
};

const QCommandLineOption kPortOption(u"port"_s, u"TCP port on 127.0.0.1 (0 picks a free one)."_s,
                                     u"N"_s, u"0"_s);
const QCommandLineOption kUserOption(u"user"_s, u"Accepted access token id."_s, u"U"_s,
                                     SandboxOptions{}.user);
const QCommandLineOption kPasswordOption(u"password"_s, u"Accepted secret key."_s, u"P"_s,
                                         SandboxOptions{}.password);
const QCommandLineOption kStepOption(u"step-ms"_s,
                                     u"Time a content spends Pending, then Processing."_s,
                                     u"MS"_s, QString::number(SandboxOptions{}.stepMs));

void printLine(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().append('\n').constData(), stream);
    // Scripts wait for this line on a pipe, where stdout is block-buffered.
    std::fflush(stream);
}

std::optional<LaunchSettings> readSettings(const QCommandLineParser &parser, QString *problem)
{
    LaunchSettings settings;
    bool ok = false;
    const uint port = parser.value(kPortOption).toUInt(&ok);
    if (!ok || port > 65535) {
        *problem = u"--port must be an integer from 0 to 65535"_s;
        return std::nullopt;
    }
    settings.port = static_cast<quint16>(port);
    settings.options.stepMs = parser.value(kStepOption).toInt(&ok);
    if (!ok || settings.options.stepMs < 0) {
        *problem = u"--step-ms must be a non-negative integer"_s;
        return std::nullopt;
    }
    settings.options.user = parser.value(kUserOption);
    settings.options.password = parser.value(kPasswordOption);
    return settings;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"portraitpro-sandbox"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Videograph-compatible Portrait PRO sandbox server on 127.0.0.1."_s);
    parser.addHelpOption();
    parser.addOptions({kPortOption, kUserOption, kPasswordOption, kStepOption});
    parser.process(app);

    QString problem;
    const std::optional<LaunchSettings> settings = readSettings(parser, &problem);
    if (!settings) {
        printLine(stderr, u"portraitpro-sandbox: "_s + problem);
        return 1;
    }

    SandboxServer server(settings->options);
    if (server.listen(settings->port) == 0) {
        printLine(stderr, u"portraitpro-sandbox: "_s + server.errorString());
        return 1;
    }
    printLine(stdout, u"Listening on "_s + server.baseUrl().toString());
    return QCoreApplication::exec();
}
