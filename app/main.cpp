// Portrait PRO desktop: the executable only wires the libraries together.
#include "ActiveEndpoint.h"
#include "DialogPrompts.h"
#include "DraftAutosaver.h"
#include "DraftKeeper.h"
#include "EndpointTools.h"
#include "LaunchOptions.h"
#include "MainWindow.h"
#include "PresetMenu.h"
#include "PresetStore.h"
#include "SandboxServer.h"
#include "SecretStore.h"
#include "SettingsStore.h"
#include "VideographClient.h"
#include "WindowSnapshot.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PortraitPro"));
    QCoreApplication::setApplicationName(QStringLiteral("portraitpro"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTRAITPRO_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Portrait PRO desktop"));
    QGuiApplication::setDesktopFileName(QStringLiteral("app.portraitpro.Desktop"));
}

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
}

// The reference page's example job, with two clips, to show every part of the form.
PortraitRequest demoRequest()
{
    PortraitRequest request;
    request.title = QStringLiteral("Tears of Steel — portrait teaser");
    request.description = QStringLiteral("Two short moments of the film, cut for phones.");
    request.tags = {QStringLiteral("film"), QStringLiteral("teaser"), QStringLiteral("sci-fi")};
    request.metadata = {{QStringLiteral("campaign"), QStringLiteral("spring-launch")},
                        {QStringLiteral("channel"), QStringLiteral("shorts")}};
    request.publicPolicy = true;
    request.signedPolicy = true;
    const QString url = QStringLiteral("https://d19nx8bm4jzw4h.cloudfront.net/Tears-of-steel.mp4");
    request.sources = {{url, {QStringLiteral("1:05"), QStringLiteral("1:35")}},
                       {url, {QStringLiteral("7:10"), QStringLiteral("7:40")}}};
    return request;
}

void takeSnapshotAndQuit(MainWindow *window, const QString &path)
{
    const QString error = WindowSnapshot::save(window, path);
    if (!error.isEmpty())
        printLine(stderr, error);
    QCoreApplication::exit(error.isEmpty() ? 0 : 1);
}

void scheduleSnapshot(MainWindow *window, const LaunchOptions &options)
{
    if (options.screenshotPath.isEmpty())
        return;
    const QString path = options.screenshotPath;
    if (options.demo) {
        QObject::connect(window, &MainWindow::submitFinished, window,
                         [window, path] { takeSnapshotAndQuit(window, path); });
    } else {
        // Let the window lay itself out and paint once before it is pictured.
        QTimer::singleShot(300, window, [window, path] { takeSnapshotAndQuit(window, path); });
    }
}

QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    describeApplication();
    // Read the command line before any window system is touched, so --help and mistakes are
    // answered on machines without a display too.
    const LaunchOptions options = LaunchOptions::parse(argumentList(argc, argv));
    if (options.showHelp || options.showVersion) {
        printLine(stdout, options.showHelp ? LaunchOptions::helpText()
                                           : QStringLiteral("portraitpro " PORTRAITPRO_VERSION));
        return 0;
    }
    if (!options.error.isEmpty()) {
        printLine(stderr, QStringLiteral("portraitpro: ") + options.error);
        return 2;
    }
    for (const QString &ignored : options.ignoredArguments)
        printLine(stderr, QStringLiteral("portraitpro: not added: ") + ignored);

    QApplication app(argc, argv);

    // The sandbox always runs, so switching to it in Settings needs no restart.
    SandboxServer sandbox;
    if (sandbox.listen() == 0) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Portrait PRO desktop"),
                              QCoreApplication::translate("main", "The built-in sandbox could not start: %1")
                                  .arg(sandbox.errorString()));
        return 1;
    }
    SettingsStore settings;
    SecretStore secrets;
    ActiveEndpoint active(&settings, &secrets,
                          EnvironmentOverrides::read(options.baseUrl, options.forceSandbox,
                                                     QProcessEnvironment::systemEnvironment()),
                          {sandbox.baseUrl(), {SandboxOptions().user, SandboxOptions().password}});
    QNetworkAccessManager network;
    VideographClient client(&network);

    // Declared before the window, so the window's Presets menu never outlives the store.
    PresetStore presets;
    MainWindow window(&client);
    EndpointTools endpointTools(&window, &client, &active, &settings, &secrets, &network);
    // What was typed last time comes back first, then --preset over it (one undo step), then
    // the URLs of the command line are added after both.
    DialogPrompts prompts(&window);
    PresetMenu presetMenu(&window, &presets, &prompts);
    DraftAutosaver draft;
    DraftKeeper draftKeeper(&window, &draft);
    draftKeeper.restore();
    if (!options.preset.isEmpty()) {
        const QString problem = presetMenu.loadFromCommandLine(options.preset);
        if (!problem.isEmpty())
            printLine(stderr, QStringLiteral("portraitpro: --preset: ") + problem);
    }
    if (!options.urlArguments.isEmpty())
        window.takeSourceUrls(options.urlArguments);
    window.resize(1100, 760);
    window.show();

    if (options.demo) {
        window.setRequest(demoRequest());
        QTimer::singleShot(0, &window, &MainWindow::submit);
    }
    scheduleSnapshot(&window, options);
    return app.exec();
}
