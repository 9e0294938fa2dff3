#include "DropHighlight.h"

#include <QLabel>
#include <QVBoxLayout>

DropHighlight::DropHighlight(QWidget *parent, const QString &objectName)
    : QFrame(parent)
{
    setObjectName(objectName);
    setAttribute(Qt::WA_TransparentForMouseEvents);

    // The palette's own highlight colour, so the frame fits light and dark themes alike.
    const QPalette palette = parent->palette();
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlpha(36);
    const QString accent = palette.color(QPalette::Highlight).name();
    const QString accentText = palette.color(QPalette::HighlightedText).name();
    setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 2px dashed %3; border-radius: 6px; }"
                                 " QLabel { background: %3; color: %4; border-radius: 10px;"
                                 " padding: 4px 12px; font-weight: bold; }")
                      .arg(objectName, fill.name(QColor::HexArgb), accent, accentText));

    auto *caption = new QLabel(tr("Drop to add source video URLs"), this);
    caption->setObjectName(objectName + QStringLiteral("Label"));
    caption->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption, 0, Qt::AlignCenter);
    hide();
}

void DropHighlight::showOverParent()
{
    setGeometry(parentWidget()->rect());
    raise();
    show();
}
