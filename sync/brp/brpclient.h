#pragma once

#include "model/brp/brpinstellingen.h"
#include "model/brp/brppersonen.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace kcc::sync {

// The HTTP side of Haal Centraal BRP Personen bevragen (brp-personen-openapi.yaml): one POST
// /personen per question, with the API key from its 0600 file in the gateway's header, the
// municipality's doelbinding headers, and a timeout. The settings are read at every look-up, so
// that what the beheerder changes counts from the next search on.
class BrpClient final : public QObject, public BrpPersonen
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrpClient)

public:
    using InstellingenBron = std::function<BrpInstellingen()>;

    explicit BrpClient(InstellingenBron instellingen, QObject *parent = nullptr);
    ~BrpClient() override;

    bool isConfigured() const override;
    void zoek(const BrpZoekvraag &vraag, Handler handler) override;

    // <baseUrl>/personen
    static QUrl personenUrl(const QUrl &baseUrl);

private:
    InstellingenBron m_instellingen;
    QNetworkAccessManager *m_network;
};

} // namespace kcc::sync
