#pragma once

#include "model/klantbeeld/klantcontactdetailservice.h"

#include <QDialog>

class QFormLayout;
class QTreeWidget;
class QVBoxLayout;

namespace kcc::ui {

// One klantcontact from the history, read-only (issue 10, item 7): its fields, betrokkenen,
// onderwerpobjecten, bijlagen, actoren and interne taken with their log. Every text from the
// database is shown as plain text. A contact the viewer may not read (KlantcontactDetail::
// verborgen) shows only that it is vertrouwelijk. Esc closes it.
class KlantcontactDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KlantcontactDetailDialog)

public:
    explicit KlantcontactDetailDialog(const KlantcontactDetail &detail, QWidget *parent = nullptr);
    ~KlantcontactDetailDialog() override;

    const QUuid &klantcontact() const { return m_klantcontact; }

private:
    void addFields(QVBoxLayout *layout, const Klantcontact &klantcontact);
    void addBetrokkenen(QVBoxLayout *layout, const QList<KlantcontactDetailBetrokkene> &betrokkenen);
    void addOnderwerpobjecten(QVBoxLayout *layout, const KlantcontactDetail &detail);
    void addActoren(QVBoxLayout *layout, const QList<Actor> &actoren);
    void addTaken(QVBoxLayout *layout, const QList<KlantcontactDetailTaak> &taken);
    // A titled list; "none" instead of an empty tree.
    QTreeWidget *addList(QVBoxLayout *layout, const QString &title, const QString &objectName,
                         const QStringList &headers, bool empty);

    QUuid m_klantcontact;
};

} // namespace kcc::ui
