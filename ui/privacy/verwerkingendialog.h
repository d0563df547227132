#pragma once

#include "model/privacy/verwerkingeninzage.h"
#include "ui/callflow/callflowcontext.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QLabel;
class QTableView;

namespace kcc::ui {

class FieldMessage;
class MessageBanner;
class VerwerkingenModel;

// The privacy officer's view of the verwerkingenlog (issue 15): who looked at one person's data,
// when and why, per BSN or partij and period, and its export as the Verwerkingenlogging API
// answers it (the JSON of `kccctl verwerkingen --json`). The service logs the reading before it
// returns a row; when it cannot, nothing is shown and the banner says why.
class VerwerkingenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerwerkingenDialog)

public:
    // The context's verwerkingenInzage must be set; its actors (optional) name the medewerkers.
    explicit VerwerkingenDialog(const CallFlowContext &context, QWidget *parent = nullptr);
    ~VerwerkingenDialog() override;

    // The log API's root for the entries' `url` fields in an export.
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }

private:
    void showEntries();
    void exportJson();
    // The question from the fields; nullopt (with the messages at the fields) when one is wrong.
    std::optional<InzageVraag> vraag();
    QHash<QString, QString> gebruikers(const QList<Verwerkingsactie> &acties);

    CallFlowContext m_context;
    InzageVraag m_shown; // whom the rows are about
    QString m_baseUrl;
    QLineEdit *m_persoon;
    FieldMessage *m_persoonMessage;
    QLineEdit *m_van;
    FieldMessage *m_vanMessage;
    QLineEdit *m_tot;
    FieldMessage *m_totMessage;
    QPushButton *m_show;
    QPushButton *m_export;
    MessageBanner *m_banner;
    QLabel *m_count;
    VerwerkingenModel *m_model;
    QTableView *m_view;
};

} // namespace kcc::ui
