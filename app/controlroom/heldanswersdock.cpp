#include "app/controlroom/heldanswersdock.h"

#include "models/control/heldanswers.h"
#include "models/control/oneshotfaults.h"
#include "widgets/focuscurrentrow.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HeldAnswersDock::HeldAnswersDock(HeldAnswersModel *model, QWidget *parent)
    : QDockWidget(tr("Held answers"), parent)
    , m_model(model)
    , m_summary(new QLabel)
    , m_table(new QTableView)
    , m_release(new QPushButton(tr("Release")))
    , m_releaseAll(new QPushButton(tr("Release all")))
    , m_drop(new QPushButton(tr("Drop")))
    , m_twice(new QPushButton(tr("Deliver twice")))
    , m_result(new QLabel)
{
    setObjectName(u"heldAnswersDock"_s);
    setAccessibleName(tr("Held answers"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    m_summary->setObjectName(u"heldSummary"_s);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    auto *routes = new QGroupBox(tr("Hold the answers of"));
    routes->setObjectName(u"heldRoutes"_s);
    auto *grid = new QGridLayout(routes);
    int n = 0;
    for (const OneShotFaults::Aim &aim : OneShotFaults::aims()) {
        if (aim.route.isEmpty())
            continue; // "the next writes" is a fault's aim, not a route
        auto *box = new QCheckBox(aim.title);
        box->setObjectName(u"hold:"_s + aim.route);
        box->setProperty("route", aim.route);
        box->setAccessibleName(tr("Hold the answers of %1").arg(aim.title));
        box->setToolTip(aim.route);
        connect(box, &QCheckBox::toggled, this,
                [this, route = aim.route](bool held) { m_model->setRouteHeld(route, held); });
        grid->addWidget(box, n / 2, n % 2);
        m_routeBoxes.append(box);
        ++n;
    }
    layout->addWidget(routes);

    m_table->setObjectName(u"heldTable"_s);
    m_table->setAccessibleName(tr("Held answers"));
    m_table->setAccessibleDescription(
        tr("Return releases the chosen answer, Delete drops it. Tab leaves the table."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells
    m_table->verticalHeader()->hide();
    // The request takes what the short columns leave; nothing scrolls sideways in a narrow
    // dock. The correlation id is in each row's tooltip (and the timeline's technical columns).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HeldAnswersModel::RequestColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnHidden(HeldAnswersModel::CorrelationColumn, true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(120);
    FocusCurrentRow::install(m_table);
    layout->addWidget(m_table, 1);
    // Acting on the chosen row without leaving the table.
    const auto tableKey = [this](const QKeySequence &key, void (HeldAnswersDock::*act)()) {
        auto *shortcut = new QShortcut(key, m_table);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, act);
    };
    tableKey(QKeySequence(Qt::Key_Return), &HeldAnswersDock::releaseChosen);
    tableKey(QKeySequence(Qt::Key_Enter), &HeldAnswersDock::releaseChosen);
    tableKey(QKeySequence::Delete, &HeldAnswersDock::dropChosen);

    m_release->setObjectName(u"heldRelease"_s);
    m_release->setAccessibleName(tr("Release the chosen answer"));
    m_releaseAll->setObjectName(u"heldReleaseAll"_s);
    m_releaseAll->setAccessibleName(tr("Release all held answers, oldest first"));
    m_drop->setObjectName(u"heldDrop"_s);
    m_drop->setAccessibleName(tr("Drop the chosen answer: the change stays, the answer is lost"));
    m_drop->setToolTip(m_drop->accessibleName());
    m_twice->setObjectName(u"heldTwice"_s);
    m_twice->setAccessibleName(tr("Deliver the chosen request twice"));
    m_twice->setToolTip(tr("The request reaches the backend a second time with the same "
                           "Idempotency-Key; the app gets the second delivery's answer."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_release);
    buttons->addWidget(m_releaseAll);
    buttons->addWidget(m_drop);
    buttons->addWidget(m_twice);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_result->setObjectName(u"heldResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    setWidget(content);

    connect(m_release, &QPushButton::clicked, this, &HeldAnswersDock::releaseChosen);
    connect(m_releaseAll, &QPushButton::clicked, this, [this] { m_model->releaseAll(); });
    connect(m_drop, &QPushButton::clicked, this, &HeldAnswersDock::dropChosen);
    connect(m_twice, &QPushButton::clicked, this, &HeldAnswersDock::deliverChosenTwice);
    connect(m_model, &HeldAnswersModel::routesChanged, this, &HeldAnswersDock::showRoutes);
    connect(m_model, &HeldAnswersModel::commandFinished, this,
            [this](bool ok, const QString &message) {
                m_result->setText(message);
                if (!ok)
                    showRoutes(); // a refused change leaves the boxes as the backend holds them
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HeldAnswersDock::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HeldAnswersDock::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HeldAnswersDock::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HeldAnswersDock::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HeldAnswersDock::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HeldAnswersDock::updateButtons);
    showRoutes();
    updateButtons();
}

void HeldAnswersDock::showRoutes()
{
    m_summary->setText(m_model->summary());
    m_summary->setAccessibleName(m_summary->text());
    for (QCheckBox *box : std::as_const(m_routeBoxes)) {
        const QSignalBlocker quiet(box); // showing the backend's word is not a click
        box->setChecked(m_model->heldRoutes().contains(box->property("route").toString()));
    }
}

qint64 HeldAnswersDock::chosenId() const
{
    const QModelIndex row = FocusCurrentRow::row(m_table);
    if (!row.isValid() && m_model->heldCount() == 1) {
        // One held answer: it is the one meant, chosen or not.
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (m_model->isHeld(i))
                return m_model->idAt(i);
        }
    }
    return row.isValid() && m_model->isHeld(row.row()) ? m_model->idAt(row.row()) : 0;
}

void HeldAnswersDock::updateButtons()
{
    const bool chosen = chosenId() != 0;
    m_release->setEnabled(chosen);
    m_drop->setEnabled(chosen);
    m_twice->setEnabled(chosen);
    m_releaseAll->setEnabled(m_model->heldCount() > 0);
}

void HeldAnswersDock::releaseChosen()
{
    if (const qint64 id = chosenId())
        m_model->release(id);
}

void HeldAnswersDock::dropChosen()
{
    if (const qint64 id = chosenId())
        m_model->drop(id);
}

void HeldAnswersDock::deliverChosenTwice()
{
    if (const qint64 id = chosenId())
        m_model->deliverTwice(id);
}
