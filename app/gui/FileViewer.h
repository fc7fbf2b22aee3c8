#pragma once

#include <QDialog>

#include <memory>

class SystemView;

// Shows a file named in the evidence, read through the SystemView (so a snapshot's file is read
// inside its root/, never through its links on this machine), with line numbers, scrolled to and
// highlighting the line the evidence names. Read-only: the doctor changes nothing.
class FileViewer final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileViewer)
public:
    FileViewer(std::shared_ptr<const SystemView> system, const QString &path, int line, QWidget *parent = nullptr);
};
