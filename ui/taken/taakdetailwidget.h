#pragma once

#include "model/taken/werkvoorraadservice.h"
#include "ui/callflow/callflowcontext.h"
#include "ui/taken/taakactiespanel.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace kcc::ui {

class MessageBanner;
class TaakContactgegevensView;

// One interne taak for handling (C2984), non-modal: the task, its klantcontact, betrokkene and
// partij, the contact details in the order to use, the actions (TaakActiesPanel), the log
// (who, when, what), the chain (C6114) and the earlier attempts (C9708). Service errors show in
// the banner; nothing blocks.
class TaakDetailWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaakDetailWidget)

public:
    explicit TaakDetailWidget(const CallFlowContext &context, QWidget *parent = nullptr);
    ~TaakDetailWidget() override;

    // Loads and shows the task; false (with the message in the banner) when it may not be read.
    bool showTaak(const QUuid &taak);
    void reload();
    void clear();
    // Puts the keyboard in the task: on the contact details (Ctrl+C copies), else on the pane.
    void focusTaak();
    // Re-reads who else has the shown task open (another seat opened or closed it). While someone
    // is shown, this also runs every few seconds: a seat that crashed sends no word.
    void refreshGeopend();
    QUuid taak() const { return m_detail ? m_detail->taak.uuid : QUuid(); }

signals:
    // The task changed in the database (closed, forwarded, ...): lists and counts refresh.
    void taakChanged(const QUuid &taak);
    // Esc outside a form: back to the list.
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showDetail();
    void fillLog();
    void fillKeten();
    void fillPogingen();
    QString kanaalLabel(const QString &code) const;

    CallFlowContext m_context;
    std::optional<TaakDetail> m_detail;
    QHash<QString, QString> m_kanaalLabels;
    MessageBanner *m_banner;
    QLabel *m_title;
    QLabel *m_geopend;
    QLabel *m_status;
    QLabel *m_toegewezen;
    QLabel *m_toelichting;
    QLabel *m_klantcontact;
    QLabel *m_klant;
    TaakContactgegevensView *m_contactgegevens;
    TaakActiesPanel *m_acties;
    QTabWidget *m_historyTabs;
    QTreeWidget *m_log;
    QTreeWidget *m_keten;
    QTreeWidget *m_pogingen;
    QLabel *m_placeholder;
    QWidget *m_content;
    QTimer *m_geopendTimer;
};

} // namespace kcc::ui
