#include "model/brp/brpinstellingen.h"

#include <algorithm>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace kcc {

namespace {

const auto baseUrlKey = QStringLiteral("brp/baseUrl");
const auto apiKeyHeaderKey = QStringLiteral("brp/apiKeyHeader");
const auto apiKeyFileKey = QStringLiteral("brp/apiKeyFile");
const auto headersKey = QStringLiteral("brp/headers");
const auto timeoutKey = QStringLiteral("brp/timeoutSeconds");

} // namespace

Result<QByteArray> BrpInstellingen::apiKey() const
{
    if (apiKeyFile.isEmpty())
        return Error{tr("No file with the BRP API key is set; the beheerder sets it under Beheer, BRP."), {}};
    QFile file(apiKeyFile);
    if (!file.exists())
        return Error{tr("The file with the BRP API key (%1) does not exist.").arg(apiKeyFile), {}};
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (file.permissions() & others)
        return Error{tr("The file with the BRP API key (%1) may be read by others; make it readable by its owner "
                        "only (chmod 600).")
                         .arg(apiKeyFile),
                     {}};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file with the BRP API key (%1) cannot be read: %2").arg(apiKeyFile, file.errorString()),
                     {}};
    const QByteArray key = file.readAll().trimmed();
    if (key.isEmpty() || key.contains('\n') || key.contains('\r'))
        return Error{tr("The file with the BRP API key (%1) must hold the key on one line.").arg(apiKeyFile), {}};
    return key;
}

BrpInstellingen BrpInstellingen::load(const QSettings &settings)
{
    BrpInstellingen instellingen;
    instellingen.baseUrl = QUrl(settings.value(baseUrlKey).toString());
    instellingen.apiKeyHeader = settings.value(apiKeyHeaderKey, standaardApiKeyHeader()).toString();
    instellingen.apiKeyFile = settings.value(apiKeyFileKey).toString();
    if (const auto headers = parseHeaders(settings.value(headersKey).toString()))
        instellingen.headers = headers.value();
    instellingen.timeoutSeconds = std::clamp(settings.value(timeoutKey, 10).toInt(), 1, 120);
    return instellingen;
}

BrpInstellingen BrpInstellingen::load()
{
    return load(QSettings());
}

void BrpInstellingen::save(QSettings &settings) const
{
    settings.setValue(baseUrlKey, baseUrl.toString());
    settings.setValue(apiKeyHeaderKey, apiKeyHeader);
    settings.setValue(apiKeyFileKey, apiKeyFile);
    settings.setValue(headersKey, formatHeaders(headers));
    settings.setValue(timeoutKey, timeoutSeconds);
}

Result<QList<BrpInstellingen::Header>> BrpInstellingen::parseHeaders(const QString &text)
{
    // RFC 9110's token characters for the name; the value is one line of visible characters.
    static const QRegularExpression name(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    QList<Header> headers;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString key = colon < 0 ? QString() : line.left(colon).trimmed();
        if (!name.match(key).hasMatch())
            return Error{tr("Line %1 is not \"name: value\" with a valid header name.").arg(i + 1), {}};
        headers.append({key, line.mid(colon + 1).trimmed()});
    }
    return headers;
}

QString BrpInstellingen::formatHeaders(const QList<Header> &headers)
{
    QStringList lines;
    for (const Header &header : headers)
        lines.append(header.first + QStringLiteral(": ") + header.second);
    return lines.join(QLatin1Char('\n'));
}

} // namespace kcc
