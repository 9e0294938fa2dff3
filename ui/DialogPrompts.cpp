#include "DialogPrompts.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace {

template <typename Dialog>
Dialog *newDialog(QWidget *parent, const QString &title, const QString &objectName)
{
    auto *dialog = new Dialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

QFileDialog *newFileDialog(QWidget *parent, const QString &title, const QString &filter, const QString &objectName)
{
    auto *dialog = newDialog<QFileDialog>(parent, title, objectName);
    dialog->setNameFilter(filter);
    return dialog;
}

} // namespace

DialogPrompts::DialogPrompts(QWidget *parent)
    : m_parent(parent)
{
}

void DialogPrompts::askText(const QString &title, const QString &label, const QString &initialText,
                            TextAnswer accepted)
{
    auto *dialog = newDialog<QInputDialog>(m_parent, title, QStringLiteral("promptTextInputDialog"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setLabelText(label);
    dialog->setTextValue(initialText);
    QObject::connect(dialog, &QInputDialog::textValueSelected, dialog, std::move(accepted));
    dialog->open();
}

void DialogPrompts::askItem(const QString &title, const QString &label, const QStringList &items,
                            const QString &current, TextAnswer accepted)
{
    auto *dialog = newDialog<QInputDialog>(m_parent, title, QStringLiteral("promptItemInputDialog"));
    dialog->setComboBoxItems(items);
    dialog->setComboBoxEditable(false);
    dialog->setLabelText(label);
    if (items.contains(current))
        dialog->setTextValue(current);
    QObject::connect(dialog, &QInputDialog::textValueSelected, dialog, std::move(accepted));
    dialog->open();
}

void DialogPrompts::confirm(const QString &title, const QString &text, const QString &acceptText,
                            Confirmed accepted)
{
    auto *box = newDialog<QMessageBox>(m_parent, title, QStringLiteral("promptConfirmMessageBox"));
    box->setIcon(QMessageBox::Warning);
    box->setText(text);
    QPushButton *yes = box->addButton(acceptText, QMessageBox::DestructiveRole);
    QPushButton *no = box->addButton(QMessageBox::Cancel);
    // Enter must never destroy anything by accident.
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [yes, accepted = std::move(accepted)](QAbstractButton *button) {
        if (button == yes)
            accepted();
    });
    box->open();
}

void DialogPrompts::askOpenFile(const QString &title, const QString &directory, const QString &filter,
                                TextAnswer chosen)
{
    QFileDialog *dialog = newFileDialog(m_parent, title, filter, QStringLiteral("promptOpenFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setDirectory(directory);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, std::move(chosen));
    dialog->open();
}

void DialogPrompts::askSaveFile(const QString &title, const QString &suggestedPath, const QString &filter,
                                TextAnswer chosen)
{
    QFileDialog *dialog = newFileDialog(m_parent, title, filter, QStringLiteral("promptSaveFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(suggestedPath);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, std::move(chosen));
    dialog->open();
}

void DialogPrompts::openFolder(const QString &path)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}
