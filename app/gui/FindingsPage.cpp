#include "FindingsPage.h"

#include "DoctorWizard.h"
#include "FileViewer.h"
#include "ResultDetails.h"
#include "SeverityStyle.h"
#include "report/FindingsModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

FindingsPage::FindingsPage(DoctorWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_proxy(new SeverityIconProxy(this)),
      m_tree(new QTreeView(this)),
      m_details(new ResultDetails(wizard->findings(), this)),
      m_copyFinding(new QPushButton(this)),
      m_copyAll(new QPushButton(this)),
      m_rescan(new QPushButton(this))
{
    setObjectName(QStringLiteral("findingsPage"));
    setFinalPage(true);
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_copyFinding->setObjectName(QStringLiteral("copyFindingButton"));
    m_copyAll->setObjectName(QStringLiteral("copyAllButton"));
    m_rescan->setObjectName(QStringLiteral("rescanButton"));

    m_proxy->setSourceModel(wizard->findings());
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FindingsModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);

    // Ctrl+C in the tree copies the selected finding.
    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copy);
    connect(copy, &QAction::triggered, this, &FindingsPage::copyFinding);

    auto *countsRow = new QHBoxLayout;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info, Severity::Ok, Severity::Skipped}) {
        auto *icon = new QLabel(this);
        icon->setPixmap(SeverityStyle::pixmap(s, 18));
        auto *text = new QLabel(this);
        text->setObjectName(QStringLiteral("count_%1").arg(severityName(s)));
        countsRow->addWidget(icon);
        countsRow->addWidget(text);
        countsRow->addSpacing(14);
        m_counts.insert(s, text);
    }
    countsRow->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyFinding);
    buttons->addWidget(m_copyAll);
    buttons->addStretch(1);
    buttons->addWidget(m_rescan);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(countsRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    setTabOrder(m_tree, m_details);
    setTabOrder(m_details, m_copyFinding);
    setTabOrder(m_copyFinding, m_copyAll);
    setTabOrder(m_copyAll, m_rescan);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsPage::showCurrent);
    connect(m_details, &ResultDetails::checkRequested, this, &FindingsPage::selectCheck);
    connect(m_details, &ResultDetails::fileRequested, this, &FindingsPage::openFile);
    connect(m_copyFinding, &QPushButton::clicked, this, &FindingsPage::copyFinding);
    connect(m_copyAll, &QPushButton::clicked, this, &FindingsPage::copyAll);
    connect(m_rescan, &QPushButton::clicked, m_wizard, &QWizard::restart);
    connect(wizard->findings(), &QAbstractItemModel::modelReset, this, [this] {
        m_details->showResult(nullptr);
        updateCounts();
    });
    retranslate();
}

void FindingsPage::initializePage()
{
    m_tree->expandAll();
    updateCounts();
    const QModelIndex first = m_proxy->mapFromSource(m_wizard->findings()->firstProblem());
    if (first.isValid())
        m_tree->setCurrentIndex(first);
    m_tree->setFocus();
}

void FindingsPage::updateCounts()
{
    const auto counts = m_wizard->findings()->report().summary();
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const QString text = SeverityStyle::count(it.key(), counts.value(it.key()));
        it.value()->setText(text);
        it.value()->setAccessibleName(text);
    }
}

void FindingsPage::showCurrent()
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex());
    const FindingsModel *model = m_wizard->findings();
    if (const CheckResult *r = model->result(index)) {
        m_details->showResult(r);
        return;
    }
    if (!index.isValid()) {
        m_details->showResult(nullptr);
        return;
    }
    // An area: list its results.
    const QModelIndex area = index.sibling(index.row(), 0);
    QList<const CheckResult *> results;
    for (int i = 0; i < model->rowCount(area); ++i)
        results << model->result(model->index(i, 0, area));
    m_details->showArea(area.data().toString(), results);
}

bool FindingsPage::selectCheck(const QString &checkId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_wizard->findings()->indexOfCheck(checkId));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void FindingsPage::copyFinding()
{
    const CheckResult *r = m_wizard->findings()->result(m_proxy->mapToSource(m_tree->currentIndex()));
    if (r)
        QApplication::clipboard()->setText(TextReport::renderResult(*r));
}

void FindingsPage::copyAll()
{
    QApplication::clipboard()->setText(TextReport::render(m_wizard->findings()->report(), {}));
}

void FindingsPage::openFile(const QString &path, int line)
{
    auto *viewer = new FileViewer(m_wizard->system(), path, line, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
}

void FindingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void FindingsPage::retranslate()
{
    setTitle(tr("Findings"));
    setSubTitle(tr("What the doctor found, worst first. Select a finding to see why it matters and how to fix it."));
    m_tree->setAccessibleName(tr("Findings by area"));
    m_details->setAccessibleName(tr("Details of the selected finding"));
    m_copyFinding->setText(tr("&Copy finding"));
    m_copyFinding->setToolTip(tr("Copy the selected finding as text, for a ticket or a chat"));
    m_copyAll->setText(tr("Copy &all"));
    m_copyAll->setToolTip(tr("Copy every problem found as text"));
    m_rescan->setText(tr("Scan &again"));
    updateCounts();
}
