// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Workdeck::Sandbox::Seeded {

// splitmix64: a cheap, well-spread hash, so that any detail of the simulation (a log line, a
// metric wiggle) can be computed from (seed, what, index) on demand instead of being stored.
constexpr quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr quint64 mix(quint64 a, quint64 b)
{
    return mix(a ^ mix(b));
}

// A tiny deterministic generator (splitmix64 stepping): cheap to make one per workload, unlike
// QRandomGenerator's Mersenne twister, which matters with 10,000 workloads.
class Generator
{
public:
    explicit constexpr Generator(quint64 seed)
        : m_state(seed)
    {}
    constexpr quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix(m_state);
    }
    // In [0, bound).
    constexpr int bounded(int bound) { return bound <= 0 ? 0 : int(next() % quint64(bound)); }
    // In [0, 1).
    constexpr double generateDouble() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    quint64 m_state;
};

} // namespace Workdeck::Sandbox::Seeded
