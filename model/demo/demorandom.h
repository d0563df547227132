#pragma once

#include <QtGlobal>
#include <QUuid>

#include <array>
#include <cstddef>
#include <span>

namespace kcc::demo {

// A small, fully specified PRNG (xoshiro256**, seeded through splitmix64) for demo data. The
// std:: engines are specified but their distributions are not, so the same seed would give
// different data with another standard library; everything here is integer arithmetic that
// every platform computes alike. Not for anything secret.
class DemoRandom
{
public:
    // `stream` separates independent sequences from one seed (actors, partijen, klantcontacten),
    // so that changing the number of klantcontacten does not change the partijen.
    explicit DemoRandom(quint64 seed, quint64 stream = 0);

    quint64 next();
    // Uniform in [0, bound) for bound >= 1, without modulo bias.
    quint64 below(quint64 bound);
    // Uniform in [low, high], inclusive.
    qint64 between(qint64 low, qint64 high);
    // True with probability permille / 1000.
    bool chance(int permille);
    // A version-4 (random) uuid built from the generator, so it is reproducible.
    QUuid uuid();

    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[below(N)];
    }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(N)];
    }
    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[below(items.size())];
    }

private:
    std::array<quint64, 4> m_state;
};

} // namespace kcc::demo
