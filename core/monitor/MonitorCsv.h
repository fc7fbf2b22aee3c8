#pragma once

#include "MonitorTypes.h"

#include <QList>
#include <QString>

// Samples as CSV (one header line, one line per sample, "." decimal point, empty for unknown),
// for spreadsheets and for attaching to a bug report.
namespace MonitorCsv {
QString header();
QString line(const MonitorSample &sample);
bool write(const QString &file, const QList<MonitorSample> &samples, QString *error);
} // namespace MonitorCsv
