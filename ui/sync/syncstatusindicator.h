#pragma once

#include "model/sync/syncstatus.h"

#include <QLabel>

namespace kcc::ui {

// The status bar's word on Open Klant (issue 14, item 6): "Open Klant: bijgewerkt", "… 3 wachtend",
// "… offline sinds 10:42", "… 2 geweigerd", "Open Klant vraagt te wachten tot 14:05". Compact, with the last error in
// its tooltip; a background failure is shown here and never in a box that interrupts the medewerker.
class SyncStatusIndicator final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusIndicator)

public:
    explicit SyncStatusIndicator(QWidget *parent = nullptr);
    ~SyncStatusIndicator() override;

    void setStatus(const kcc::SyncStatus &status);

    // The words for a status, without the widget (also for `kccctl sync status`).
    static QString textFor(const SyncStatus &status);
    static QString toolTipFor(const SyncStatus &status);
};

} // namespace kcc::ui
