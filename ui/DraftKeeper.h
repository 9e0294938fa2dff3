#pragma once

#include <QObject>
#include <QPointer>

class DraftAutosaver;
class MainWindow;

// Keeps what is typed across crashes and restarts: every change to the form is handed to the
// autosaver (which writes it shortly after), restore() puts the draft back on start, a pending
// change is written on quit, and File ▸ New (Ctrl+N) starts an empty form and forgets the draft.
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    DraftKeeper(MainWindow *window, DraftAutosaver *autosaver);
    ~DraftKeeper() override;

    // Fills the form with the draft left by the last run, if there is one. Returns whether it did.
    bool restore();
    // Clears the form to a new job's defaults and forgets the draft. A form with content is
    // cleared as one undo step where the form supports undo.
    void startNew();

private:
    void addNewAction();

    MainWindow *m_window;
    QPointer<DraftAutosaver> m_autosaver;
};
