#pragma once

#include "Report.h"

#include <QRegularExpression>
#include <QString>

// What a report handed to someone else may say about who and where. Off by default; when on
// ("privacy" in the Report page, --privacy) the scanned user's home folder becomes "~", their
// name "user" and the host name "host", in every string of the report. Pure: the identities
// come from the report itself (its Facts and host), never from this machine.
class Privacy {
public:
    Privacy() = default; // hides nothing
    explicit Privacy(const Report &report);

    bool hides() const { return m_on; }
    QString text(const QString &s) const;

    // The report as it may be shown: every string redacted (Redact::text, as the JSON does) and,
    // when on, with the identities hidden. Results, host, source and the PATH story; the Facts
    // are kept as they are (the report document filters the values it takes from them).
    Report apply(const Report &report) const;

private:
    bool m_on = false;
    QRegularExpression m_home; // the home folder as a whole path component
    QRegularExpression m_user; // the user name as a whole word
    QRegularExpression m_host; // the host name as a whole word
};
