#pragma once

#include "model/brp/brppersonen.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace kcc::ui {

// "Zoeken in BRP…" (issue 15, V0856): a caller who is not yet a partij, looked up in the BRP by
// BSN or by geslachtsnaam and geboortedatum. Shows the persons found - a person with geheimhouding
// without any address; deceased, in onderzoek and living abroad marked in words - and takes one
// over as a new partij. Non-modal: the contact panel stays reachable during the call.
class BrpZoekenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrpZoekenDialog)

public:
    // `brp` (the logged look-up) must outlive the dialog.
    explicit BrpZoekenDialog(BrpPersonen *brp, QWidget *parent = nullptr);
    ~BrpZoekenDialog() override;

    // Fills the BSN (nine digits) or the geslachtsnaam from what was typed in the search box.
    void prefill(const QString &searchText);
    void search();

    // "17-05-1980", "17.5.1980", "17051980", "1980-05-17"; invalid for anything else.
    static QDate parseDate(const QString &text);
    // The person as the medewerker reads them (HTML); no address at all with geheimhouding.
    static QString describe(const BrpPersoon &persoon);
    // One line per person in the list, with the marks.
    static QString summary(const BrpPersoon &persoon);

signals:
    // "Overnemen als nieuwe partij" for this person.
    void overnemen(const BrpPersoon &persoon);

private:
    void showResult(const Result<QList<BrpPersoon>> &result);
    void showCurrent();
    void setStatus(const QString &text, bool error);

    BrpPersonen *m_brp;
    QLineEdit *m_bsn;
    QLineEdit *m_geslachtsnaam;
    QLineEdit *m_voorvoegsel;
    QLineEdit *m_geboortedatum;
    QPushButton *m_search;
    QLabel *m_status;
    QListWidget *m_results;
    QTextBrowser *m_view;
    QPushButton *m_overnemen;
    QList<BrpPersoon> m_personen;
    // Answers to an earlier question that arrive late are dropped.
    int m_vraag = 0;
};

} // namespace kcc::ui
