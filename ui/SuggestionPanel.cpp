// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuggestionPanel.h"

#include "core/MappingModel.h"
#include "core/SuggestionModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

SuggestionPanel::SuggestionPanel(MappingModel* rules, QWidget* parent)
    : QWidget(parent)
    , m_rules(rules)
    , m_model(new SuggestionModel(this))
    , m_title(new QLabel(this))
    , m_view(new QTableView(this))
    , m_accept(new QPushButton(tr("Accep&t"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this))
    , m_acceptAll(new QPushButton(tr("Accept a&ll"), this))
    , m_threshold(new QSpinBox(this))
{
    setObjectName(QStringLiteral("suggestionPanel"));
    m_title->setObjectName(QStringLiteral("suggestionTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setBuddy(m_view);
    m_view->setObjectName(QStringLiteral("suggestionTableView"));
    m_view->setAccessibleName(tr("Suggested rules"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setMaximumHeight(150);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(SuggestionModel::ReasonColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SuggestionModel::ScoreColumn, QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setVisible(false);
    m_accept->setObjectName(QStringLiteral("acceptSuggestionButton"));
    m_accept->setToolTip(tr("Makes a rule of this suggestion."));
    m_reject->setObjectName(QStringLiteral("rejectSuggestionButton"));
    m_reject->setToolTip(tr("Drops this suggestion; it is not made again."));
    m_acceptAll->setObjectName(QStringLiteral("acceptAllSuggestionsButton"));
    m_acceptAll->setToolTip(tr("Makes rules of every suggestion scoring at least this."));
    m_threshold->setObjectName(QStringLiteral("suggestionThresholdSpinBox"));
    m_threshold->setRange(0, 100);
    m_threshold->setValue(AutoMap::kAcceptThreshold);
    m_threshold->setPrefix(tr("from "));
    m_threshold->setAccessibleName(tr("Lowest score accepted"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    buttons->addWidget(m_acceptAll);
    buttons->addWidget(m_threshold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, &SuggestionPanel::acceptCurrent);
    connect(m_reject, &QPushButton::clicked, this, &SuggestionPanel::rejectCurrent);
    connect(m_acceptAll, &QPushButton::clicked, this, [this] { acceptAll(m_threshold->value()); });
    connect(m_view, &QTableView::activated, this, &SuggestionPanel::acceptCurrent);
    // A rule the user writes meanwhile wins over a suggestion for its column or its field.
    connect(m_rules, &MappingModel::problemsChanged, this, [this] { m_model->dropTaken(m_rules->rules()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SuggestionPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SuggestionPanel::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SuggestionPanel::updateState);
    updateState();
}

int SuggestionPanel::refresh()
{
    m_model->refresh(m_rules->matcher(), m_rules->sourceColumns(), m_rules->rules());
    return m_model->rowCount();
}

int SuggestionPanel::acceptAll(int threshold)
{
    QList<MappingRule> rules = m_model->takeScoring(threshold);
    // In the table's order, as rules were always added.
    const QStringList columns = m_rules->columnNames();
    std::stable_sort(rules.begin(), rules.end(), [&columns](const MappingRule& a, const MappingRule& b) {
        return columns.indexOf(a.source) < columns.indexOf(b.source);
    });
    const int added = m_rules->addRules(rules);
    if (added > 0)
        Q_EMIT accepted(added);
    return added;
}

int SuggestionPanel::threshold() const
{
    return m_threshold->value();
}

void SuggestionPanel::clear()
{
    m_model->clear();
}

void SuggestionPanel::acceptCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    if (m_rules->addRules({m_model->take(row)}) > 0)
        Q_EMIT accepted(1);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
}

void SuggestionPanel::rejectCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    m_model->reject(row);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
}

void SuggestionPanel::updateState()
{
    const int count = m_model->rowCount();
    m_title->setText(tr("&Suggestions (%n), not rules yet: accept or reject them.", nullptr, count));
    setVisible(count > 0);
    const bool current = m_view->currentIndex().isValid();
    m_accept->setEnabled(current);
    m_reject->setEnabled(current);
    m_acceptAll->setEnabled(count > 0);
}

void SuggestionPanel::changeEvent(QEvent* event)
{
    // The title counts, the spin box's prefix is not a widget text: both again in the language installed now.
    if (event->type() == QEvent::LanguageChange) {
        m_threshold->setPrefix(tr("from "));
        updateState();
    }
    QWidget::changeEvent(event);
}
