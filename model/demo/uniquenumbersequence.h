#pragma once

#include <QString>
#include <QtGlobal>

namespace kcc::demo {

class DemoRandom;

// Distinct, random-looking numbers of a fixed width without remembering the ones handed out:
// counter k maps to (a * k + b) mod 10^digits, which is a bijection when a is coprime with 10.
// A fixed prefix is put in front (e.g. "9" for demo BSNs). Used for BSN, RSIN, KvK and
// vestigingsnummers, which must be unique across a million partijen.
class UniqueNumberSequence
{
public:
    UniqueNumberSequence(DemoRandom &random, QString prefix, int digits);

    // The next number as prefix + zero-padded digits. Asserts when the range is exhausted.
    QString next();
    // The next number that passes the 11-proef after a check digit is appended: the result has
    // prefix + digits + 1 characters (9 for a BSN or RSIN with a 1-character prefix and 7 digits).
    QString nextElfproef();

private:
    quint64 nextValue();

    QString m_prefix;
    int m_digits;
    quint64 m_modulus;
    quint64 m_multiplier;
    quint64 m_offset;
    quint64 m_counter = 0;
};

} // namespace kcc::demo
