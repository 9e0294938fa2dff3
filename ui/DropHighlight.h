#pragma once

#include <QFrame>

// A tinted, dashed frame with "Drop to add source video URLs" over a drop target, shown while a
// drag that carries links is over it. It lets every mouse and drag event through to the
// widgets underneath, which decide where a drop lands.
class DropHighlight : public QFrame
{
    Q_OBJECT

public:
    // Covers the whole of parent when shown. objectName names it for tests and styling.
    DropHighlight(QWidget *parent, const QString &objectName);

    void showOverParent();
};
