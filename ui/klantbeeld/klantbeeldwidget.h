#pragma once

#include "model/beheer/accountservice.h"
#include "model/klantbeeld/klantbeeldservice.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace kcc {
class KlantbeeldContactModel;
class OpenKlantHerkomst;
} // namespace kcc

namespace kcc::ui {

class ListTableView;

// C4161: who is on the line, at a glance. Names, soort, addresses, voorkeurstaal, digitale
// adressen (voorkeur marked), identificatoren (BSN masked until asked), vertegenwoordigingen both
// ways, contactpersonen, the open interne taken and - with a service - the whole contact history,
// lazily, filtered by kanaal and period. Without a service only the klantcontacten in the
// Klantbeeld are listed.
class KlantbeeldWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KlantbeeldWidget)

public:
    explicit KlantbeeldWidget(QWidget *parent = nullptr);
    ~KlantbeeldWidget() override;

    // Enables the lazy contact history, read as `viewer` may see it. `service` must outlive this.
    void setService(KlantbeeldService *service, const SignedInActor &viewer);

    void setKlantbeeld(const Klantbeeld &klantbeeld);
    void clear();
    // Before the caller is authenticated (C4161) only what authenticating needs is shown: the
    // name and the masked identificatoren; addresses, contact details and history follow.
    void setRestricted(bool restricted);
    bool isRestricted() const { return m_restricted; }
    bool hasKlantbeeld() const { return m_klantbeeld.has_value(); }
    const std::optional<Klantbeeld> &klantbeeld() const { return m_klantbeeld; }
    // The details as plain text (without the history table).
    QString text() const;
    ListTableView *historyView() const { return m_history; }
    // Issue 14: marks the klantcontacten that came from Open Klant; `herkomst` must outlive this.
    void setHerkomst(OpenKlantHerkomst *herkomst);
    // Reads the contact history (and its kanalen) again, keeping the filter: contacts came in
    // from Open Klant. Shown only where the history is (not before authentication, C4161).
    void reloadHistory();
    // A quiet line above the history (fetching it from Open Klant, or why that failed); empty
    // hides it.
    void setHistoryNote(const QString &note);
    // Another feature's control beside "Show BSN" (e.g. the privacy officer's inzage); taken over.
    void addActionWidget(QWidget *widget);

signals:
    // A related partij (vertegenwoordiger, contactpersoon, organisatie) was clicked.
    void partijActivated(const QUuid &partij);
    // setRestricted() changed what may be shown (and so what may be edited).
    void restrictedChanged(bool restricted);
    // "Show BSN" was refused: the reveal could not be recorded in the verwerkingenlog.
    void bsnRefused(const QString &message);
    // setKlantbeeld() or clear(): another partij, or none, is shown.
    void klantbeeldChanged();

private:
    void render();
    void applyFilter();
    void updateHistoryLabel();

    std::optional<Klantbeeld> m_klantbeeld;
    bool m_bsnVisible = false;
    bool m_restricted = false;
    KlantbeeldService *m_service = nullptr;
    SignedInActor m_viewer;
    QTextBrowser *m_view;
    QPushButton *m_showBsn;
    QHBoxLayout *m_actionRow = nullptr;
    QWidget *m_historyBox;
    QLabel *m_historyLabel;
    QLabel *m_historyNote;
    QComboBox *m_kanaal;
    QDateEdit *m_van;
    QDateEdit *m_tot;
    ListTableView *m_history;
    KlantbeeldContactModel *m_historyModel = nullptr;
};

} // namespace kcc::ui
