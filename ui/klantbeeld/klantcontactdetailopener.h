#pragma once

#include "model/klantbeeld/klantcontactdetailservice.h"

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QWidget;

namespace kcc::ui {

class KlantcontactDetailDialog;

// Opens the read-only view of a klantcontact from any list of klantcontacten (the main window's
// Klantcontacten list, the klantbeeld's history): Enter or a double-click on a row. One view at a
// time, beside the list (non-modal: the medewerker may be on a call); Esc closes it and the
// keyboard is back on the row it came from.
class KlantcontactDetailOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KlantcontactDetailOpener)

public:
    // `service` must outlive this; `window` parents the views.
    KlantcontactDetailOpener(KlantcontactDetailService *service, const SignedInActor &viewer, QWidget *window);
    ~KlantcontactDetailOpener() override;

    // Rows of `view` carry the klantcontact's uuid in UuidRole (tablemodelroles.h).
    void attach(QAbstractItemView *view);
    // False (and failed() emitted) when the klantcontact could not be read.
    bool open(const QUuid &klantcontact, QWidget *returnFocusTo = nullptr);

signals:
    void failed(const QString &message);

private:
    KlantcontactDetailService *m_service;
    SignedInActor m_viewer;
    QWidget *m_window;
    QPointer<KlantcontactDetailDialog> m_open;
};

} // namespace kcc::ui
