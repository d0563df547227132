#pragma once

#include "ui/callflowcontext.h"
#include "ui/callflowstep.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace kcc::ui {

class KlantbeeldWidget;

// Step 1: find the partij on the line (F7927) and show the klantbeeld (C4161). Typing searches,
// Enter opens the klantbeeld of the (only or selected) hit, "Niet gevonden" goes on without one.
class PartijSearchWidget final : public CallFlowStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartijSearchWidget)

public:
    PartijSearchWidget(const CallFlowContext &context, QWidget *parent = nullptr);
    ~PartijSearchWidget() override;

    void refresh() override;
    int showErrors(const FieldErrors &errors) override;
    void clearErrors() override;

    // Incoming call: search the number; one hit opens it. Returns the number of hits.
    int searchNow(const QString &text);
    void choosePartij(const QUuid &partij);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *results() const { return m_results; }
    KlantbeeldWidget *klantbeeld() const { return m_klantbeeld; }
    QPushButton *notFoundButton() const { return m_notFound; }

signals:
    void klantbeeldChanged();
    void notFound();

private:
    void search();
    void openCurrent();
    bool eventFilter(QObject *watched, QEvent *event) override;

    CallFlowContext m_context;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_status;
    QPushButton *m_notFound;
    KlantbeeldWidget *m_klantbeeld;
    QTimer *m_debounce;
};

} // namespace kcc::ui
