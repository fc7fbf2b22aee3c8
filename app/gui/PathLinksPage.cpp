#include "PathLinksPage.h"

#include "DoctorWizard.h"
#include "FileViewer.h"
#include "PathDiagram.h"
#include "SeverityStyle.h"
#include "report/FindingsModel.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <functional>

namespace {
enum EntryColumn { NumberColumn, FolderColumn, GoColumn, NotesColumn, OriginColumn, EntryColumnCount };

// A heading over a view, bold, whose mnemonic moves the focus to the view.
QLabel *heading(QWidget *parent, QWidget *buddy)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setBuddy(buddy);
    return label;
}

QWidget *box(QWidget *parent, QLayout *header, QWidget *view, QWidget *footer = nullptr)
{
    auto *w = new QWidget(parent);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(view, 1);
    if (footer)
        layout->addWidget(footer);
    return w;
}

// What a column needs for its texts and its header.
int contentWidth(QTreeWidget *view, int column)
{
    view->resizeColumnToContents(column);
    return view->columnWidth(column);
}

QColor tint(bool dark)
{
    // A warm tint under differing cells; the "≠" mark says it in words too.
    QColor c = dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe0, 0x8a, 0x00);
    c.setAlphaF(dark ? 0.22f : 0.16f);
    return c;
}
} // namespace

PathLinksPage::PathLinksPage(DoctorWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_entries(new QTreeWidget(this)),
      m_environments(new QTreeWidget(this)),
      m_legend(new QLabel(this)),
      m_diagramHint(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_diagram(new PathDiagram(this)),
      m_save(new QPushButton(this)),
      m_saved(new QLabel(this)),
      m_rows(new QSplitter(Qt::Vertical, this)),
      m_columns(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("pathLinksPage"));
    setFinalPage(true);
    m_entries->setObjectName(QStringLiteral("pathEntriesView"));
    m_environments->setObjectName(QStringLiteral("environmentsView"));
    m_save->setObjectName(QStringLiteral("saveDiagramButton"));
    m_saved->setObjectName(QStringLiteral("saveDiagramStatus"));
    m_scroll->setObjectName(QStringLiteral("pathDiagramScroll"));
    m_entriesLabel = heading(this, m_entries);
    m_environmentsLabel = heading(this, m_environments);
    m_diagramLabel = heading(this, m_diagram);

    m_entries->setColumnCount(EntryColumnCount);
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setAllColumnsShowFocus(true);
    m_entries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entries->setIconSize(QSize(16, 16));
    m_entries->header()->setStretchLastSection(true);
    m_entries->header()->setSectionResizeMode(QHeaderView::Interactive);

    m_environments->setRootIsDecorated(true);
    m_environments->setAllColumnsShowFocus(true);
    m_environments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_environments->header()->setStretchLastSection(true);
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);

    m_scroll->setWidget(m_diagram);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus); // the diagram takes the focus and scrolls to its row
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_saved->setForegroundRole(QPalette::PlaceholderText);
    m_diagramHint->setForegroundRole(QPalette::PlaceholderText);
    m_diagramHint->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *entriesHeader = new QHBoxLayout;
    entriesHeader->addWidget(m_entriesLabel);
    entriesHeader->addStretch(1);
    auto *environmentsHeader = new QHBoxLayout;
    environmentsHeader->addWidget(m_environmentsLabel);
    environmentsHeader->addStretch(1);
    auto *diagramHeader = new QHBoxLayout;
    diagramHeader->addWidget(m_diagramLabel);
    diagramHeader->addSpacing(12);
    diagramHeader->addWidget(m_diagramHint, 1);
    diagramHeader->addWidget(m_saved);
    diagramHeader->addWidget(m_save);

    m_columns->addWidget(box(m_columns, entriesHeader, m_entries));
    m_columns->addWidget(box(m_columns, environmentsHeader, m_environments, m_legend));
    m_columns->setStretchFactor(0, 3);
    m_columns->setStretchFactor(1, 2);
    m_columns->setChildrenCollapsible(false);
    m_rows->addWidget(m_columns);
    m_rows->addWidget(box(m_rows, diagramHeader, m_scroll));
    m_rows->setStretchFactor(0, 1);
    m_rows->setStretchFactor(1, 1);
    m_rows->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rows, 1);

    setTabOrder(m_entries, m_environments);
    setTabOrder(m_environments, m_diagram);
    setTabOrder(m_diagram, m_save);

    m_entries->viewport()->installEventFilter(this);
    m_environments->viewport()->installEventFilter(this);
    connect(m_entries, &QTreeWidget::currentItemChanged, this, &PathLinksPage::entryChanged);
    connect(m_entries, &QTreeWidget::itemActivated, this, &PathLinksPage::openOrigin);
    connect(m_diagram, &PathDiagram::currentGoChanged, this, &PathLinksPage::showGo);
    for (QSplitter *splitter : {m_rows, m_columns})
        connect(splitter, &QSplitter::splitterMoved, this, [this] { m_splittersMoved = true; });
    connect(m_save, &QPushButton::clicked, this, &PathLinksPage::saveDiagram);
    retranslate();
}

