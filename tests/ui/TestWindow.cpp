#include "TestWindow.h"

#include "RequestForm.h"

#include <QLineEdit>
#include <QStatusBar>
#include <QTest>

TestWindow::TestWindow()
    : m_client(&m_network)
    , m_window(&m_client)
{
    // The discard port on loopback: nothing listens there, and nothing leaves the machine.
    m_client.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9")));
}

bool TestWindow::showAndActivate()
{
    m_window.show();
    if (!QTest::qWaitForWindowExposed(&m_window))
        return false;
    // Asked for only once the window is mapped: on X11 without a window manager nobody else
    // hands out the input focus, and a request for an unmapped window is lost.
    m_window.activateWindow();
    return QTest::qWaitForWindowActive(&m_window);
}

void TestWindow::typeTags(const QString &typed)
{
    auto *input = child<QLineEdit>(QStringLiteral("newTagLineEdit"));
    input->setFocus();
    QTest::keyClicks(input, typed);
    QTest::keyClick(input, Qt::Key_Return);
}

QStringList TestWindow::sourceUrls() const
{
    return m_window.form()->sourceUrls();
}

QString TestWindow::statusText() const
{
    return m_window.statusBar()->currentMessage();
}

void TestWindow::missingChild(const QString &objectName)
{
    qFatal("No child named %s in the main window", qPrintable(objectName));
}
