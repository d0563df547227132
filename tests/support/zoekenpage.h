#pragma once

// The Zoeken tab's parts (search results, buttons, status) and the klantbeeld's history, as a
// GUI test reaches them: by objectName (tests/support/findwidget.h). Header-only.

#include "model/klantbeeld/klantbeeldcontactmodel.h"
#include "model/search/partijsearchmodel.h"
#include "tests/support/findwidget.h"
#include "ui/klantbeeld/klantbeeldwidget.h"
#include "ui/search/partijzoekenwidget.h"
#include "ui/widgets/listtableview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QWidget>

namespace kcc::test {

class ZoekenPage
{
public:
    // `zoeken` is the PartijZoekenWidget; without one (a window without search) every part is null.
    explicit ZoekenPage(const ui::PartijZoekenWidget *zoeken)
        : m_zoeken(zoeken)
    {
    }

    ui::ListTableView *resultsView() const
    {
        return findNamed<ui::ListTableView>(m_zoeken, QStringLiteral("zoekenResults"));
    }
    PartijSearchModel *resultsModel() const
    {
        const ui::ListTableView *view = resultsView();
        return view ? qobject_cast<PartijSearchModel *>(view->model()) : nullptr;
    }
    QLabel *statusLabel() const { return findNamed<QLabel>(m_zoeken, QStringLiteral("zoekenStatus")); }
    QPushButton *newContactButton() const
    {
        return findNamed<QPushButton>(m_zoeken, QStringLiteral("newContactWithPartijButton"));
    }
    QPushButton *editPartijButton() const
    {
        return findNamed<QPushButton>(m_zoeken, QStringLiteral("editPartijButton"));
    }

private:
    const ui::PartijZoekenWidget *m_zoeken;
};

// The klantbeeld's contact history and its filters.
class KlantbeeldPage
{
public:
    explicit KlantbeeldPage(const ui::KlantbeeldWidget *klantbeeld)
        : m_klantbeeld(klantbeeld)
    {
    }

    // Null until the widget has a KlantbeeldService (the history is read lazily through it).
    KlantbeeldContactModel *historyModel() const
    {
        const auto *view = findNamed<ui::ListTableView>(m_klantbeeld, QStringLiteral("historyView"));
        return view ? qobject_cast<KlantbeeldContactModel *>(view->model()) : nullptr;
    }
    QComboBox *kanaalFilter() const
    {
        return findNamed<QComboBox>(m_klantbeeld, QStringLiteral("historyKanaalFilter"));
    }
    QDateEdit *vanEdit() const { return findNamed<QDateEdit>(m_klantbeeld, QStringLiteral("historyVanEdit")); }
    QDateEdit *totEdit() const { return findNamed<QDateEdit>(m_klantbeeld, QStringLiteral("historyTotEdit")); }

private:
    const ui::KlantbeeldWidget *m_klantbeeld;
};

} // namespace kcc::test