void PathLinksPage::initializePage()
{
    m_story = m_wizard->findings()->report().path;
    m_saved->clear();
    populate();
    // Once the page has its size: share it out, unless the user moved a splitter.
    QTimer::singleShot(0, this, &PathLinksPage::shareSpace);
    // Start on the folder whose go runs.
    for (int i = 0; i < m_entries->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_entries->topLevelItem(i);
        const int go = item->data(NumberColumn, GoRole).toInt();
        if (go >= 0 && go == m_story.active) {
            m_entries->setCurrentItem(item);
            m_entries->scrollToItem(item);
            break;
        }
    }
    m_entries->setFocus();
}

// PATH and the environments, side by side, get the height their rows need; the diagram the rest,
// and at least what its rows need (between a quarter and three fifths of the height).
void PathLinksPage::shareSpace()
{
    if (m_splittersMoved || !isVisible())
        return;
    auto listNeed = [](QTreeWidget *view) {
        int rows = 0;
        for (QTreeWidgetItemIterator it(view); *it; ++it) {
            if (!(*it)->parent() || (*it)->parent()->isExpanded())
                ++rows;
        }
        const QTreeWidgetItem *first = view->topLevelItemCount() > 0 ? view->topLevelItem(0) : nullptr;
        const int row = first ? qMax(view->visualItemRect(first).height(), view->fontMetrics().height()) : 0;
        return view->header()->sizeHint().height() + rows * row + 2 * view->frameWidth() +
               (view->horizontalScrollBar()->isVisible() ? view->horizontalScrollBar()->height() : 0);
    };
    const int heading = m_entriesLabel->sizeHint().height() + 8;
    const int top = heading + qMax(listNeed(m_entries), listNeed(m_environments) + m_legend->sizeHint().height() + 4);
    const int total = m_rows->height() - m_rows->handleWidth();
    const int header = m_save->sizeHint().height() + 8;
    const int need = m_diagram->sizeHint().height() + header + 2 * m_scroll->frameWidth() + 4;
    const int diagram = qBound(total / 4, qMax(need, total - top), total * 3 / 5);
    m_rows->setSizes({total - diagram, diagram});
    const int wide = m_columns->width() - m_columns->handleWidth();
    m_columns->setSizes({wide * 11 / 20, wide - wide * 11 / 20});
}

void PathLinksPage::populate()
{
    const int current = m_entries->currentItem() ? m_entries->indexOfTopLevelItem(m_entries->currentItem()) : -1;
    m_diagram->setStory(m_story);
    fillEntries();
    fillEnvironments();
    if (current >= 0 && current < m_entries->topLevelItemCount())
        m_entries->setCurrentItem(m_entries->topLevelItem(current));
}

