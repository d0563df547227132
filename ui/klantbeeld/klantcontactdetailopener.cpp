#include "ui/klantbeeld/klantcontactdetailopener.h"

#include "model/lists/tablemodelroles.h"
#include "ui/klantbeeld/klantcontactdetaildialog.h"

#include <QAbstractItemView>

namespace kcc::ui {

KlantcontactDetailOpener::KlantcontactDetailOpener(KlantcontactDetailService *service, const SignedInActor &viewer,
                                                   QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_viewer(viewer)
    , m_window(window)
{
    Q_ASSERT(m_service);
}

KlantcontactDetailOpener::~KlantcontactDetailOpener() = default;

void KlantcontactDetailOpener::attach(QAbstractItemView *view)
{
    if (!view)
        return;
    // activated: Enter on the current row, and a double-click (or a single click where the
    // platform activates on one).
    connect(view, &QAbstractItemView::activated, this, [this, view](const QModelIndex &index) {
        const QUuid uuid = index.data(UuidRole).toUuid();
        if (!uuid.isNull())
            open(uuid, view);
    });
}

bool KlantcontactDetailOpener::open(const QUuid &klantcontact, QWidget *returnFocusTo)
{
    const Result<KlantcontactDetail> detail = m_service->detail(klantcontact, m_viewer);
    if (!detail) {
        emit failed(detail.error().message);
        return false;
    }
    if (m_open)
        m_open->close();
    auto *dialog = new KlantcontactDetailDialog(detail.value(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<QWidget> back(returnFocusTo);
    connect(dialog, &QDialog::finished, this, [back] {
        if (back) {
            back->activateWindow();
            back->setFocus(Qt::OtherFocusReason);
        }
    });
    m_open = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return true;
}

} // namespace kcc::ui
