#pragma once

#include <QList>
#include <QString>

// One problem with one cell of an editable table, as the table shows it: highlighted, with the
// reason as its tooltip.
struct CellError
{
    int row = -1;
    int column = 0;
    QString message;

    friend bool operator==(const CellError &, const CellError &) = default;
};

using CellErrors = QList<CellError>;
