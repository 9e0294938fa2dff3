// Saves two large presets in turn to one path until it is killed, printing each save.
#include "PresetFile.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    const QString path = app.arguments().at(1);
    Preset a{QStringLiteral("A"), {}, {}};
    Preset b{QStringLiteral("B"), {}, {}};
    a.request.description = QString(400 * 1024, u'a');
    b.request.description = QString(400 * 1024, u'b');
    QTextStream out(stdout);
    for (int i = 0;; ++i) {
        QString error;
        if (!PresetFile::write(path, i % 2 ? b : a, &error))
            return 1;
        out << "saved " << i << Qt::endl;
    }
}
