#include "model/privacy/verwerkingsactie.h"

#include <QRegularExpression>

namespace kcc {

QString vertrouwelijkheidCode(Vertrouwelijkheid vertrouwelijkheid)
{
    switch (vertrouwelijkheid) {
    case Vertrouwelijkheid::Normaal:
        return QStringLiteral("normaal");
    case Vertrouwelijkheid::Vertrouwelijk:
        return QStringLiteral("vertrouwelijk");
    case Vertrouwelijkheid::Opgeheven:
        return QStringLiteral("opgeheven");
    }
    return QStringLiteral("normaal");
}

std::optional<Vertrouwelijkheid> vertrouwelijkheidFromCode(const QString &code)
{
    for (Vertrouwelijkheid v :
         {Vertrouwelijkheid::Normaal, Vertrouwelijkheid::Vertrouwelijk, Vertrouwelijkheid::Opgeheven}) {
        if (vertrouwelijkheidCode(v) == code)
            return v;
    }
    return std::nullopt;
}

namespace {

const QRegularExpression &durationPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    return pattern;
}

} // namespace

bool Bewaartermijn::isValid(const QString &duration)
{
    // "P" and "P1YT" match the pattern but say nothing.
    const QRegularExpressionMatch match = durationPattern().match(duration);
    return match.hasMatch() && duration != QLatin1String("P") && !duration.endsWith(QLatin1Char('T'));
}

QDateTime Bewaartermijn::einde(const QDateTime &from, const QString &duration)
{
    if (!isValid(duration) || !from.isValid())
        return {};
    const QRegularExpressionMatch match = durationPattern().match(duration);
    auto part = [&match](int index) { return match.captured(index).toInt(); };
    return from.addYears(part(1))
        .addMonths(part(2))
        .addDays(qint64(part(3)) * 7 + part(4))
        .addSecs(qint64(part(5)) * 3600 + qint64(part(6)) * 60 + part(7));
}

} // namespace kcc
