#pragma once

#include "model/taken/supervisieservice.h"
#include "ui/callflow/callflowcontext.h"

#include <QWidget>

class QSpinBox;
class QTableWidget;

namespace kcc::ui {

class MessageBanner;

// The norm per gevraagde handeling: how many working days a task may stay open before it is
// overdue (e.g. "Terugbellen" within 2). Every change is saved at once (SupervisieService::setNorm).
class TaakNormenEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaakNormenEditor)

public:
    explicit TaakNormenEditor(const CallFlowContext &context, QWidget *parent = nullptr);
    ~TaakNormenEditor() override;

    void reload();

signals:
    void normChanged(const kcc::TaakNorm &norm);

private:
    void save(const QString &handeling, int werkdagen);

    CallFlowContext m_context;
    MessageBanner *m_banner;
    QTableWidget *m_table;
    bool m_loading = false;
};

} // namespace kcc::ui
