#include "ApiCall.h"
#include "InlineErrorLabel.h"
#include "ItemViewDriver.h"
#include "TestWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestSubmitValidation : public QObject
{
    Q_OBJECT

private:
    static PortraitRequest validRequest()
    {
        PortraitRequest request;
        request.title = u"Clip"_s;
        request.sources = {{u"https://example.com/a.mp4"_s, {}}};
        return request;
    }

    static void clickSubmit(TestWindow &w)
    {
        QTest::mouseClick(w.child<QPushButton>(u"submitPushButton"_s), Qt::LeftButton);
    }

    static int callsStarted(TestWindow &w)
    {
        return int(w.client().findChildren<ApiCall *>().size());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void beforeAnySubmit_missingFieldsAreNotFlagged()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QVERIFY(!w.child<InlineErrorLabel>(u"titleErrorLabel"_s)->isVisible());
        QVERIFY(!w.child<InlineErrorLabel>(u"sourceErrorLabel"_s)->isVisible());
    }

    void emptyForm_submit_sendsNothingShowsEveryProblemAndFocusesTitle()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.child<QTableView>(u"sourcesTableView"_s)->setFocus();
        clickSubmit(w);

        QCOMPARE(callsStarted(w), 0);
        QVERIFY(w.child<QPushButton>(u"submitPushButton"_s)->isEnabled());
        QVERIFY(!w.child<QProgressBar>(u"busyProgressBar"_s)->isVisible());
        QVERIFY(w.child<InlineErrorLabel>(u"titleErrorLabel"_s)->isVisible());
        QVERIFY(w.child<InlineErrorLabel>(u"sourceErrorLabel"_s)->isVisible());
        QCOMPARE(QApplication::focusWidget(), w.child<QLineEdit>(u"titleLineEdit"_s));
        QVERIFY(!w.statusText().isEmpty());
    }

    void badEndTimeOnly_submit_selectsThatCell()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        PortraitRequest request = validRequest();
        request.sources.append({u"https://example.com/b.mp4"_s, {u"10"_s, u"5"_s}});
        w->setRequest(request);
        clickSubmit(w);

        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(table->currentIndex().column(), 2);
        QCOMPARE(callsStarted(w), 0);
    }

    void repeatedMetadataKey_submit_selectsTheRepeat()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        PortraitRequest request = validRequest();
        request.metadata = {{u"k"_s, u"1"_s}, {u"x"_s, u"2"_s}, {u"k"_s, u"3"_s}};
        w->setRequest(request);
        clickSubmit(w);

        auto *table = w.child<QTableView>(u"metadataTableView"_s);
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex().row(), 2);
        QCOMPARE(table->currentIndex().column(), 0);
    }

    void noPolicy_submit_focusesPublicCheckBox()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        PortraitRequest request = validRequest();
        request.publicPolicy = false;
        w->setRequest(request);
        clickSubmit(w);
        QCOMPARE(QApplication::focusWidget(), w.child<QCheckBox>(u"publicCheckBox"_s));
    }

    void noSources_submit_focusesAddSourceButton()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        PortraitRequest request = validRequest();
        request.sources.clear();
        w->setRequest(request);
        clickSubmit(w);
        QCOMPARE(QApplication::focusWidget(), w.child<QToolButton>(u"addSourceToolButton"_s));
        QVERIFY(w.child<InlineErrorLabel>(u"sourceErrorLabel"_s)->isVisible());
    }

    void afterFailedSubmit_typingTheTitle_clearsItsError()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        clickSubmit(w);
        auto *titleError = w.child<InlineErrorLabel>(u"titleErrorLabel"_s);
        QVERIFY(titleError->isVisible());
        QTest::keyClicks(w.child<QLineEdit>(u"titleLineEdit"_s), u"C"_s);
        QVERIFY(!titleError->isVisible());
        QVERIFY(w.child<InlineErrorLabel>(u"sourceErrorLabel"_s)->isVisible());
    }

    void afterFailedSubmit_addingSource_clearsSourcesError()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        clickSubmit(w);
        w->addSourceUrls({u"https://example.com/a.mp4"_s});
        QVERIFY(!w.child<InlineErrorLabel>(u"sourceErrorLabel"_s)->isVisible());
    }

    void afterFailedSubmit_newEmptyMetadataRow_isFlagged()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        clickSubmit(w);
        auto *table = w.child<QTableView>(u"metadataTableView"_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Insert);
        QVERIFY(w.child<InlineErrorLabel>(u"metadataErrorLabel"_s)->isVisible());
    }

    void validForm_submit_clearsEveryInlineError()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        clickSubmit(w);
        w->setRequest(validRequest());
        QVERIFY(!w.child<InlineErrorLabel>(u"titleErrorLabel"_s)->isVisible());
        QVERIFY(!w.child<InlineErrorLabel>(u"sourceErrorLabel"_s)->isVisible());
    }
};

QTEST_MAIN(TestSubmitValidation)
#include "tst_SubmitValidation.moc"
