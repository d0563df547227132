#pragma once

#include <QLabel>

class QStatusBar;

namespace kcc {
class RegistrationSpool;
class SpoolSender;
} // namespace kcc

namespace kcc::ui {

// The status bar's word on registrations that wait on this desk for the KCC database (issue 13,
// item 6): "2 registrations waiting for the KCC database", hidden when none waits; what the
// sender did (the referentienummers of a registration sent late, one handed back) is shown as
// the status bar's message, never in a box.
class SpoolIndicator final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpoolIndicator)

public:
    // Adds itself to `statusBar` as a permanent widget. `spool` and `sender` must outlive it.
    SpoolIndicator(RegistrationSpool &spool, SpoolSender &sender, QStatusBar *statusBar);
    ~SpoolIndicator() override;

    static QString textFor(int waiting);
    // How long the message about a sent registration stays (the medewerker may read it out).
    static constexpr int messageMilliseconds = 60000;

private:
    void showCount(int waiting);
};

} // namespace kcc::ui