void PathLinksPage::fillEntries()
{
    const QSignalBlocker block(m_entries);
    m_entries->clear();
    for (const PathStory::Entry &e : m_story.entries) {
        auto *item = new QTreeWidgetItem(m_entries);
        item->setText(NumberColumn, QString::number(e.index + 1));
        item->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(NumberColumn, FolderRole, e.folder);
        item->setText(FolderColumn, e.folder.isEmpty() ? tr("(empty: the current folder)") : e.folder);
        item->setFont(FolderColumn, QFontDatabase::systemFont(QFontDatabase::FixedFont));

        int goIndex = -1;
        QStringList goTexts, goTips;
        for (int g : e.gos) {
            const PathStory::Go &go = m_story.gos.at(g);
            if (goIndex < 0 || go.active)
                goIndex = g;
            QStringList parts{PathDiagram::shortFate(go)};
            if (!go.version.isEmpty())
                parts << go.version;
            if (!PathDiagram::shortSource(go).isEmpty())
                parts << PathDiagram::shortSource(go);
            goTexts << parts.join(QStringLiteral(" · "));
            goTips << tr("%1: %2 (%3)").arg(go.path, PathDiagram::fateText(go), PathDiagram::sourceText(go));
        }
        item->setData(NumberColumn, GoRole, goIndex);
        if (goIndex >= 0) {
            const PathStory::Go &go = m_story.gos.at(goIndex);
            item->setIcon(GoColumn, PathDiagram::fateIcon(go));
            item->setText(GoColumn, goTexts.join(QStringLiteral("; ")));
            item->setToolTip(GoColumn, goTips.join(QLatin1Char('\n')));
            if (go.active) {
                // The one that runs: bold across the row, a tick, and the word "runs".
                for (int c = 0; c < EntryColumnCount; ++c) {
                    QFont f = item->font(c);
                    f.setBold(true);
                    item->setFont(c, f);
                }
            }
        }

        QStringList notes, noteTips;
        if (!e.exists) {
            notes << tr("missing");
            noteTips << tr("This folder does not exist: the shell skips it.");
        }
        if (e.duplicate) {
            notes << tr("repeated");
            noteTips << tr("This folder is already on PATH earlier: searching it again finds nothing new.");
        }
        item->setText(NotesColumn, notes.join(QStringLiteral(", ")));
        item->setToolTip(NotesColumn, noteTips.join(QLatin1Char('\n')));
        if (!notes.isEmpty())
            item->setIcon(NotesColumn, SeverityStyle::icon(Severity::Warning));

        if (!e.originFile.isEmpty()) {
            const QString where = QStringLiteral("%1:%2").arg(e.originFile).arg(e.originLine);
            item->setText(OriginColumn,
                          e.originText.isEmpty() ? where : QStringLiteral("%1  %2").arg(where, e.originText.trimmed()));
            item->setToolTip(OriginColumn,
                             tr("Added by line %1 of %2:\n%3\nPress Enter or double-click to open the file.")
                                 .arg(e.originLine)
                                 .arg(e.originFile, e.originText));
        } else {
            item->setToolTip(OriginColumn, tr("No start-up file the doctor reads adds this folder: it comes from the "
                                              "system's defaults or from the program that started this one."));
        }
        QStringList said{tr("Folder %1: %2").arg(e.index + 1).arg(item->text(FolderColumn))};
        for (int c : {GoColumn, NotesColumn, OriginColumn}) {
            if (!item->text(c).isEmpty())
                said << item->text(c);
        }
        item->setData(NumberColumn, Qt::AccessibleTextRole, said.join(QStringLiteral(", ")));
    }
    fitEntryColumns();
}

