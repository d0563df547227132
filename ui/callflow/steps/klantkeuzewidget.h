#pragma once

#include "model/klantbeeld/klantbeeldservice.h"
#include "ui/callflow/callflowcontext.h"
#include "ui/callflow/callflowstep.h"

#include <optional>

class QLabel;
class QPushButton;

namespace kcc {
struct NieuwePartij;
}

namespace kcc::ui {

// Step 1: who is on the line (F7927). The caller is searched in the one search of the main window
// (the Zoeken tab, Ctrl+F), whose klantbeeld is the contact's: opening a partij there chooses it
// here. This step shows the choice, says what to do next, and offers "not found".
class KlantKeuzeWidget final : public CallFlowStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KlantKeuzeWidget)

public:
    KlantKeuzeWidget(const CallFlowContext &context, QWidget *parent = nullptr);
    ~KlantKeuzeWidget() override;

    void refresh() override;
    void startOver() override;
    int showErrors(const FieldErrors &errors) override;
    void clearErrors() override;

    // The partij whose klantbeeld was opened becomes the contact's partij. False (with the reason
    // shown) when it cannot be read.
    bool choosePartij(const QUuid &partij);
    // Nobody chosen (yet): the search found no one, or the medewerker goes on without a partij.
    void clearPartij();
    // Issue 15: a person found in the BRP is to become a new partij (variant C, or rule 3 without
    // consent) with this name, BSN and geheimhouding; the identity is still to be established.
    void chooseNieuwePartij(const NieuwePartij &partij);
    // The chosen partij's klantbeeld as read (with its most recent klantcontacten), if any.
    const std::optional<Klantbeeld> &klantbeeld() const { return m_klantbeeld; }

signals:
    // The medewerker asks for the search box (the button or Ctrl+F).
    void searchRequested();
    // The chosen partij changed (chosen, cleared, or read again).
    void partijChanged();
    // "Not found — continue without partij".
    void notFound();

private:
    void showChoice();
    void withdrawAuthentication();

    CallFlowContext m_context;
    std::optional<Klantbeeld> m_klantbeeld;
    QLabel *m_choice;
    QLabel *m_hint;
    QLabel *m_status;
    QPushButton *m_search;
    QPushButton *m_notFound;
};

} // namespace kcc::ui
