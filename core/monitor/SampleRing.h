#pragma once

#include "MonitorTypes.h"

#include <QList>

// A bounded store of samples: a two-hour build must not grow memory without bound. When full,
// the older half is merged pairwise (peaks kept, CPU averaged, counters take the later value), so
// the whole build stays visible at a coarser resolution and the recent part stays exact.
class SampleRing {
public:
    explicit SampleRing(int capacity = 4096);

    void add(const MonitorSample &sample);
    void clear();
    int size() const { return int(m_samples.size()); }
    int capacity() const { return m_capacity; }
    const QList<MonitorSample> &samples() const { return m_samples; }
    qint64 totalAdded() const { return m_totalAdded; }

private:
    void mergeOlderHalf();

    int m_capacity;
    QList<MonitorSample> m_samples;
    qint64 m_totalAdded = 0;
};
