#include "EndpointRig.h"
#include "RequestPreviewPanel.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestPreview : public QObject
{
    Q_OBJECT

private slots:
    void preview_isHiddenUntilAskedForAndToggledByShortcut()
    {
        EndpointRig rig;
        auto *dock = rig.window().findChild<QDockWidget *>(u"requestPreviewDockWidget"_s);
        QVERIFY(!dock->isVisible());
        rig.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&rig.window()));
        rig.window().findChild<QAction *>(u"actionShowRequestPreview"_s)->trigger();
        QVERIFY(dock->isVisible());
    }

    void typing_updatesTheBodyAndCurlLive()
    {
        EndpointRig rig;
        rig.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&rig.window()));
        rig.window().findChild<QAction *>(u"actionShowRequestPreview"_s)->trigger();
        auto *title = rig.window().findChild<QLineEdit *>(u"titleLineEdit"_s);
        QTest::keyClicks(title, u"Live preview"_s);
        RequestPreviewPanel *panel = rig.tools().previewPanel();
        auto *bodyView = rig.window().findChild<QPlainTextEdit *>(u"requestBodyPlainTextEdit"_s);
        QTRY_VERIFY(bodyView->toPlainText().contains(u"\"title\": \"Live preview\""_s));
        QVERIFY(panel->curlText().contains(u"Live preview"_s));
        QVERIFY(panel->curlText().contains(u"/video/services/api/v1/contents/portrait_pro"_s));

        // The curl tab is filled when it is picked.
        auto *tabs = rig.window().findChild<QTabWidget *>(u"requestPreviewTabWidget"_s);
        tabs->setCurrentIndex(1);
        QVERIFY(rig.window().findChild<QPlainTextEdit *>(u"curlPlainTextEdit"_s)->toPlainText().contains(u"Live preview"_s));
    }

    void hiddenPreview_isBroughtUpToDateWhenShown()
    {
        EndpointRig rig;
        rig.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&rig.window()));
        QTest::keyClicks(rig.window().findChild<QLineEdit *>(u"titleLineEdit"_s), u"Typed while hidden"_s);
        QTest::qWait(300); // longer than the preview's pause after typing
        RequestPreviewPanel *panel = rig.tools().previewPanel();
        QVERIFY(!panel->bodyText().contains(u"Typed while hidden"_s)); // no work while hidden
        rig.window().findChild<QAction *>(u"actionShowRequestPreview"_s)->trigger();
        QVERIFY(panel->bodyText().contains(u"Typed while hidden"_s));
    }

    void curl_masksTheAuthorizationAndCopyReadsTheEnvironment()
    {
        EndpointRig rig;
        rig.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&rig.window()));
        rig.window().findChild<QAction *>(u"actionShowRequestPreview"_s)->trigger();
        RequestPreviewPanel *panel = rig.tools().previewPanel();
        const QString password = SandboxOptions().password;
        const QByteArray basic = (SandboxOptions().user + u':' + password).toUtf8().toBase64();
        QVERIFY(panel->curlText().contains(u"Authorization: Basic ••••"_s));
        QVERIFY(!panel->curlText().contains(password));
        QVERIFY(!panel->curlText().contains(QString::fromLatin1(basic)));

        rig.window().findChild<QPushButton *>(u"copyCurlPushButton"_s)->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.contains(u"-u \"$VIDEOGRAPH_ACCESS_TOKEN:$VIDEOGRAPH_SECRET_KEY\""_s));
        QVERIFY(!copied.contains(password));
        QVERIFY(copied.contains(u"\"playback_policy\":[\"public\"]"_s));
    }
};

QTEST_MAIN(TestRequestPreview)
#include "tst_RequestPreview.moc"
