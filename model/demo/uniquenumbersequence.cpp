#include "model/demo/uniquenumbersequence.h"

#include "model/demo/demorandom.h"

namespace kcc::demo {

UniqueNumberSequence::UniqueNumberSequence(DemoRandom &random, QString prefix, int digits)
    : m_prefix(std::move(prefix))
    , m_digits(digits)
{
    Q_ASSERT(digits >= 1 && digits <= 12);
    m_modulus = 1;
    for (int i = 0; i < digits; ++i)
        m_modulus *= 10;
    // Coprime with 10 (odd, not a multiple of 5) and small enough that a * k never overflows
    // 64 bits for k < 10^10.
    m_multiplier = 1 + 2 * random.below(40'000'000);
    if (m_multiplier % 5 == 0)
        m_multiplier += 2;
    m_multiplier %= m_modulus;
    if (m_multiplier == 0 || m_multiplier % 2 == 0 || m_multiplier % 5 == 0)
        m_multiplier = 1;
    m_offset = random.below(m_modulus);
}

quint64 UniqueNumberSequence::nextValue()
{
    Q_ASSERT_X(m_counter < m_modulus, "UniqueNumberSequence", "range exhausted");
    const quint64 value = (m_multiplier * m_counter + m_offset) % m_modulus;
    ++m_counter;
    return value;
}

QString UniqueNumberSequence::next()
{
    return m_prefix + QStringLiteral("%1").arg(nextValue(), m_digits, 10, QLatin1Char('0'));
}

QString UniqueNumberSequence::nextElfproef()
{
    for (;;) {
        const QString body = next();
        Q_ASSERT(body.size() == 8);
        // Weights 9..2 for the first eight digits; the check digit has weight -1, so it must
        // equal the sum modulo 11, which is only possible when that is below 10.
        int sum = 0;
        for (int i = 0; i < 8; ++i)
            sum += (body.at(i).unicode() - u'0') * (9 - i);
        const int check = sum % 11;
        if (check == 10)
            continue;
        const QString number = body + QChar(u'0' + check);
        if (number == QLatin1String("000000000"))
            continue;
        return number;
    }
}

} // namespace kcc::demo
