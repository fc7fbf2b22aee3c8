#include "FileViewer.h"

#include "system/SystemView.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QUrl>
#include <QVBoxLayout>

FileViewer::FileViewer(std::shared_ptr<const SystemView> system, const QString &path, int line, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("fileViewer"));
    setWindowTitle(line > 0 ? tr("%1, line %2").arg(path).arg(line) : path);
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("fileViewerText"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setAccessibleName(tr("Contents of %1").arg(path));
    auto *where = new QLabel(this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    constexpr qint64 kMaxBytes = 1024 * 1024;
    const FileInfo info = system->stat(path);
    const std::optional<QByteArray> bytes = system->readFile(path, kMaxBytes);
    if (bytes && bytes->left(8192).contains('\0')) {
        // A program, not text: saying so is more useful than a screen of mojibake.
        where->setText(tr("%1 is a program (a binary file), not text.").arg(path));
        text->setVisible(false);
    } else if (!bytes) {
        where->setText(info.isDir ? tr("%1 is a folder.").arg(path)
                                  : tr("%1 cannot be read (it does not exist, or is not a regular file).").arg(path));
    } else {
        where->setText(system->isSnapshot() ? tr("From the snapshot: %1").arg(path) : path);
        // Line numbers in a gutter of fixed width, so copied lines keep their number.
        const QStringList lines = QString::fromUtf8(*bytes).split(QLatin1Char('\n'));
        const int width = int(QString::number(lines.size()).size());
        QStringList numbered;
        for (int i = 0; i < lines.size(); ++i)
            numbered << QStringLiteral("%1 │ %2").arg(i + 1, width).arg(lines.at(i));
        text->setPlainText(numbered.join(QLatin1Char('\n')));
        if (line > 0 && line <= lines.size()) {
            QTextCursor cursor(text->document()->findBlockByNumber(line - 1));
            QTextEdit::ExtraSelection highlight;
            highlight.cursor = cursor;
            highlight.cursor.clearSelection();
            highlight.format.setBackground(palette().highlight());
            highlight.format.setForeground(palette().highlightedText());
            highlight.format.setProperty(QTextFormat::FullWidthSelection, true);
            text->setExtraSelections({highlight});
            text->setTextCursor(cursor);
            text->centerCursor();
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    if (!system->isSnapshot() && bytes) {
        // On this computer the user may want their own editor; a snapshot's files stay inside.
        QPushButton *open = buttons->addButton(tr("Open in &editor"), QDialogButtonBox::ActionRole);
        connect(open, &QPushButton::clicked, this, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}
