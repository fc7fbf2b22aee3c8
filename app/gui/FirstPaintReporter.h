#pragma once

#include <QObject>

// For bench/startup.sh: when GED_BENCH_FIRST_PAINT=1, prints "first-paint-ms=X rss-kb=Y" once
// the watched widget has painted, measured from the process's start (so loading counts), and
// quits.
class FirstPaintReporter final : public QObject {
    Q_OBJECT
public:
    explicit FirstPaintReporter(QObject *watched);
    static bool requested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_reported = false;
};
