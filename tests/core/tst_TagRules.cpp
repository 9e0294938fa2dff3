#include "TagRules.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTagRules : public QObject
{
    Q_OBJECT

private slots:
    void split_pastedCommaList_givesEachTag()
    {
        QCOMPARE(TagRules::split(u"a, b, c"_s), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    }

    void split_linesAndBlanks_dropsBlanks()
    {
        QCOMPARE(TagRules::split(u"sport\n\n  news ,, ;travel\t"_s),
                 (QStringList{u"sport"_s, u"news"_s, u"travel"_s}));
    }

    void problemWith_blank_isRefused()
    {
        QVERIFY(!TagRules::problemWith({}, u"   "_s).isEmpty());
    }

    void problemWith_duplicateInOtherCase_isRefusedNamingTheTag()
    {
        const QString problem = TagRules::problemWith({u"Sport"_s}, u"sport"_s);
        QVERIFY(problem.contains(u"Sport"_s));
    }

    void problemWith_newTag_isAccepted()
    {
        QVERIFY(TagRules::problemWith({u"sport"_s}, u"news"_s).isEmpty());
    }

    void problemWith_editingATagToItsOwnValue_isAccepted()
    {
        QVERIFY(TagRules::problemWith({u"sport"_s, u"news"_s}, u"SPORT"_s, 0).isEmpty());
        QVERIFY(!TagRules::problemWith({u"sport"_s, u"news"_s}, u"SPORT"_s, 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTagRules)
#include "tst_TagRules.moc"
