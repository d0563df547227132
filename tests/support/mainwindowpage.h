#pragma once

// The main window's parts as a GUI test reaches them: by objectName (tests/support/findwidget.h).
// Header-only.

#include "tests/support/findwidget.h"
#include "ui/callflow/contactpanel.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/shell/mainstatusbar.h"
#include "ui/taken/supervisorwidget.h"
#include "ui/taken/werkvoorraadwidget.h"
#include "ui/widgets/listtableview.h"

#include <QLabel>
#include <QTabWidget>
#include <QWidget>

namespace kcc::test {

// The Zoeken tab of a main window; nullptr (without a warning: tests check that too) when the
// window has no search.
inline ui::PartijZoekenWidget *zoekenTab(const QWidget *window)
{
    return window->findChild<ui::PartijZoekenWidget *>(QStringLiteral("partijZoeken"));
}

// The rest of the window. Its status bar messages are QMainWindow::statusBar()->currentMessage().
class MainWindowPage
{
public:
    explicit MainWindowPage(const QWidget *window)
        : m_window(window)
    {
    }

    QTabWidget *tabs() const { return findNamed<QTabWidget>(m_window, QStringLiteral("mainTabs")); }
    ui::ListTableView *partijenView() const
    {
        return findNamed<ui::ListTableView>(m_window, QStringLiteral("partijenView"));
    }
    ui::ListTableView *klantcontactenView() const
    {
        return findNamed<ui::ListTableView>(m_window, QStringLiteral("klantcontactenView"));
    }
    ui::MainStatusBar *statusBar() const
    {
        return findNamed<ui::MainStatusBar>(m_window, QStringLiteral("mainStatusBar"));
    }
    QLabel *databaseLabel() const { return findNamed<QLabel>(statusBar(), QStringLiteral("databaseLabel")); }
    QLabel *countsLabel() const { return findNamed<QLabel>(statusBar(), QStringLiteral("countsLabel")); }
    QLabel *demoBadge() const { return findNamed<QLabel>(statusBar(), QStringLiteral("demoBadge")); }
    ui::PartijZoekenWidget *zoeken() const { return zoekenTab(m_window); }
    // The call flow's dock (after setCallFlow).
    ui::ContactPanel *contactPanel() const
    {
        return findNamed<ui::ContactPanel>(m_window, QStringLiteral("contactPanel"));
    }
    // The Werkvoorraad and Supervisor tabs; nullptr without a WerkvoorraadService, the supervisor's
    // also without the supervisor role (no warning: tests check that too).
    ui::WerkvoorraadWidget *werkvoorraad() const
    {
        return m_window->findChild<ui::WerkvoorraadWidget *>(QStringLiteral("werkvoorraad"));
    }
    ui::SupervisorWidget *supervisor() const
    {
        return m_window->findChild<ui::SupervisorWidget *>(QStringLiteral("supervisor"));
    }

private:
    const QWidget *m_window;
};

} // namespace kcc::test
