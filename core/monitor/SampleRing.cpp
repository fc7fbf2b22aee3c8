#include "SampleRing.h"

#include <QtGlobal>

namespace {
// Two adjacent samples become one: memory keeps its peak (a chart of a merged stretch must still
// show the highest point), CPU rates are averaged by how many raw samples each stands for, and
// counters and limits take the later value (they only grow, or they are the latest setting).
MonitorSample mergePair(const MonitorSample &a, const MonitorSample &b)
{
    MonitorSample m = b;
    const double wa = qMax(a.merged, 1);
    const double wb = qMax(b.merged, 1);
    const auto average = [&](double x, double y) {
        if (x < 0)
            return y;
        if (y < 0)
            return x;
        return (x * wa + y * wb) / (wa + wb);
    };
    m.processCount = qMax(a.processCount, b.processCount);
    m.treeRssBytes = qMax(a.treeRssBytes, b.treeRssBytes);
    m.cgroupMemoryBytes = qMax(a.cgroupMemoryBytes, b.cgroupMemoryBytes);
    m.memoryPressure = qMax(a.memoryPressure, b.memoryPressure);
    m.treeCpuCores = average(a.treeCpuCores, b.treeCpuCores);
    m.cgroupCpuCores = average(a.cgroupCpuCores, b.cgroupCpuCores);
    m.merged = a.merged + b.merged;
    return m;
}
} // namespace

SampleRing::SampleRing(int capacity) : m_capacity(qMax(capacity, 4)) // below 4 the "older half" would merge nothing
{
    m_samples.reserve(m_capacity); // one buffer for the whole run: merging never reallocates
}

void SampleRing::add(const MonitorSample &sample)
{
    if (m_samples.size() >= m_capacity)
        mergeOlderHalf();
    m_samples.append(sample);
    ++m_totalAdded;
}

void SampleRing::clear()
{
    m_samples.clear();
    m_totalAdded = 0;
}

void SampleRing::mergeOlderHalf()
{
    // The older half (an even count) shrinks to a quarter; the newer half stays exact. Done in
    // place: a new buffer per merge would make the allocator hand out and take back half a MiB
    // every few minutes, which shows as memory that creeps up on a long run.
    const int older = (int(m_samples.size()) / 2) & ~1;
    int write = 0;
    for (int i = 0; i + 1 < older; i += 2)
        m_samples[write++] = mergePair(m_samples.at(i), m_samples.at(i + 1));
    for (int i = older; i < m_samples.size(); ++i)
        m_samples[write++] = m_samples.at(i);
    m_samples.resize(write);
}
