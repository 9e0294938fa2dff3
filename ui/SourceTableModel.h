#pragma once

#include "EditableRowModel.h"
#include "SourceVideo.h"

#include <QList>
#include <QStringList>

// The source videos: a URL and an optional clip range per row. Times stay as typed so that a
// time the person is still fixing is never lost; validation highlights the ones that are wrong.
class SourceTableModel : public EditableRowModel
{
    Q_OBJECT

public:
    enum Column { UrlColumn, StartColumn, EndColumn };

    explicit SourceTableModel(QObject *parent = nullptr);

    QList<SourceVideo> sources() const;
    // Only the URL column: what a drop is checked against for links already listed.
    QStringList urls() const;
    void setSources(const QList<SourceVideo> &sources);
};
