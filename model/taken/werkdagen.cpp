#include "model/taken/werkdagen.h"

namespace kcc::Werkdagen {

QDate paaszondag(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool isFeestdag(const QDate &date)
{
    if (!date.isValid())
        return false;
    const int month = date.month();
    const int day = date.day();
    if ((month == 1 && day == 1) || (month == 5 && day == 5) || (month == 12 && (day == 25 || day == 26)))
        return true;
    if (month == 4) {
        // Koningsdag moves to Saturday the 26th when the 27th is a Sunday.
        const QDate koningsdag(date.year(), 4, 27);
        const QDate gevierd = koningsdag.dayOfWeek() == Qt::Sunday ? koningsdag.addDays(-1) : koningsdag;
        if (date == gevierd)
            return true;
    }
    const QDate pasen = paaszondag(date.year());
    const qint64 offset = pasen.daysTo(date);
    return offset == 1 || offset == 39 || offset == 50; // Tweede Paasdag, Hemelvaart, Tweede Pinksterdag
}

bool isWerkdag(const QDate &date)
{
    return date.isValid() && date.dayOfWeek() <= Qt::Friday && !isFeestdag(date);
}

QDate werkdagenTerug(const QDate &date, int werkdagen)
{
    QDate day = date;
    for (int counted = 0; counted < werkdagen;) {
        day = day.addDays(-1);
        if (isWerkdag(day))
            ++counted;
    }
    return day;
}

QDateTime teLaatGrens(const QDateTime &now, int werkdagen, const QTimeZone &zone)
{
    const QDateTime local = now.toTimeZone(zone);
    const QDate day = werkdagenTerug(local.date(), qMax(0, werkdagen));
    return QDateTime(day, local.time(), zone).toUTC();
}

} // namespace kcc::Werkdagen
