#include "ui/shell/sessionlock.h"

#include "ui/shell/lockscreen.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace kcc::ui {

SessionLock::SessionLock(QMainWindow *window, QStackedWidget *screens, LockScreen *lockScreen)
    : QObject(window)
    , m_window(window)
    , m_screens(screens)
    , m_lockScreen(lockScreen)
{
}

SessionLock::~SessionLock() = default;

void SessionLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_focus = QApplication::focusWidget();
    m_page = m_screens->currentWidget();
    m_title = m_window->windowTitle();
    hideWindows();
    QList<QWidget *> parts;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        parts << dock;
    for (QToolBar *toolBar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        parts << toolBar;
    parts << m_window->menuBar() << m_window->statusBar();
    for (QWidget *part : parts) {
        if (part->isVisibleTo(m_window)) {
            m_hidden << part;
            part->hide();
        }
    }
    m_screens->setCurrentWidget(m_lockScreen);
    //: Window title while the desk is locked: no database, partij or medewerker in it
    m_window->setWindowTitle(tr("KCC Werkplek — locked"));
    m_lockScreen->prepare();
    qApp->installEventFilter(this);
    emit lockedChanged(true);
}

void SessionLock::hideWindows()
{
    for (QWidget *other : QApplication::topLevelWidgets()) {
        if (other == m_window || !other->isVisible())
            continue;
        if (other->windowType() == Qt::Popup || other->windowType() == Qt::ToolTip) {
            other->close(); // menus, completers: nothing to come back to
            continue;
        }
        // Hiding a modal dialog ends its exec() with "rejected"; it cannot be shown again.
        if (!other->isModal())
            m_hidden << other;
        other->hide();
    }
}

void SessionLock::unlock()
{
    if (!m_locked)
        return;
    qApp->removeEventFilter(this);
    m_locked = false;
    m_window->setWindowTitle(m_title);
    m_screens->setCurrentWidget(m_page ? m_page.data() : m_screens->widget(0));
    for (const QPointer<QWidget> &part : std::as_const(m_hidden)) {
        if (part)
            part->show();
    }
    m_hidden.clear();
    // The keyboard goes back where it was, also into a dialog that was open.
    QWidget *focus = m_focus ? m_focus.data() : m_window;
    focus->window()->activateWindow();
    focus->setFocus(Qt::OtherFocusReason);
    emit lockedChanged(false);
}

bool SessionLock::eventFilter(QObject *watched, QEvent *event)
{
    // Only the lock screen's own keys (its buttons' and labels' Alt-letters) work while locked:
    // F2, Ctrl+F and the rest would reach widgets that are hidden but alive.
    if (m_locked && event->type() == QEvent::Shortcut) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || !m_lockScreen->isAncestorOf(widget))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kcc::ui
