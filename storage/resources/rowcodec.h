#pragma once

#include "model/klantinteracties/adres.h"
#include "model/klantinteracties/contactnaam.h"
#include "model/klantinteracties/enums.h"
#include "model/klantinteracties/objectidentificator.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <optional>
#include <type_traits>

// Private to storage/: the three visitors that map a resource's fields (listed once, in
// resourcefields.h) to column names, bound values and back. Because names, binding and reading
// walk the same list, a column can never be bound at the wrong position.
namespace kcc::storage::codec {

// One fixed text format: UTC with milliseconds, so that text order is time order.
inline constexpr QLatin1String dateTimeFormat("yyyy-MM-ddTHH:mm:ss.zzzZ");
inline constexpr QLatin1String dateFormat("yyyy-MM-dd");

QString uuidText(const QUuid &uuid);
QString dateTimeText(const QDateTime &dateTime, int micros = 0);
// Reads both "...ss.zzzZ" and "...ss.zzzuuuZ"; `micros` receives the digits below the millisecond.
QDateTime dateTimeFromText(const QString &text, int *micros = nullptr);

// A time a server sent to the microsecond: the QDateTime (or optional QDateTime) keeps the
// milliseconds, `micros` the microseconds below them (0..999). Stored as "...ss.zzzZ" when micros
// is 0 and as "...ss.zzzuuuZ" otherwise, so that the text of the desk's own times is unchanged
// and text order is still time order (except inside one millisecond).
template<typename D, typename M>
struct PreciseTime
{
    D &time;
    M &micros;
};
template<typename D, typename M>
PreciseTime<D, M> precise(D &time, M &micros)
{
    return {time, micros};
}
// The time to write, or nullptr for SQL NULL.
inline const QDateTime *validTime(const QDateTime &time)
{
    return time.isValid() ? &time : nullptr;
}
inline const QDateTime *validTime(const std::optional<QDateTime> &time)
{
    return time && time->isValid() ? &*time : nullptr;
}
QString metadataToJson(const QList<QPair<QString, QString>> &metadata);
QList<QPair<QString, QString>> metadataFromJson(const QString &json, bool *ok);

// The value groups flattened into <prefix>_<column> plus <prefix>_present.
template<typename V, typename G>
requires std::is_same_v<std::remove_const_t<G>, Adres>
void groupFields(V &v, G &a)
{
    v("nummeraanduiding_id", a.nummeraanduidingId);
    v("straatnaam", a.straatnaam);
    v("huisnummer", a.huisnummer);
    v("huisnummertoevoeging", a.huisnummertoevoeging);
    v("postcode", a.postcode);
    v("stad", a.stad);
    v("adresregel1", a.adresregel1);
    v("adresregel2", a.adresregel2);
    v("adresregel3", a.adresregel3);
    v("land", a.land);
}

template<typename V, typename G>
requires std::is_same_v<std::remove_const_t<G>, Contactnaam>
void groupFields(V &v, G &c)
{
    v("voorletters", c.voorletters);
    v("voornaam", c.voornaam);
    v("voorvoegsel_achternaam", c.voorvoegselAchternaam);
    v("achternaam", c.achternaam);
}

template<typename V, typename G>
requires std::is_same_v<std::remove_const_t<G>, ObjectIdentificator>
void groupFields(V &v, G &o)
{
    v("object_id", o.objectId);
    v("code_objecttype", o.codeObjecttype);
    v("code_register", o.codeRegister);
    v("code_soort_object_id", o.codeSoortObjectId);
}

template<typename G>
concept ValueGroup =
    std::is_same_v<G, Adres> || std::is_same_v<G, Contactnaam> || std::is_same_v<G, ObjectIdentificator>;

using Metadata = QList<QPair<QString, QString>>;

// Collects the column names in field order.
class ColumnNames
{
public:
    QStringList names;

    template<typename F>
    void operator()(const char *name, const F &)
    {
        names << m_prefix % QLatin1String(name);
    }
    template<ValueGroup G>
    void operator()(const char *name, const std::optional<G> &)
    {
        const QString prefix = QLatin1String(name) % QLatin1Char('_');
        names << prefix % QLatin1String("present");
        m_prefix = prefix;
        G group;
        groupFields(*this, group);
        m_prefix.clear();
    }

private:
    QString m_prefix;
};

// Appends the bound values in field order. Nulls are typed null variants: QSQLITE binds a null
// QString as SQL NULL, so a plain QString field is never passed as a null QString.
class ValueWriter
{
public:
    explicit ValueWriter(QVariantList &values)
        : m_values(values)
    {
    }