void PathLinksPage::fillEnvironments()
{
    const QSignalBlocker block(m_environments);
    m_environments->clear();
    const QList<PathStory::Environment> &envs = m_story.environments;
    QStringList headers{tr("What")};
    for (const PathStory::Environment &e : envs) {
        // Short headers ("The desktop session"); the whole name is in the tooltip.
        const QString name = e.name.section(QStringLiteral(" ("), 0, 0).section(QStringLiteral("（"), 0, 0);
        headers << (e.known ? name : tr("%1 (unknown)").arg(name));
    }
    m_environments->setColumnCount(int(headers.size()));
    m_environments->setHeaderLabels(headers);
    for (int i = 0; i < envs.size(); ++i) {
        const PathStory::Environment &e = envs.at(i);
        m_environments->headerItem()->setToolTip(i + 1, e.known ? e.name : tr("%1\nNot known: %2").arg(e.name, e.why));
    }

    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    const QColor differs = tint(dark);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    // Fills one comparison row: a value per environment ("?" when unknown), marks it "≠" when
    // the known ones disagree, and tints the cells that differ from the first known one.
    auto addRow = [&](QTreeWidgetItem *item, const QString &what, const QStringList &values, bool monoValues) {
        QString reference;
        bool haveReference = false, disagree = false;
        for (int i = 0; i < envs.size(); ++i) {
            if (!envs.at(i).known)
                continue;
            if (!haveReference) {
                reference = values.at(i);
                haveReference = true;
            } else if (values.at(i) != reference) {
                disagree = true;
            }
        }
        item->setText(0, disagree ? QStringLiteral("≠ ") + what : what);
        item->setData(0, DiffersRole, disagree);
        if (disagree)
            item->setToolTip(0, tr("Not the same in every environment"));
        for (int i = 0; i < envs.size(); ++i) {
            const PathStory::Environment &e = envs.at(i);
            if (!e.known) {
                item->setText(i + 1, QStringLiteral("?"));
                item->setToolTip(i + 1, tr("Not known: %1").arg(e.why));
                continue;
            }
            item->setText(i + 1, values.at(i));
            item->setToolTip(i + 1, values.at(i));
            if (monoValues)
                item->setFont(i + 1, mono);
            if (disagree && values.at(i) != reference) {
                item->setBackground(i + 1, differs);
                QFont f = item->font(i + 1);
                f.setBold(true);
                item->setFont(i + 1, f);
            }
        }
        QStringList said{item->text(0)};
        for (int i = 0; i < envs.size(); ++i)
            said << QStringLiteral("%1: %2").arg(envs.at(i).name, item->text(i + 1));
        item->setData(0, Qt::AccessibleTextRole, said.join(QStringLiteral("; ")));
    };

    // Which go each environment finds first, among the folders this scan looked into.
    {
        QStringList values;
        for (const PathStory::Environment &e : envs) {
            QString found;
            bool unseenBefore = false;
            for (const QString &folder : e.path) {
                bool looked = false;
                for (const PathStory::Entry &entry : m_story.entries) {
                    if (entry.folder != folder)
                        continue;
                    looked = true;
                    for (int g : entry.gos) {
                        if (found.isEmpty() && m_story.gos.at(g).status == QLatin1String("ok"))
                            found = m_story.gos.at(g).path;
                    }
                }
                if (!found.isEmpty())
                    break;
                if (!looked)
                    unseenBefore = true;
            }
            if (found.isEmpty())
                found = tr("no go");
            // "?": a folder only that environment has comes first and was not looked into.
            values << (unseenBefore ? found + QStringLiteral(" ?") : found);
        }
        auto *item = new QTreeWidgetItem(m_environments);
        addRow(item, tr("go that runs"), values, true);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        for (int i = 0; i < envs.size(); ++i) {
            if (!envs.at(i).known)
                item->setText(i + 1, tr("unknown: %1").arg(envs.at(i).why));
            else if (values.at(i).endsWith(QStringLiteral(" ?")))
                item->setToolTip(i + 1, tr("This environment has PATH folders this program does not have, and a go "
                                           "in one of them would come first."));
        }
    }

    // PATH, folder by folder: where each one is in each environment.
    {
        QStringList folders;
        for (const PathStory::Environment &e : envs) {
            for (const QString &folder : e.path) {
                if (!folders.contains(folder))
                    folders << folder;
            }
        }
        auto *path = new QTreeWidgetItem(m_environments);
        QStringList counts;
        for (const PathStory::Environment &e : envs)
            counts << (e.known ? tr("folders: %1").arg(e.path.size()) : QString());
        bool anyDiffers = false;
        for (const QString &folder : folders) {
            QStringList values;
            for (const PathStory::Environment &e : envs) {
                QStringList at;
                for (int i = 0; i < e.path.size(); ++i) {
                    if (e.path.at(i) == folder)
                        at << QStringLiteral("#%1").arg(i + 1);
                }
                values << (at.isEmpty() ? tr("not on PATH") : at.join(QStringLiteral(", ")));
            }
            auto *item = new QTreeWidgetItem(path);
            addRow(item, folder.isEmpty() ? tr("(empty: the current folder)") : folder, values, false);
            item->setFont(0, mono);
            anyDiffers = anyDiffers || item->data(0, DiffersRole).toBool();
        }
        addRow(path, tr("PATH"), counts, false);
        if (anyDiffers && !path->data(0, DiffersRole).toBool()) {
            path->setText(0, QStringLiteral("≠ ") + tr("PATH"));
            path->setData(0, DiffersRole, true);
        }
        QFont f = path->font(0);
        f.setBold(true);
        path->setFont(0, f);
        path->setExpanded(true);
    }

    // The Go variables each one has.
    {
        QStringList names;
        for (const PathStory::Environment &e : envs) {
            for (auto it = e.goVariables.cbegin(); it != e.goVariables.cend(); ++it) {
                if (!names.contains(it.key()))
                    names << it.key();
            }
        }
        names.sort();
        auto *vars = new QTreeWidgetItem(m_environments);
        bool anyDiffers = false;
        for (const QString &name : names) {
            QStringList values;
            for (const PathStory::Environment &e : envs)
                values << e.goVariables.value(name, tr("(not set)"));
            auto *item = new QTreeWidgetItem(vars);
            addRow(item, name, values, true);
            item->setFont(0, mono);
            anyDiffers = anyDiffers || item->data(0, DiffersRole).toBool();
        }
        QStringList counts;
        for (const PathStory::Environment &e : envs)
            counts << (e.known ? (e.goVariables.isEmpty() ? tr("none") : tr("set: %1").arg(e.goVariables.size()))
                               : QString());
        addRow(vars, tr("Go variables"), counts, false);
        if (anyDiffers && !vars->data(0, DiffersRole).toBool()) {
            vars->setText(0, QStringLiteral("≠ ") + vars->text(0));
            vars->setData(0, DiffersRole, true);
        }
        QFont f = vars->font(0);
        f.setBold(true);
        vars->setFont(0, f);
        vars->setExpanded(true);
    }
    fitEnvironmentColumns();
}

