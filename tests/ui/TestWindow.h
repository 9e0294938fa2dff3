#pragma once

#include "MainWindow.h"
#include "VideographClient.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>
#include <QWidget>

// A main window of its own for one test, over a client whose endpoint leads nowhere until the
// test points it at a server. Nothing is shared between tests.
class TestWindow
{
public:
    TestWindow();

    MainWindow &window() { return m_window; }
    MainWindow *operator->() { return &m_window; }
    VideographClient &client() { return m_client; }

    // Shows the window and waits until it has keyboard focus, so key clicks reach it.
    bool showAndActivate();

    // Types into the new-tag field and presses Enter, as a person adding tags does.
    void typeTags(const QString &typed);
    // The source URLs the form holds, in order.
    QStringList sourceUrls() const;
    // The message the status bar shows now.
    QString statusText() const;

    // The child with this objectName; a missing one ends the test run with its name, since
    // every later step would fail less clearly.
    template <typename T>
    T *child(const QString &objectName)
    {
        T *found = m_window.findChild<T *>(objectName);
        if (!found)
            missingChild(objectName);
        return found;
    }

private:
    [[noreturn]] static void missingChild(const QString &objectName);

    QNetworkAccessManager m_network;
    VideographClient m_client;
    MainWindow m_window;
};
