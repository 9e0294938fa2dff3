#include "TestWindow.h"

#include <QAction>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWindowChrome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void banner_isHiddenUntilAnEndpointIsNamed()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QVERIFY(!w.child<QLabel>(u"endpointBannerLabel"_s)->isVisible());
    }

    void sandboxBanner_showsTextStyledApartFromARealEndpoint()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        auto *banner = w.child<QLabel>(u"endpointBannerLabel"_s);
        w->setEndpointBanner(u"Videograph — api.videograph.ai"_s, false);
        const QString realStyle = banner->styleSheet();
        w->setEndpointBanner(u"Sandbox — nothing is sent to Videograph"_s, true);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), u"Sandbox — nothing is sent to Videograph"_s);
        QVERIFY(banner->styleSheet() != realStyle);
    }

    void emptyBannerText_hidesTheBanner()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w->setEndpointBanner(u"Sandbox"_s, true);
        w->setEndpointBanner({}, false);
        QVERIFY(!w.child<QLabel>(u"endpointBannerLabel"_s)->isVisible());
    }

    void menus_holdQuitSubmitCancelAndAbout()
    {
        TestWindow w;
        QVERIFY(w.child<QMenu>(u"fileMenu"_s)->actions().contains(w.child<QAction>(u"actionQuit"_s)));
        QVERIFY(w.child<QMenu>(u"jobMenu"_s)->actions().contains(w.child<QAction>(u"actionSubmit"_s)));
        QVERIFY(w.child<QMenu>(u"jobMenu"_s)->actions().contains(w.child<QAction>(u"actionCancel"_s)));
        QVERIFY(w.child<QMenu>(u"helpMenu"_s)->actions().contains(w.child<QAction>(u"actionAbout"_s)));
    }

    void shortcuts_areCtrlReturnForSubmitAndEscapeForCancel()
    {
        TestWindow w;
        QVERIFY(w.child<QAction>(u"actionSubmit"_s)->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
        QCOMPARE(w.child<QAction>(u"actionCancel"_s)->shortcut(), QKeySequence(Qt::Key_Escape));
        QCOMPARE(w.child<QAction>(u"actionQuit"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    }

    void idleWindow_canSubmitButNotCancelAndShowsNoProgress()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QVERIFY(w.child<QPushButton>(u"submitPushButton"_s)->isEnabled());
        QVERIFY(!w.child<QPushButton>(u"cancelPushButton"_s)->isEnabled());
        QVERIFY(!w.child<QAction>(u"actionCancel"_s)->isEnabled());
        QVERIFY(!w.child<QProgressBar>(u"busyProgressBar"_s)->isVisible());
    }

    void icons_areCompiledInAndRender()
    {
        TestWindow w;
        for (const char *name : {"portrait-pro", "send", "cancel", "list-add", "list-remove", "go-up", "go-down",
                                 "edit-copy", "dialog-error", "help-about", "application-exit"}) {
            const QString path = u":/icons/%1.svg"_s.arg(QLatin1String(name));
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QVERIFY2(!QIcon(path).pixmap(16, 16).isNull(), qPrintable(path));
        }
    }

    void smallWindow_fitsAndScrollsToTheLastField()
    {
        TestWindow w;
        w->resize(640, 480);
        QVERIFY(w.showAndActivate());
        // A form that cannot scroll would force the window to grow to its full height.
        QVERIFY(w->width() <= 640);
        QVERIFY(w->height() <= 480);

        auto *form = w->findChild<QScrollArea *>(u"requestForm"_s);
        QVERIFY(form);
        auto *lastField = w.child<QWidget>(u"sourcesTableView"_s);
        QVERIFY(lastField->visibleRegion().isEmpty());
        form->ensureWidgetVisible(lastField);
        QTRY_VERIFY(!lastField->visibleRegion().isEmpty());
    }
};

QTEST_MAIN(TestWindowChrome)
#include "tst_WindowChrome.moc"