    void operator()(const char *, const QUuid &value)
    {
        m_values << (value.isNull() ? nullText() : QVariant(uuidText(value)));
    }
    void operator()(const char *, const std::optional<QUuid> &value)
    {
        m_values << (value && !value->isNull() ? QVariant(uuidText(*value)) : nullText());
    }
    void operator()(const char *, const QString &value)
    {
        m_values << (value.isNull() ? QVariant(emptyText()) : QVariant(value));
    }
    void operator()(const char *name, const std::optional<QString> &value)
    {
        if (value)
            (*this)(name, *value);
        else
            m_values << nullText();
    }
    void operator()(const char *, bool value) { m_values << QVariant(value ? 1 : 0); }
    void operator()(const char *, const std::optional<bool> &value)
    {
        m_values << (value ? QVariant(*value ? 1 : 0) : QVariant(QMetaType::fromType<int>()));
    }
    void operator()(const char *, const std::optional<int> &value)
    {
        m_values << (value ? QVariant(*value) : QVariant(QMetaType::fromType<int>()));
    }
    template<typename E>
    requires std::is_enum_v<E>
    void operator()(const char *, E value) { m_values << QVariant(toCode(value)); }
    void operator()(const char *, const QDateTime &value)
    {
        m_values << (value.isValid() ? QVariant(dateTimeText(value)) : nullText());
    }
    void operator()(const char *name, const std::optional<QDateTime> &value)
    {
        if (value)
            (*this)(name, *value);
        else
            m_values << nullText();
    }
    template<typename D, typename M>
    void operator()(const char *, const PreciseTime<D, M> &value)
    {
        const QDateTime *time = validTime(value.time);
        m_values << (time ? QVariant(dateTimeText(*time, value.micros)) : nullText());
    }
    void operator()(const char *, const std::optional<QDate> &value)
    {
        m_values << (value && value->isValid() ? QVariant(value->toString(dateFormat)) : nullText());
    }
    void operator()(const char *, const Metadata &value) { m_values << QVariant(metadataToJson(value)); }
    template<ValueGroup G>
    void operator()(const char *, const std::optional<G> &value)
    {
        m_values << QVariant(value ? 1 : 0);
        const G group = value.value_or(G{});
        groupFields(*this, group);
    }

private:
    static QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }
    static const QString &emptyText();
    QVariantList &m_values;
};

// Reads the columns of the current row in field order, starting at `first`.
class ValueReader
{
public:
    ValueReader(const QSqlQuery &query, int first)
        : m_query(query)
        , m_column(first)
    {
    }

    // False when a stored value could not be decoded (an unknown enum code, bad JSON).
    bool ok() const { return m_ok; }
    int nextColumn() const { return m_column; }

    void operator()(const char *, QUuid &value) { value = isNull() ? QUuid() : QUuid::fromString(text()); }
    void operator()(const char *, std::optional<QUuid> &value)
    {
        if (isNull())
            value.reset();
        else
            value = QUuid::fromString(text());
    }
    void operator()(const char *, QString &value) { value = isNull() ? QString() : text(); }
    void operator()(const char *, std::optional<QString> &value)
    {
        if (isNull())
            value.reset();
        else
            value = text();
    }
    void operator()(const char *, bool &value) { value = next().toInt() != 0; }
    void operator()(const char *, std::optional<bool> &value)
    {
        if (isNull())
            value.reset();
        else
            value = next().toInt() != 0;
    }
    void operator()(const char *, std::optional<int> &value)
    {
        if (isNull())
            value.reset();
        else
            value = next().toInt();
    }
    template<typename E>
    requires std::is_enum_v<E>
    void operator()(const char *, E &value)
    {
        if (const std::optional<E> decoded = fromCode<E>(text()))
            value = *decoded;
        else
            m_ok = false;
    }
    void operator()(const char *, QDateTime &value) { value = isNull() ? QDateTime() : dateTimeFromText(text()); }
    void operator()(const char *, std::optional<QDateTime> &value)
    {
        if (isNull())
            value.reset();
        else
            value = dateTimeFromText(text());
    }
    template<typename D, typename M>
    void operator()(const char *, PreciseTime<D, M> value)
    {
        value.micros = 0;
        if (isNull()) {
            value.time = D();
            return;
        }
        int micros = 0;
        value.time = dateTimeFromText(text(), &micros);
        value.micros = micros;
    }
    void operator()(const char *, std::optional<QDate> &value)
    {
        if (isNull())
            value.reset();
        else
            value = QDate::fromString(text(), dateFormat);
    }
    void operator()(const char *, Metadata &value)
    {
        bool decoded = true;
        value = metadataFromJson(text(), &decoded);
        m_ok = m_ok && decoded;
    }
    template<ValueGroup G>
    void operator()(const char *, std::optional<G> &value)
    {
        const bool present = next().toInt() != 0;
        G group;
        groupFields(*this, group);
        if (present)
            value = group;
        else
            value.reset();
    }

private:
    bool isNull()
    {
        if (m_query.isNull(m_column)) {
            ++m_column;
            return true;
        }
        return false;
    }
    QVariant next() { return m_query.value(m_column++); }
    QString text() { return next().toString(); }

    const QSqlQuery &m_query;
    int m_column;
    bool m_ok = true;
};

} // namespace kcc::storage::codec
