#include "storage/resources/rowcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kcc::storage::codec {

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString dateTimeText(const QDateTime &dateTime, int micros)
{
    const QString text = dateTime.toUTC().toString(dateTimeFormat);
    if (micros <= 0 || micros > 999)
        return text;
    return text.chopped(1) % QStringLiteral("%1Z").arg(micros, 3, 10, QLatin1Char('0'));
}

QDateTime dateTimeFromText(const QString &text, int *micros)
{
    // "yyyy-MM-ddTHH:mm:ss.zzz" is 23 characters; a longer fraction holds microseconds.
    const bool precise = text.size() == 27 && text.endsWith(QLatin1Char('Z'));
    QDateTime dateTime = QDateTime::fromString(precise ? text.left(23) + QLatin1Char('Z') : text, dateTimeFormat);
    dateTime.setTimeSpec(Qt::UTC);
    if (micros)
        *micros = precise ? text.mid(23, 3).toInt() : 0;
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
