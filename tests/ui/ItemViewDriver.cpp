#include "ItemViewDriver.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QTest>

namespace ItemViewDriver {

QLineEdit *openEditor(QAbstractItemView *view, int row, int column)
{
    view->setCurrentIndex(view->model()->index(row, column));
    view->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(view, Qt::Key_F2);
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

bool typeIntoCell(QAbstractItemView *view, int row, int column, const QString &text)
{
    QLineEdit *editor = openEditor(view, row, column);
    if (!editor)
        return false;
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QPointer<QLineEdit> open = editor;
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor from the event loop, not inside the key press.
    return QTest::qWaitFor([&open] {
        const QLineEdit *still = open.data();
        return !still || !still->isVisible();
    });
}

void selectRow(QAbstractItemView *view, int row)
{
    view->setCurrentIndex(view->model()->index(row, 0));
    view->setFocus(Qt::OtherFocusReason);
}

} // namespace ItemViewDriver
