#pragma once

#include <QToolButton>

// A button beside a list or table that mirrors one of its actions (text, icon, enabled state)
// and stretches to the width of the button column, so the column lines up.
class RowToolButton : public QToolButton
{
    Q_OBJECT

public:
    RowToolButton(QAction *action, const QString &objectName, QWidget *parent = nullptr);
};
