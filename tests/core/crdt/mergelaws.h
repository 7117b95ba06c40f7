#pragma once

#include <QRandomGenerator>
#include <QTest>

#include <vector>

// The laws that let merge states travel in any order, any number of times, checked on random
// triples of states a history produced: commutative, associative, idempotent.
template<typename T> T merged(T a, const T &b)
{
    a.merge(b);
    return a;
}

template<typename T> void checkMergeLaws(const std::vector<T> &states, quint32 seed)
{
    QVERIFY(states.size() > 10);
    QRandomGenerator random(seed);
    for (int i = 0; i < 300; ++i) {
        const T &x = states[random.bounded(quint32(states.size()))];
        const T &y = states[random.bounded(quint32(states.size()))];
        const T &z = states[random.bounded(quint32(states.size()))];
        QCOMPARE(merged(x, y), merged(y, x));
        QCOMPARE(merged(merged(x, y), z), merged(x, merged(y, z)));
        QCOMPARE(merged(x, x), x);
        QCOMPARE(merged(merged(x, y), y), merged(x, y));
    }
}
