#include "app/screens/profile/inspectorpanel.h"

#include "models/profile/profilemodel.h"
#include "models/profile/replicainspector.h"
#include "widgets/focuscurrentrow.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

InspectorPanel::InspectorPanel(ReplicaInspector *inspector, ProfileModel *model, QWidget *parent)
    : QGroupBox(tr("Inspector"), parent)
    , m_inspector(inspector)
    , m_model(model)
    , m_token(new QLabel(this))
    , m_table(new QTableView(this))
    , m_lastRead(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_counts(new QLabel(this))
{
    setAccessibleName(tr("Inspector"));
    m_table->setObjectName(u"inspectorTable"_s);
    m_table->setModel(inspector);
    m_table->setAccessibleName(tr("Nodes: applied LSN and lag"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table instead of walking its cells (a keyboard trap otherwise).
    m_table->setTabKeyNavigation(false);
    FocusCurrentRow::install(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(false);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Tall enough for the primary and up to five replicas, without a scroll bar.
    connect(inspector, &QAbstractItemModel::modelReset, this, [this] { fitTable(); });

    for (QLabel *label : {m_token, m_lastRead, m_explanation, m_counts}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    QFont emphasis = m_explanation->font();
    emphasis.setPointSizeF(emphasis.pointSizeF() * 1.1);
    emphasis.setBold(true);
    m_explanation->setFont(emphasis);
    m_explanation->setAccessibleName(tr("What just happened"));
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().height() * 3);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *whatHappened = new QLabel(tr("What just happened"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_token);
    layout->addWidget(m_table);
    layout->addWidget(m_lastRead);
    layout->addSpacing(6);
    layout->addWidget(whatHappened);
    layout->addWidget(m_explanation);
    layout->addSpacing(6);
    layout->addWidget(m_counts);
    layout->addStretch();

    connect(inspector, &ReplicaInspector::summaryChanged, this, &InspectorPanel::refresh);
    connect(model, &ProfileModel::changed, this, &InspectorPanel::refresh);
    fitTable();
    refresh();
}

void InspectorPanel::fitTable()
{
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_inspector->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(std::max(height, m_table->horizontalHeader()->sizeHint().height() * 4));
}

QString InspectorPanel::explanationText() const
{
    return m_explanation->text();
}

QString InspectorPanel::countsText() const
{
    return m_counts->text();
}

void InspectorPanel::refresh()
{
    const qint64 token = m_inspector->token();
    m_token->setText(token > 0
                         ? tr("Your token (LSN of this session's last write): <b>%1</b>").arg(token)
                         : tr("Your token: none yet — this session has not written anything."));

    if (const auto read = m_inspector->lastRead()) {
        QString text;
        if (read->cacheHit())
            // The cache answered for the photo; the node only for the rest of the profile.
            text = tr("Last read: the profile from <b>%1</b> (applied LSN %2), the photo from the "
                      "cache (“%3”): <b>hit</b>, a copy %4 old holding version %5.")
                       .arg(ReplicaInspector::nodeTitle(read->servedBy))
                       .arg(read->nodeLsn)
                       .arg(ReplicaInspector::cacheStrategyTitle(read->cacheStrategy),
                            ReplicaInspector::formatLag(read->cacheAgeMs))
                       .arg(read->version);
        else
            text = tr("Last read served by <b>%1</b> (applied LSN %2): photo version %3.")
                       .arg(ReplicaInspector::nodeTitle(read->servedBy))
                       .arg(read->nodeLsn)
                       .arg(read->version);
        if (!read->cache.isEmpty() && !read->cacheHit())
            text += u' '
                + tr("Photo cache (“%1”): <b>miss</b>, it keeps this copy now.")
                      .arg(ReplicaInspector::cacheStrategyTitle(read->cacheStrategy));
        if (read->ownVersion > 0)
            text += u' '
                + tr("Reads since your upload: %1. Your upload is version %2.")
                      .arg(m_model->readsSinceUpload())
                      .arg(read->ownVersion);
        if (m_model->seenLsn() >= 0)
            text += u' ' + tr("This page has seen up to LSN %1.").arg(m_model->seenLsn());
        m_lastRead->setText(text);
    } else {
        m_lastRead->setText(tr("No read yet."));
    }
    const QString explanation = m_inspector->explanation();
    m_explanation->setText(explanation.isEmpty() ? tr("Nothing yet.") : explanation);

    QStringList counts;
    for (ProfilePattern pattern : ProfilePatterns::all)
        counts << tr("%1: %2")
                      .arg(ProfilePatterns::title(pattern))
                      .arg(m_model->staleOwnReads(pattern));
    QStringList travels;
    for (ProfilePattern pattern : ProfilePatterns::all)
        travels
            << tr("%1: %2").arg(ProfilePatterns::title(pattern)).arg(m_model->timeTravels(pattern));
    m_counts->setText(
        tr("Stale reads of your own write — %1").arg(counts.join(u" · "_s)) + u'\n'
        + tr("Time travel (an older photo after a newer one) — %1").arg(travels.join(u" · "_s)));
}
