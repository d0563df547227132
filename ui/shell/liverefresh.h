#pragma once

#include <QObject>
#include <QTimer>

class QLabel;
class QStatusBar;

namespace kcc {
class LiveChanges;
}

namespace kcc::ui {

class WerkvoorraadWidget;
class SupervisorWidget;

// Issue 13, items 5 and 6: other seats' changes reach this window's work queue, its counts in the
// status bar and the supervisor's view (a burst of changes is one refresh), and the status bar says
// plainly when the shared server has gone away and when it is back — never a modal box.
class LiveRefresh final : public QObject
{
    Q_OBJECT

public:
    // `supervisor` may be null (no role). The widgets and the status bar are the window's.
    LiveRefresh(LiveChanges *changes, WerkvoorraadWidget *werkvoorraad, SupervisorWidget *supervisor,
                QStatusBar *statusBar, QObject *parent = nullptr);

    // How long a burst of changes is gathered before one refresh.
    static constexpr int gatherMilliseconds = 150;

private:
    void gathered();
    void refresh();
    void serverLost();
    void serverBack();

    WerkvoorraadWidget *m_werkvoorraad;
    SupervisorWidget *m_supervisor;
    QStatusBar *m_statusBar;
    QLabel *m_serverLabel;
    QTimer m_gather;
    bool m_onlyGeopend = true; // the gathered changes are all "who has a task open"
};

} // namespace kcc::ui