// The columns share the width the view has: the go column gets what it needs up to half, the
// rest goes to "Added by"; long texts are elided and whole in their tooltips.
void PathLinksPage::fitEntryColumns()
{
    const int available = m_entries->viewport()->width();
    int used = 0;
    for (int c : {NumberColumn, FolderColumn, NotesColumn}) {
        const int w = contentWidth(m_entries, c) + 6;
        m_entries->setColumnWidth(c, c == FolderColumn ? qMin(w, 300) : w);
        used += m_entries->columnWidth(c);
    }
    const int go = contentWidth(m_entries, GoColumn) + 6;
    m_entries->setColumnWidth(GoColumn, qMin(go, qMax(160, (available - used) / 2)));
}

// "What" gets what it needs (up to 40%); the environments share the rest, each at least as wide as
// its values (a long header is elided, and whole in its tooltip).
void PathLinksPage::fitEnvironmentColumns()
{
    const int columns = m_environments->columnCount();
    if (columns < 2)
        return;
    QList<int> values(columns, 0);
    std::function<void(QTreeWidgetItem *)> measure = [&](QTreeWidgetItem *item) {
        for (int c = 1; c < columns; ++c)
            values[c] = qMax(values[c], QFontMetrics(item->font(c)).horizontalAdvance(item->text(c)) + 14);
        for (int i = 0; i < item->childCount(); ++i)
            measure(item->child(i));
    };
    for (int i = 0; i < m_environments->topLevelItemCount(); ++i)
        measure(m_environments->topLevelItem(i));
    const int available = m_environments->viewport()->width();
    const int what = qMin(contentWidth(m_environments, 0) + 8, qMax(140, available * 2 / 5));
    m_environments->setColumnWidth(0, what);
    const int share = (available - what) / (columns - 1);
    for (int c = 1; c < columns; ++c)
        m_environments->setColumnWidth(c, qMax(qMin(values.at(c), 260), share));
}

