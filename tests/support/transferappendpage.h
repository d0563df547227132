#pragma once

// The "add to a transferred contact" dialog (C0534) as the GUI tests see it: its widgets found by
// objectName instead of accessors the production code does not need. Header-only.

#include "tests/support/contactpanelpage.h"
#include "ui/callflow/transferappenddialog.h"

#include <QTextBrowser>

namespace kcc::test {

class TransferAppendPage final : public PageOf<TransferAppendPage>
{
public:
    explicit TransferAppendPage(ui::TransferAppendDialog *dialog)
        : PageOf(dialog)
    {
    }

    QLineEdit *referentienummerEdit() const { return child<QLineEdit>("transferReferentienummerEdit"); }
    QTextBrowser *summary() const { return child<QTextBrowser>("transferSummary"); }
    ui::CountedTextEdit *textEdit() const { return child<ui::CountedTextEdit>("transferTextEdit"); }
    QPushButton *appendButton() const { return child<QPushButton>("transferAppendButton"); }
    ui::FieldMessage *referentienummerMessage() const
    {
        return child<ui::FieldMessage>("transferReferentienummerMessage");
    }
    ui::FieldMessage *textMessage() const { return child<ui::FieldMessage>("transferTextMessage"); }
    QLabel *statusLabel() const { return child<QLabel>("transferStatusLabel"); }
};

} // namespace kcc::test
