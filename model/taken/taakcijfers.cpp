#include "model/taken/taakcijfers.h"

#include <QHash>

#include <algorithm>

namespace kcc {

std::optional<double> TaakCijfers::mediaan(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}

QList<DagCijfers> TaakCijfers::perDag(const QDate &van, const QDate &tot, const QTimeZone &zone,
                                      const QList<ContactenInUur> &contacten, const QList<Taak> &taken)
{
    QList<DagCijfers> dagen;
    if (!van.isValid() || !tot.isValid() || tot < van)
        return dagen;
    for (QDate dag = van; dag <= tot; dag = dag.addDays(1)) {
        DagCijfers cijfers;
        cijfers.dag = dag;
        dagen.append(cijfers);
    }
    auto slot = [&](const QDateTime &moment) -> DagCijfers * {
        if (!moment.isValid())
            return nullptr;
        const QDate local = moment.toTimeZone(zone).date();
        if (local < van || local > tot)
            return nullptr;
        return &dagen[van.daysTo(local)];
    };

    for (const ContactenInUur &uur : contacten) {
        if (DagCijfers *dag = slot(uur.uur))
            dag->klantcontactenPerKanaal[uur.kanaal] += uur.aantal;
    }
    QHash<qint64, QList<double>> doorlooptijden; // index of the day -> hours
    for (const Taak &taak : taken) {
        if (DagCijfers *dag = slot(taak.toegewezenOp)) {
            for (const QString &afdeling : taak.afdelingen)
                dag->takenAangemaaktPerAfdeling[afdeling] += 1;
        }
        if (!taak.afgehandeldOp)
            continue;
        if (DagCijfers *dag = slot(*taak.afgehandeldOp)) {
            for (const QString &afdeling : taak.afdelingen)
                dag->takenAfgehandeldPerAfdeling[afdeling] += 1;
            if (taak.toegewezenOp.isValid())
                doorlooptijden[van.daysTo(dag->dag)].append(taak.toegewezenOp.msecsTo(*taak.afgehandeldOp) /
                                                            3'600'000.0);
        }
    }
    for (auto it = doorlooptijden.cbegin(); it != doorlooptijden.cend(); ++it)
        dagen[it.key()].medianeDoorlooptijdUren = mediaan(it.value());
    return dagen;
}

QString TaakCijfers::csv(const QList<DagCijfers> &dagen)
{
    // For Dutch Excel: semicolons and a decimal comma. Column names are data for a spreadsheet,
    // kept stable (not translated).
    auto field = [](QString text) -> QString {
        // A leading = + - @ (or tab, CR) makes a spreadsheet run the cell as a formula: keep it text.
        static const QString formulaStart = QStringLiteral("=+-@\t\r");
        if (!text.isEmpty() && formulaStart.contains(text.front()))
            text.prepend(QLatin1Char('\''));
        // A separator, quote or line break (LF or a lone CR, which spreadsheets also end a row on)
        // inside a cell: quote the cell.
        static const QString needsQuotes = QStringLiteral(";\"\n\r");
        if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return needsQuotes.contains(c); }))
            return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        return text;
    };
    QString out = QStringLiteral("dag;soort;naam;aantal\n");
    for (const DagCijfers &dag : dagen) {
        const QString datum = dag.dag.toString(Qt::ISODate);
        for (auto it = dag.klantcontactenPerKanaal.cbegin(); it != dag.klantcontactenPerKanaal.cend(); ++it)
            out += datum + QLatin1String(";klantcontacten;") + field(it.key()) + QLatin1Char(';') +
                   QString::number(it.value()) + QLatin1Char('\n');
        for (auto it = dag.takenAangemaaktPerAfdeling.cbegin(); it != dag.takenAangemaaktPerAfdeling.cend(); ++it)
            out += datum + QLatin1String(";taken_aangemaakt;") + field(it.key()) + QLatin1Char(';') +
                   QString::number(it.value()) + QLatin1Char('\n');
        for (auto it = dag.takenAfgehandeldPerAfdeling.cbegin(); it != dag.takenAfgehandeldPerAfdeling.cend(); ++it)
            out += datum + QLatin1String(";taken_afgehandeld;") + field(it.key()) + QLatin1Char(';') +
                   QString::number(it.value()) + QLatin1Char('\n');
        if (dag.medianeDoorlooptijdUren)
            out += datum + QLatin1String(";mediane_doorlooptijd_uren;;") +
                   QString::number(*dag.medianeDoorlooptijdUren, 'f', 2).replace(QLatin1Char('.'), QLatin1Char(',')) +
                   QLatin1Char('\n');
    }
    return out;
}

} // namespace kcc
