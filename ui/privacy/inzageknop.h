#pragma once

#include "model/apijson/apijson.h"
#include "model/beheer/accountservice.h"
#include "model/privacy/inzageservice.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kcc::ui {

class KlantbeeldWidget;

// "Make inzage…" in the klantbeeld, for the privacy officer only: asks for a folder (MapKeuze)
// and writes inzage.json and inzage.pdf of the partij shown there (InzageBestanden). The inzage
// service logs it first. The outcome is said beside the button, not in a modal box.
class InzageKnop final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InzageKnop)

public:
    // Adds the button to `klantbeeld` when `user` has the privacy role; nullptr (and nothing
    // added) otherwise. `service` must outlive the klantbeeld.
    static InzageKnop *voegToe(KlantbeeldWidget *klantbeeld, InzageService *service, const SignedInActor &user,
                               const ApiJson &api = ApiJson(), const QString &logBaseUrl = defaultLogBaseUrl());

    static QString defaultLogBaseUrl() { return QStringLiteral("http://localhost:8000/api/v1"); }

signals:
    void inzageGeschreven(const QString &map);

private:
    InzageKnop(KlantbeeldWidget *klantbeeld, InzageService *service, const SignedInActor &user, const ApiJson &api,
               const QString &logBaseUrl);
    void maak();
    void meld(const QString &text, bool fout);

    KlantbeeldWidget *m_klantbeeld;
    InzageService *m_service;
    SignedInActor m_user;
    ApiJson m_api;
    QString m_logBaseUrl;
    QPushButton *m_button;
    QLabel *m_status;
};

} // namespace kcc::ui
