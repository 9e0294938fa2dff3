#include "LaunchOptions.h"

#include "SourceUrlRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LaunchOptions", text);
}

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption baseUrl{QStringLiteral("base-url"),
                               tr("Send requests to the server at <url> instead of the built-in sandbox, "
                                  "for example https://api.videograph.ai."),
                               tr("url")};
    QCommandLineOption sandbox{QStringLiteral("sandbox"),
                               tr("Use the built-in sandbox even when another server is configured.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  tr("Save a picture of the main window to <file> and quit."),
                                  tr("file")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            tr("Fill the form with an example job and submit it (with the sandbox).")};
    QCommandLineOption preset{QStringLiteral("preset"),
                              tr("Start with the form filled from a saved preset, named by <preset>, or from a "
                                 "preset file at that path. Source URLs given too are added after it."),
                              tr("preset")};

    QCommandLineOption help = parser.addHelpOption();
    QCommandLineOption version = parser.addVersionOption();

    Parser()
    {
        parser.setApplicationDescription(tr("Turn landscape videos into portrait social clips with "
                                            "Videograph's Portrait PRO API."));
        parser.addOptions({baseUrl, sandbox, screenshot, demo, preset});
        parser.addPositionalArgument(QStringLiteral("urls"),
                                     tr("Source video URLs to add to the form."),
                                     QStringLiteral("[urls...]"));
    }
};

} // namespace

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    LaunchOptions options;
    Parser p;
    if (!p.parser.parse(arguments)) {
        options.error = p.parser.errorText();
        return options;
    }
    options.showHelp = p.parser.isSet(p.help);
    options.showVersion = p.parser.isSet(p.version);
    if (p.parser.isSet(p.baseUrl)) {
        options.baseUrl = QUrl::fromUserInput(p.parser.value(p.baseUrl));
        if (!options.baseUrl.isValid() || options.baseUrl.host().isEmpty()) {
            options.error = tr("--base-url needs a full URL such as https://api.videograph.ai, not \"%1\".")
                                .arg(p.parser.value(p.baseUrl));
        }
    }
    options.forceSandbox = p.parser.isSet(p.sandbox);
    options.screenshotPath = p.parser.value(p.screenshot);
    options.demo = p.parser.isSet(p.demo);
    options.preset = p.parser.value(p.preset).trimmed();
    if (p.parser.isSet(p.preset) && options.preset.isEmpty())
        options.error = tr("--preset needs the name of a saved preset or the path of a preset file.");
    options.urlArguments = p.parser.positionalArguments();
    for (const QString &argument : std::as_const(options.urlArguments)) {
        const QString problem = SourceUrlRules::problemWith(argument);
        if (problem.isEmpty())
            options.sourceUrls.append(argument.trimmed());
        else
            options.ignoredArguments.append(QStringLiteral("%1: %2").arg(argument, problem));
    }
    return options;
}

QString LaunchOptions::helpText()
{
    Parser p;
    // Without a running application the parser cannot know its own name.
    return p.parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("portraitpro"));
}
