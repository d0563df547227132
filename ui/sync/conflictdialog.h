#pragma once

#include "model/sync/partijconflicts.h"

#include <QDialog>

#include <functional>

class QAction;

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kcc::ui {

class MessageBanner;

// The beheerder's view of a partij changed at the desk and on the server since the last sync
// (issue 14, item 5): the two versions side by side, field by field, the differences marked, and
// the choice which one stays. Nothing is decided here; PartijConflicts keeps who chose what.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    ConflictDialog(PartijConflicts &conflicts, const SignedInActor &viewer, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    // Administration > "Sync conflicts..." (Ctrl+Shift+K): beheerders only, others are refused.
    static QAction *action(QWidget *window, PartijConflicts *conflicts, const SignedInActor &viewer, bool beheerder,
                           std::function<void()> refused);

private:
    void reload();
    void showConflict(int index);
    void resolve(ConflictChoice choice);

    PartijConflicts &m_conflicts;
    SignedInActor m_viewer;
    QList<PartijConflict> m_open;
    MessageBanner *m_banner;
    QComboBox *m_choice;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_keepDesk;
    QPushButton *m_keepServer;
};

} // namespace kcc::ui
