#include "SourceTableModel.h"

SourceTableModel::SourceTableModel(QObject *parent)
    : EditableRowModel({tr("Video URL"), tr("Start"), tr("End")}, parent)
{
    setHeaderToolTip(UrlColumn, tr("A public http(s) address the service can download the video from"));
    const QString timeHelp = tr("Optional. Type seconds (75), minutes and seconds (1:15) or hours too (1:01:15)");
    setHeaderToolTip(StartColumn, timeHelp);
    setHeaderToolTip(EndColumn, timeHelp);
}

QList<SourceVideo> SourceTableModel::sources() const
{
    QList<SourceVideo> result;
    for (const QStringList &cells : rows())
        result.append({cells.value(UrlColumn), {cells.value(StartColumn), cells.value(EndColumn)}});
    return result;
}

QStringList SourceTableModel::urls() const
{
    QStringList result;
    result.reserve(rowCount());
    for (const QStringList &cells : rows())
        result.append(cells.value(UrlColumn));
    return result;
}

void SourceTableModel::setSources(const QList<SourceVideo> &sources)
{
    QList<QStringList> newRows;
    for (const SourceVideo &source : sources)
        newRows.append({source.url, source.clip.start, source.clip.end});
    resetRows(newRows);
}
