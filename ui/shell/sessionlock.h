#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QMainWindow;
class QStackedWidget;
class QWidget;

namespace kcc::ui {

class LockScreen;

// Locks and unlocks one main window (issue 15). Locked, the window shows only the lock screen: its
// central stack turns to that page, and its docks, tool bars, menu bar and status bar and every
// other window of the application (klantcontact, partij editor, beheer) are hidden, so that no
// widget on screen shows a person's data; no shortcut reaches anything but the lock screen.
// Nothing is closed or reset: unlocking shows again what was shown, with the keyboard where it was,
// and an open contact keeps its draft and its timers. A modal question open at the lock is
// answered "cancel", as Esc would.
class SessionLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLock)

public:
    // `screens` is the window's central stack, `lockScreen` one of its pages.
    SessionLock(QMainWindow *window, QStackedWidget *screens, LockScreen *lockScreen);
    ~SessionLock() override;

    bool isLocked() const { return m_locked; }
    void lock();
    void unlock();

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hideWindows();

    QMainWindow *m_window;
    QStackedWidget *m_screens;
    LockScreen *m_lockScreen;
    bool m_locked = false;
    // What was shown before the lock, to show again.
    QPointer<QWidget> m_page;
    QPointer<QWidget> m_focus;
    QList<QPointer<QWidget>> m_hidden;
    QString m_title;
};

} // namespace kcc::ui
