#pragma once

#include "export/ReportExport.h"

#include <QWizardPage>

#include <functional>

class DoctorWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

// "Report": what the report will hold (counts, language, the diagram and the build charts when a
// build was watched), a privacy switch, the paper size, and one button per format. Each export
// asks where to write (the folder is remembered), writes the file and says where it went, with a
// button that opens it.
class ReportPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)
public:
    // Asks where to write a report; empty when the user cancels. The default is a save dialog.
    using FileChooser = std::function<QString(ReportExport::Format format, const QString &suggested)>;

    explicit ReportPage(DoctorWizard *wizard);

    void initializePage() override;

    // Tests answer the file question themselves instead of a dialog.
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    // Writes the report to `file` (its extension names the format); false with the reason shown
    // when it cannot.
    bool exportTo(const QString &file);
    QString lastFile() const { return m_lastFile; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void exportAs(ReportExport::Format format);
    QString askForFile(ReportExport::Format format, const QString &suggested);
    ReportExport::Options options() const;

    DoctorWizard *m_wizard;
    FileChooser m_chooser;
    QLabel *m_intro;
    QLabel *m_summary;
    QCheckBox *m_privacy;
    QLabel *m_paperLabel;
    QComboBox *m_paper;
    QPushButton *m_pdf;
    QPushButton *m_html;
    QPushButton *m_json;
    QLabel *m_status;
    QPushButton *m_open;
    QString m_lastFile;
};
