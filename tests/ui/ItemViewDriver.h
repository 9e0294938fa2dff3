#pragma once

#include <QString>

class QAbstractItemView;
class QLineEdit;

// Drives list and table views the way a person does: select a cell, press F2, type, Enter.
namespace ItemViewDriver {

// The line edit that opened for editing, if one did.
QLineEdit *openEditor(QAbstractItemView *view, int row, int column);

// Replaces the cell's text by typing and pressing Enter; returns false when no editor opened
// or it did not close.
bool typeIntoCell(QAbstractItemView *view, int row, int column, const QString &text);

// Makes the row current and gives the view focus, as a click on the row would.
void selectRow(QAbstractItemView *view, int row);

} // namespace ItemViewDriver
