#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

class QCoreApplication;

// What the command line asked for. Parsing is separate from acting on it so that it can be
// tested without starting a window.
struct LaunchOptions
{
    QUrl baseUrl;              // --base-url; empty means "not given"
    bool forceSandbox = false; // --sandbox
    QString screenshotPath;    // --screenshot FILE: save a picture of the window, then quit
    bool demo = false;         // --demo: fill the form with an example job and submit it
    QString preset;            // --preset NAME|FILE: start from a saved preset or a preset file
    QStringList sourceUrls;    // positional arguments that are URLs
    QStringList ignoredArguments; // positional arguments that are not usable URLs, with reasons
    QStringList urlArguments;  // every positional argument, for the window to take as if dropped
    QString error;             // set when the command line cannot be used at all
    bool showHelp = false;
    bool showVersion = false;

    static LaunchOptions parse(const QStringList &arguments);
    static QString helpText();
};