bool PathLinksPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_entries->viewport())
            fitEntryColumns();
        else if (watched == m_environments->viewport())
            fitEnvironmentColumns();
    }
    return QWizardPage::eventFilter(watched, event);
}

void PathLinksPage::entryChanged()
{
    QTreeWidgetItem *item = m_entries->currentItem();
    if (!item)
        return;
    const int go = item->data(NumberColumn, GoRole).toInt();
    if (go >= 0) {
        m_diagram->setCurrentGo(go);
        showGo(go);
    }
}

void PathLinksPage::showGo(int go)
{
    const QRect r = m_diagram->goRect(go);
    if (r.isValid())
        m_scroll->ensureVisible(r.left(), r.center().y(), 10, r.height() / 2 + 10);
    // Follow in the PATH list too (a click or a key in the diagram).
    for (int i = 0; i < m_entries->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_entries->topLevelItem(i);
        if (item->data(NumberColumn, GoRole).toInt() == go && m_entries->currentItem() != item) {
            const QSignalBlocker block(m_entries);
            m_entries->setCurrentItem(item);
            m_entries->scrollToItem(item);
            break;
        }
    }
}

void PathLinksPage::openOrigin(QTreeWidgetItem *item)
{
    const int index = m_entries->indexOfTopLevelItem(item);
    if (index < 0 || index >= m_story.entries.size())
        return;
    const PathStory::Entry &e = m_story.entries.at(index);
    if (e.originFile.isEmpty())
        return;
    auto *viewer = new FileViewer(m_wizard->system(), e.originFile, e.originLine, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
}

void PathLinksPage::saveDiagram()
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString filter = png;
    QString file = QFileDialog::getSaveFileName(this, tr("Save the diagram"),
                                                QDir(folder).filePath(QStringLiteral("go-path-and-links.png")),
                                                png + QStringLiteral(";;") + svg, &filter);
    if (file.isEmpty())
        return;
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        file += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!m_diagram->saveImage(file, &error)) {
        QMessageBox::warning(this, tr("Save the diagram"), error);
        return;
    }
    m_saved->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(file)));
}

void PathLinksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        fillEnvironments();
    QWizardPage::changeEvent(event);
}

void PathLinksPage::retranslate()
{
    setTitle(tr("PATH & links"));
    setSubTitle(tr("The shell looks for go in the PATH folders in order, and the first go it finds wins. Here is every "
                   "go on PATH, where its links lead, and what other environments see."));
    m_entriesLabel->setText(tr("&PATH, searched from the top"));
    m_environmentsLabel->setText(tr("&Environments compared"));
    m_diagramLabel->setText(tr("&How each go is reached"));
    m_diagramHint->setText(tr("One row per go, in PATH order: where the shell finds it, then each symlink as "
                              "written, to the program that really runs."));
    m_legend->setText(tr("≠ not the same everywhere  ·  ? not known  ·  A desktop session is what an IDE started "
                         "from the menu sees."));
    m_entries->setHeaderLabels({tr("#"), tr("Folder"), tr("go here"), tr("Notes"), tr("Added by")});
    m_entries->headerItem()->setToolTip(OriginColumn, tr("The start-up file and line that put the folder on PATH"));
    m_entries->setAccessibleName(tr("PATH folders in the order the shell searches them"));
    m_environments->setAccessibleName(tr("Environments compared: PATH and Go variables side by side"));
    m_scroll->setAccessibleName(tr("Diagram of every go and its links"));
    m_save->setText(tr("&Save diagram…"));
    m_save->setToolTip(tr("Save the diagram as a PNG image or an SVG drawing"));
    m_save->setAccessibleName(tr("Save the diagram as an image"));
    populate();
}
