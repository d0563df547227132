#include "model/demo/demorandom.h"

namespace kcc::demo {
namespace {

quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed, quint64 stream)
{
    // Mix the stream number in through splitmix64 so that neighbouring streams are unrelated.
    quint64 state = seed ^ (stream * 0xD1B54A32D192ED03ULL);
    for (quint64 &word : m_state)
        word = splitmix64(state);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint64 DemoRandom::below(quint64 bound)
{
    Q_ASSERT(bound > 0);
    // Reject the top partial block so that every residue is equally likely.
    const quint64 threshold = (0 - bound) % bound;
    for (;;) {
        const quint64 r = next();
        if (r >= threshold)
            return r % bound;
    }
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    Q_ASSERT(low <= high);
    return low + qint64(below(quint64(high - low) + 1));
}

bool DemoRandom::chance(int permille)
{
    return below(1000) < quint64(permille);
}

QUuid DemoRandom::uuid()
{
    const quint64 a = next();
    const quint64 b = next();
    // RFC 4122 layout: version 4 in the high nibble of time_hi, variant 10xx in clock_seq_hi.
    const uint l = uint(a >> 32);
    const ushort w1 = ushort(a >> 16);
    const ushort w2 = ushort((a & 0x0FFF) | 0x4000);
    const uchar b1 = uchar(((b >> 56) & 0x3F) | 0x80);
    return QUuid(l, w1, w2, b1, uchar(b >> 48), uchar(b >> 40), uchar(b >> 32), uchar(b >> 24), uchar(b >> 16),
                 uchar(b >> 8), uchar(b));
}

} // namespace kcc::demo
