#include "MimeUrlReader.h"
#include "TestFiles.h"

#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    if (!TestFiles::write(path, content))
        qFatal("cannot write test file");
    return path;
}

} // namespace

class TestMimeUrlReader : public QObject
{
    Q_OBJECT

private slots:
    void uriList_isPreferredOverText()
    {
        QMimeData data;
        data.setUrls({QUrl(u"https://a.example/1.mp4"_s)});
        data.setText(u"A title that is not a URL"_s);
        QCOMPARE(MimeUrlReader::candidates(data), QStringList{u"https://a.example/1.mp4"_s});
    }

    void mozUrl_isRead()
    {
        QMimeData data;
        const QString text = u"https://a.example/1.mp4\nTitle"_s;
        data.setData(u"text/x-moz-url"_s, QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        QVERIFY(MimeUrlReader::mayHaveUrls(data));
        QCOMPARE(MimeUrlReader::candidates(data), QStringList{u"https://a.example/1.mp4"_s});
    }

    void plainText_isScannedForUrls()
    {
        QMimeData data;
        data.setText(u"two: https://a.example/1.mp4, https://b.example/2.mp4"_s);
        QCOMPARE(MimeUrlReader::candidates(data).size(), 2);
    }

    void shortcutFiles_standForTheirTarget()
    {
        QTemporaryDir dir;
        const QString url = writeFile(dir, u"clip.url"_s, "[InternetShortcut]\nURL=https://a.example/1.mp4\n");
        const QString webloc = writeFile(dir, u"clip.webloc"_s,
                                         "<plist><dict><key>URL</key><string>https://b.example/2.mp4</string></dict></plist>");
        const QString video = writeFile(dir, u"movie.mp4"_s, "not really a video");
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(url), QUrl::fromLocalFile(webloc), QUrl::fromLocalFile(video)});
        QCOMPARE(MimeUrlReader::candidates(data),
                 (QStringList{u"https://a.example/1.mp4"_s, u"https://b.example/2.mp4"_s,
                              QUrl::fromLocalFile(video).toString()}));
    }

    void brokenShortcut_staysALocalFile()
    {
        QTemporaryDir dir;
        const QString broken = writeFile(dir, u"broken.url"_s, "no section here");
        QCOMPARE(MimeUrlReader::shortcutTarget(broken), std::nullopt);
        QCOMPARE(MimeUrlReader::shortcutTarget(dir.filePath(u"missing.webloc"_s)), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestMimeUrlReader)
#include "tst_MimeUrlReader.moc"
