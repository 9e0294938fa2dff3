#include "RowToolButton.h"

RowToolButton::RowToolButton(QAction *action, const QString &objectName, QWidget *parent)
    : QToolButton(parent)
{
    setDefaultAction(action);
    setObjectName(objectName);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}
