#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// Working days for the norms of interne taken ("terugbellen within 2 working days"). A working day
// is Monday to Friday except the Dutch public holidays that municipalities close on: Nieuwjaarsdag,
// Tweede Paasdag, Koningsdag (26 April when the 27th is a Sunday), Bevrijdingsdag (5 May, every
// year as in the CAO Gemeenten), Hemelvaartsdag, Tweede Pinksterdag, and both Christmas days.
// Goede Vrijdag is not a day off for most municipalities and counts as a working day.

namespace kcc::Werkdagen {

// Easter Sunday (Gregorian calendar, the anonymous algorithm of Meeus/Jones/Butcher).
QDate paaszondag(int year);
bool isFeestdag(const QDate &date);
bool isWerkdag(const QDate &date);

// The date `werkdagen` working days before `date` (step back day by day, counting working days).
QDate werkdagenTerug(const QDate &date, int werkdagen);

// The moment before which a task assigned is overdue at `now` for a norm of `werkdagen` working
// days: the same local time of day, `werkdagen` working days earlier, in `zone`. Returned in UTC.
// A norm of 0 makes every open task overdue at once (the cut-off is `now`).
QDateTime teLaatGrens(const QDateTime &now, int werkdagen, const QTimeZone &zone);

} // namespace kcc::Werkdagen
