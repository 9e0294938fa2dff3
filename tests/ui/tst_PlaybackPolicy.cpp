#include "InlineErrorLabel.h"
#include "TestWindow.h"

#include <QCheckBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPlaybackPolicy : public QObject
{
    Q_OBJECT

private:
    // On the box itself: a check box only reacts to clicks on its indicator and its text,
    // and the widget is wider than both.
    static void clickBox(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newWindow_isPublicOnly()
    {
        TestWindow w;
        QVERIFY(w.child<QCheckBox>(u"publicCheckBox"_s)->isChecked());
        QVERIFY(!w.child<QCheckBox>(u"signedCheckBox"_s)->isChecked());
        QVERIFY(w->request().publicPolicy);
        QVERIFY(!w->request().signedPolicy);
    }

    void spaceOnSigned_requestAsksForBoth()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        auto *signedBox = w.child<QCheckBox>(u"signedCheckBox"_s);
        signedBox->setFocus();
        QTest::keyClick(signedBox, Qt::Key_Space);
        QVERIFY(w->request().publicPolicy);
        QVERIFY(w->request().signedPolicy);
    }

    void clickPublicOff_withSignedOn_isSignedOnly()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        clickBox(w.child<QCheckBox>(u"signedCheckBox"_s));
        clickBox(w.child<QCheckBox>(u"publicCheckBox"_s));
        QVERIFY(!w->request().publicPolicy);
        QVERIFY(w->request().signedPolicy);
        QVERIFY(!w.child<InlineErrorLabel>(u"playbackPolicyErrorLabel"_s)->isVisible());
    }

    void uncheckingTheOnlyPolicy_isFlaggedAtOnce()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        clickBox(w.child<QCheckBox>(u"publicCheckBox"_s));
        auto *error = w.child<InlineErrorLabel>(u"playbackPolicyErrorLabel"_s);
        QVERIFY(error->isVisible());
        clickBox(w.child<QCheckBox>(u"signedCheckBox"_s));
        QVERIFY(!error->isVisible());
    }
};

QTEST_MAIN(TestPlaybackPolicy)
#include "tst_PlaybackPolicy.moc"
