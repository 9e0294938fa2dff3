#pragma once

#include "Credentials.h"
#include "LaunchOptions.h"

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

// Which server this run talks to, and with which credentials. Until real settings exist the
// sandbox is the default: a new user can try everything without sending anything anywhere.
struct EndpointChoice
{
    bool sandbox = true;
    QUrl baseUrl;              // empty for the sandbox: it is only known once it listens
    Credentials credentials;   // empty for the sandbox: it brings its own
    QString note;              // what the banner adds, e.g. where the credentials came from

    static EndpointChoice resolve(const LaunchOptions &options, const QProcessEnvironment &environment);
};
