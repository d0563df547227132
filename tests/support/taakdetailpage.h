#pragma once

// The task pane (ui/taken/taakdetailwidget.h) as a GUI test reaches it: by objectName
// (tests/support/findwidget.h), the way the keyboard audit sees it. Header-only.

#include "tests/support/findwidget.h"
#include "ui/taken/taakactiespanel.h"
#include "ui/widgets/messagebanner.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QWidget>

namespace kcc::test {

class TaakDetailPage
{
public:
    // `root` is the TaakDetailWidget or a widget holding one (the Werkvoorraad tab): the names
    // below are the task pane's own.
    explicit TaakDetailPage(const QWidget *root)
        : m_root(root)
    {
    }

    ui::MessageBanner *banner() const { return child<ui::MessageBanner>("taakDetailBanner"); }
    QLabel *titleLabel() const { return child<QLabel>("taakTitleLabel"); }
    QLabel *statusLabel() const { return child<QLabel>("taakStatusLabel"); }
    // "Open by Piet since 10:02" (issue 13); hidden while no other seat has the task open.
    QLabel *geopendLabel() const { return child<QLabel>("taakGeopendLabel"); }
    QLabel *klantcontactLabel() const { return child<QLabel>("taakKlantcontactLabel"); }
    QLabel *klantLabel() const { return child<QLabel>("taakKlantLabel"); }
    QTreeWidget *contactgegevensList() const { return child<QTreeWidget>("contactgegevensList"); }
    QPushButton *copyContactButton() const { return child<QPushButton>("copyContactButton"); }
    ui::TaakActiesPanel *acties() const { return child<ui::TaakActiesPanel>("taakActies"); }
    QTabWidget *historyTabs() const { return child<QTabWidget>("taakHistoryTabs"); }
    QTreeWidget *logView() const { return child<QTreeWidget>("taakLogView"); }
    QTreeWidget *ketenView() const { return child<QTreeWidget>("taakKetenView"); }
    QTreeWidget *pogingenView() const { return child<QTreeWidget>("taakPogingenView"); }

private:
    template<typename T>
    T *child(const char *name) const
    {
        return findNamed<T>(m_root, QLatin1String(name));
    }

    const QWidget *m_root;
};

} // namespace kcc::test
