#pragma once

#include "ui/callflow/callflowcontext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace kcc::ui {

class CountedTextEdit;
class FieldMessage;

// C0534 after registration: the colleague who took over a transferred call finds the klantcontact
// by the referentienummer the KCC medewerker gave, reads onderwerp and inhoud, and adds the
// answer given; they are then linked to it as another actor. Non-modal, so that a phone call
// can continue; a refused text stays in the field.
class TransferAppendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferAppendDialog)

public:
    // The context's registration service must be set.
    explicit TransferAppendDialog(const CallFlowContext &context, QWidget *parent = nullptr);
    ~TransferAppendDialog() override;

    // Looks up the typed referentienummer; true when a klantcontact was found.
    bool find();
    // Adds the typed text (may be empty: then only the link); true when saved.
    bool append();

signals:
    void appended(const QUuid &klantcontact);

private:
    void showTarget();
    void setStatus(const QString &message, bool error);

    CallFlowContext m_context;
    std::optional<TransferTarget> m_target;
    QLineEdit *m_referentienummer;
    FieldMessage *m_referentienummerMessage;
    QPushButton *m_findButton;
    QTextBrowser *m_summary;
    CountedTextEdit *m_text;
    FieldMessage *m_textMessage;
    QPushButton *m_appendButton;
    QLabel *m_status;
};

} // namespace kcc::ui
