#include "SandboxedWindow.h"

#include "SandboxOptions.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

SandboxedWindow::SandboxedWindow()
    : m_port(m_server.listen(0))
{
    const SandboxOptions defaults;
    client().setEndpoint(m_server.baseUrl());
    client().setCredentials({defaults.user, defaults.password});
}

void SandboxedWindow::useWrongPassword()
{
    client().setCredentials({SandboxOptions().user, u"not-the-secret"_s});
}

bool SandboxedWindow::typeValidRequest()
{
    QTest::keyClicks(child<QLineEdit>(u"titleLineEdit"_s), u"Match highlights"_s);
    QTest::keyClicks(child<QPlainTextEdit>(u"descriptionPlainTextEdit"_s), u"The final, cut for phones"_s);
    auto *tags = child<QLineEdit>(u"newTagLineEdit"_s);
    QTest::keyClicks(tags, u"sport, final"_s);
    QTest::keyClick(tags, Qt::Key_Return);

    QTest::mouseClick(child<QToolButton>(u"addSourceToolButton"_s), Qt::LeftButton);
    if (auto *urlEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
        QTest::keyClicks(urlEditor, u"https://example.com/final.mp4"_s);
        QTest::keyClick(urlEditor, Qt::Key_Tab);
    }
    // Tab moved on to the Start cell's editor.
    if (!QTest::qWaitFor([this] { return !window().request().sources.value(0).url.isEmpty(); }))
        return false;
    if (auto *startEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
        QTest::keyClicks(startEditor, u"5"_s);
        QTest::keyClick(startEditor, Qt::Key_Return);
    }
    return QTest::qWaitFor([this] { return !window().request().sources.value(0).clip.start.isEmpty(); });
}
