#include "storage/resources/rowcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kcc::storage::codec {

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString dateTimeText(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(dateTimeFormat);
}

QDateTime dateTimeFromText(const QString &text)
{
    QDateTime dateTime = QDateTime::fromString(text, dateTimeFormat);
    dateTime.setTimeSpec(Qt::UTC);
    return dateTime;
}

QString metadataToJson(const QList<QPair<QString, QString>> &metadata)
{
    QJsonArray pairs;
    for (const auto &[key, value] : metadata)
        pairs.append(QJsonArray{key, value});
    return QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QString>> metadataFromJson(const QString &json, bool *ok)
{
    QList<QPair<QString, QString>> metadata;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    const QJsonArray pairs = document.array();
    for (const QJsonValue &pair : pairs) {
        const QJsonArray keyValue = pair.toArray();
        if (keyValue.size() != 2 || !keyValue.at(0).isString() || !keyValue.at(1).isString()) {
            *ok = false;
            continue;
        }
        metadata.append({keyValue.at(0).toString(), keyValue.at(1).toString()});
    }
    return metadata;
}

const QString &ValueWriter::emptyText()
{
    // Not null (unlike QString()), so QSQLITE binds '' rather than NULL.
    static const QString empty = QStringLiteral("");
    return empty;
}

} // namespace kcc::storage::codec
