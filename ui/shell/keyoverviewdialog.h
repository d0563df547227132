#pragma once

#include <QDialog>

class QTreeWidget;

namespace kcc::ui {

// F1: every key of the main window, the contact panel, the werkvoorraad and the supervisor
// screen in one list, grouped by where it works. Each row keeps its key sequences in portable
// form (Qt::UserRole, a QStringList), so that a test can check that no shortcut of the window is
// missing here. Esc closes it.
class KeyOverviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyOverviewDialog)

public:
    explicit KeyOverviewDialog(QWidget *parent = nullptr);
    ~KeyOverviewDialog() override;

private:
    QTreeWidget *m_keys;
};

} // namespace kcc::ui
