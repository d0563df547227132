#pragma once

#include "model/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class QSettings;

namespace kcc {

// How this seat reaches the municipality's BRP gateway (Haal Centraal BRP Personen bevragen),
// set by the beheerder. The API key itself is never in the settings: they hold the path of a
// file that only its owner may read (0600), so that a copy of the settings gives nothing away.
struct BrpInstellingen
{
    Q_DECLARE_TR_FUNCTIONS(kcc::BrpInstellingen)

public:
    using Header = QPair<QString, QString>;

    // e.g. https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp (the spec's server); the
    // client posts to <baseUrl>/personen.
    QUrl baseUrl;
    // The spec declares no security scheme; RvIG's gateway and most municipal gateways take the
    // key in this header.
    QString apiKeyHeader = standaardApiKeyHeader();
    QString apiKeyFile;
    // The doelbinding headers the municipality's gateway expects (e.g. x-doelbinding,
    // x-verwerking, x-gebruiker), in the order given.
    QList<Header> headers;
    int timeoutSeconds = 10;

    static QString standaardApiKeyHeader() { return QStringLiteral("X-API-KEY"); }

    bool isConfigured() const { return baseUrl.isValid() && !baseUrl.isEmpty() && !apiKeyFile.isEmpty(); }
    // The key from apiKeyFile: refused (with the reason) when the file is missing, empty, or
    // readable by others than its owner.
    Result<QByteArray> apiKey() const;

    // Under the group "brp" of `settings`.
    static BrpInstellingen load(const QSettings &settings);
    void save(QSettings &settings) const;
    // From the application's own QSettings (each look-up reads them, so a change by the
    // beheerder counts from the next search on).
    static BrpInstellingen load();

    // "name: value" per line, as the beheerder types them; lines without ':' are reported.
    static Result<QList<Header>> parseHeaders(const QString &text);
    static QString formatHeaders(const QList<Header> &headers);

    friend bool operator==(const BrpInstellingen &, const BrpInstellingen &) = default;
};

} // namespace kcc
