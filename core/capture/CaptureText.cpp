#include "CaptureText.h"

#include <QLocale>

QString CaptureText::kindText(const CapturedEntry &entry)
{
    switch (entry.kind) {
    case CapturedEntry::Kind::Folder: return tr("folder");
    case CapturedEntry::Kind::Link: return tr("link");
    case CapturedEntry::Kind::File: break;
    }
    return entry.executable ? tr("program") : tr("file");
}

QString CaptureText::noteText(const CapturedEntry &entry)
{
    QStringList notes;
    if (entry.kind == CapturedEntry::Kind::Link)
        notes << tr("→ %1").arg(entry.linkTarget);
    if (entry.kind == CapturedEntry::Kind::File)
        notes << QLocale().formattedDataSize(entry.content.size(), 1, QLocale::DataSizeIecFormat);
    if (entry.truncated)
        notes << tr("first 64 KiB of %1")
                     .arg(QLocale().formattedDataSize(entry.sizeOnDisk, 1, QLocale::DataSizeIecFormat));
    if (entry.redacted)
        notes << tr("secrets redacted");
    if (entry.unreadable)
        notes << tr("not readable, stored empty");
    return notes.join(tr(", ", "between the notes of one entry"));
}

QString CaptureText::entryLine(const CapturedEntry &entry)
{
    return QStringLiteral("%1  [%2]  %3").arg(entry.path, kindText(entry), noteText(entry)).trimmed();
}

QString CaptureText::summary(const CapturePlan &plan, const QString &file)
{
    int files = 0, links = 0, folders = 0;
    for (const CapturedEntry &e : plan.entries) {
        switch (e.kind) {
        case CapturedEntry::Kind::File: ++files; break;
        case CapturedEntry::Kind::Link: ++links; break;
        case CapturedEntry::Kind::Folder: ++folders; break;
        }
    }
    QString text = tr("Snapshot written to %1: %2 files, %3 links, %4 folders, %5 commands (%6).")
                       .arg(file)
                       .arg(files)
                       .arg(links)
                       .arg(folders)
                       .arg(plan.commands.size())
                       .arg(QLocale().formattedDataSize(plan.contentBytes(), 1, QLocale::DataSizeIecFormat));
    if (!plan.withheld.isEmpty())
        text +=
            QLatin1Char('\n') + tr("Never captured (credentials): %1").arg(plan.withheld.join(QStringLiteral(", ")));
    return text;
}
