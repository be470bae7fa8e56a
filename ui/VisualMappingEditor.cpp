// SPDX-License-Identifier: GPL-3.0-or-later
#include "VisualMappingEditor.h"

#include "MappingLinks.h"
#include "MappingPane.h"
#include "core/MappingModel.h"
#include "core/SchemaFieldsModel.h"
#include "core/SourceColumnsModel.h"
#include "core/SuggestionModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

VisualMappingEditor::VisualMappingEditor(MappingModel* rules, SuggestionModel* suggestions, QWidget* parent)
    : QWidget(parent)
    , m_rules(rules)
    , m_suggestions(suggestions)
    , m_columnModel(new SourceColumnsModel(this))
    , m_fieldModel(new SchemaFieldsModel(this))
    , m_columnsPane(new MappingPane(QStringLiteral("columns"), MappingFilter::columnChoices(), m_columnModel, this))
    , m_fieldsPane(new MappingPane(QStringLiteral("fields"), MappingFilter::fieldChoices(), m_fieldModel, this))
    , m_links(new MappingLinks(rules, &m_marks, m_columnsPane, m_fieldsPane, this))
    , m_mappedCounter(new QToolButton(this))
    , m_requiredCounter(new QToolButton(this))
    , m_identityCounter(new QToolButton(this))
    , m_problemsCounter(new QToolButton(this))
    , m_map(new QPushButton(this))
    , m_unmap(new QPushButton(this))
{
    setObjectName(QStringLiteral("visualMappingEditor"));
    m_columnsPane->setLookup(
        [this](const QString& name) { return m_columnModel->index(m_columnModel->rowOf(name), 0); });
    m_fieldsPane->setLookup([this](const QString& path) { return m_fieldModel->indexOf(path); });
    QTreeView* columns = m_columnsPane->view();
    columns->setRootIsDecorated(false);
    columns->setDragEnabled(true);
    columns->setDragDropMode(QAbstractItemView::DragOnly);
    columns->setDefaultDropAction(Qt::CopyAction);
    // No sideways scrolling in an 820-pixel window: the names take the room, the samples what is left.
    columns->header()->setStretchLastSection(false);
    columns->header()->setSectionResizeMode(SourceColumnsModel::NameColumn, QHeaderView::Stretch);
    columns->header()->setSectionResizeMode(SourceColumnsModel::SampleColumn, QHeaderView::Interactive);
    columns->header()->resizeSection(SourceColumnsModel::SampleColumn, 90);
    QTreeView* fields = m_fieldsPane->view();
    fields->setAcceptDrops(true);
    fields->setDropIndicatorShown(true);
    fields->setDragDropMode(QAbstractItemView::DropOnly);
    fields->setDefaultDropAction(Qt::CopyAction);
    fields->header()->setStretchLastSection(false);
    fields->header()->setSectionResizeMode(SchemaFieldsModel::FieldColumn, QHeaderView::Stretch);
    m_mappedCounter->setObjectName(QStringLiteral("mappedCounter"));
    m_requiredCounter->setObjectName(QStringLiteral("requiredCounter"));
    m_identityCounter->setObjectName(QStringLiteral("identityCounter"));
    m_problemsCounter->setObjectName(QStringLiteral("problemsCounter"));
    m_map->setObjectName(QStringLiteral("mapButton"));
    m_unmap->setObjectName(QStringLiteral("unmapButton"));

    auto* panes = new QHBoxLayout;
    panes->setSpacing(0);
    panes->addWidget(m_columnsPane, 5);
    panes->addWidget(m_links);
    panes->addWidget(m_fieldsPane, 6);
    auto* below = new QHBoxLayout;
    const std::pair<QToolButton*, MappingFilter::Show> counters[]
        = {{m_mappedCounter, MappingFilter::Show::Mapped},
           {m_requiredCounter, MappingFilter::Show::Required},
           {m_identityCounter, MappingFilter::Show::Identity},
           {m_problemsCounter, MappingFilter::Show::WithProblems}};
    for (const auto& [button, show] : counters) {
        button->setAutoRaise(true);
        below->addWidget(button);
        // A counter shows what it counts: the fields pane filtered on it.
        connect(button, &QToolButton::clicked, this, [this, show = show] { m_fieldsPane->setShow(show); });
    }
    below->addStretch();
    below->addWidget(m_map);
    below->addWidget(m_unmap);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(panes, 1);
    layout->addLayout(below);
    retranslate();

    connect(m_fieldModel, &SchemaFieldsModel::columnDropped, this, &VisualMappingEditor::map);
    connect(m_map, &QPushButton::clicked, this, &VisualMappingEditor::mapCurrent);
    connect(m_unmap, &QPushButton::clicked, this, [this] { unmapCurrent(m_fieldsPane->current().isValid()); });
    connect(columns, &QTreeView::doubleClicked, this, [this] {
        if (m_fieldModel->isField(m_fieldsPane->current()))
            mapCurrent();
        else
            m_fieldsPane->search()->setFocus();
    });
    connect(fields, &QTreeView::doubleClicked, this, [this] { mapCurrent(); });
    connect(columns->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        // The field of a mapped column comes into view, with its line.
        const QList<int> rows = m_rules->rowsReading(m_columnsPane->current().data(MappingRoles::NameRole).toString());
        if (!rows.isEmpty())
            m_fieldsPane->showIndex(m_fieldModel->indexOf(m_rules->rules().at(rows.first()).destination));
        updateButtons();
    });
    connect(fields->selectionModel(), &QItemSelectionModel::currentChanged, this, &VisualMappingEditor::updateButtons);
    connect(m_rules, &MappingModel::problemsChanged, this, &VisualMappingEditor::refreshMarks);
    connect(m_suggestions, &QAbstractItemModel::modelReset, this, &VisualMappingEditor::refreshMarks);
    connect(m_suggestions, &QAbstractItemModel::rowsRemoved, this, &VisualMappingEditor::refreshMarks);
    connect(m_suggestions, &QAbstractItemModel::rowsInserted, this, &VisualMappingEditor::refreshMarks);
    for (QObject* watched :
         {static_cast<QObject*>(columns), static_cast<QObject*>(fields), static_cast<QObject*>(m_columnsPane->search()),
          static_cast<QObject*>(m_fieldsPane->search())})
        watched->installEventFilter(this);
    updateButtons();
}

void VisualMappingEditor::setContext(const QJsonArray& columns, const QJsonArray& rows)
{
    m_columnModel->setColumns(columns, rows);
    m_fieldModel->setFields(m_rules->allFields(), m_rules->identityPath());
    QStringList columnTypes;
    for (int row = 0; row < m_columnModel->rowCount(); ++row)
        columnTypes << m_columnModel->index(row, SourceColumnsModel::TypeColumn).data().toString();
    m_columnsPane->fitColumn(SourceColumnsModel::TypeColumn, columnTypes);
    QStringList fieldTypes;
    for (const XdmField& field : m_rules->allFields())
        fieldTypes << field.type;
    m_fieldsPane->fitColumn(SchemaFieldsModel::TypeColumn, fieldTypes);
    m_fieldsPane->view()->expandToDepth(0);
    refreshMarks();
}

void VisualMappingEditor::map(const QString& column, const QString& path)
{
    if (column.isEmpty() || path.isEmpty() || m_columnModel->rowOf(column) < 0)
        return;
    const int row = m_rules->mapColumn(column, path);
    Q_EMIT mapped(row);
}

int VisualMappingEditor::mapCurrent()
{
    const QModelIndex column = m_columnsPane->current();
    const QModelIndex field = m_fieldsPane->current();
    if (!column.isValid() || !m_fieldModel->isField(field))
        return -1;
    const int row = m_rules->mapColumn(column.data(MappingRoles::NameRole).toString(), m_fieldModel->pathOf(field));
    Q_EMIT mapped(row);
    return row;
}

void VisualMappingEditor::showRule(int row)
{
    if (row < 0 || row >= m_rules->rules().size())
        return;
    const MappingRule& rule = m_rules->rules().at(row);
    if (!rule.isExpression())
        m_columnsPane->showIndex(m_columnModel->index(m_columnModel->rowOf(rule.source), 0));
    m_fieldsPane->showIndex(m_fieldModel->indexOf(rule.destination));
}

int VisualMappingEditor::unmapCurrent(bool fieldSide)
{
    const QString name = (fieldSide ? m_fieldsPane : m_columnsPane)->current().data(MappingRoles::NameRole).toString();
    return m_rules->removeRules(fieldSide ? m_rules->rowsFilling(name) : m_rules->rowsReading(name));
}

void VisualMappingEditor::nextUnmappedColumn()
{
    QTreeView* view = m_columnsPane->view();
    view->setFocus();
    for (QModelIndex index = view->indexBelow(view->currentIndex()); index.isValid(); index = view->indexBelow(index)) {
        if (!index.data(MappingRoles::MappedRole).toBool()) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
            return;
        }
    }
}

bool VisualMappingEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    // Enter must not press the wizard's Next here: it moves from a column to the field search, from a search into
    // its list, and maps a field.
    if (watched == m_columnsPane->view() && enter) {
        if (m_columnsPane->current().isValid()) {
            m_fieldsPane->search()->setFocus(); // type what the field is called, then Enter
            m_fieldsPane->search()->selectAll();
        }
        return true;
    }
    for (MappingPane* pane : {m_columnsPane, m_fieldsPane}) {
        if (watched == pane->search() && (enter || key == Qt::Key_Down)) {
            // From the search box into its list, on the first column or field that matches.
            QTreeView* view = pane->view();
            QModelIndex first = view->model()->index(0, 0);
            while (first.isValid() && first.data(MappingRoles::IsGroupRole).toBool())
                first = view->indexBelow(first);
            view->setFocus();
            if (first.isValid())
                view->setCurrentIndex(first);
            return true;
        }
    }
    if (watched == m_fieldsPane->view() && enter) {
        if (mapCurrent() >= 0)
            nextUnmappedColumn();
        return true;
    }
    if (key == Qt::Key_Delete && (watched == m_columnsPane->view() || watched == m_fieldsPane->view())) {
        unmapCurrent(watched == m_fieldsPane->view());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void VisualMappingEditor::refreshMarks()
{
    m_marks = MappingMarks::compute(m_rules->rules(), m_rules->issues(), m_suggestions->suggestions(),
                                    m_rules->targetFields(), m_rules->identityPath());
    m_columnModel->setMarks(m_marks);
    m_fieldModel->setMarks(m_marks);
    m_mappedCounter->setText(m_marks.mappedText());
    m_requiredCounter->setText(m_marks.requiredText());
    m_identityCounter->setText(m_marks.identityText());
    m_problemsCounter->setText(m_marks.problemsText());
    m_links->update();
    updateButtons();
}

void VisualMappingEditor::updateButtons()
{
    m_map->setEnabled(m_columnsPane->current().isValid() && m_fieldModel->isField(m_fieldsPane->current()));
    m_unmap->setEnabled(m_columnsPane->current().data(MappingRoles::MappedRole).toBool()
                        || m_fieldsPane->current().data(MappingRoles::MappedRole).toBool());
}

void VisualMappingEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VisualMappingEditor::retranslate()
{
    m_columnsPane->setTitle(tr("Source &columns"), tr("Find a column"));
    m_fieldsPane->setTitle(tr("Schema &fields"), tr("Find a field by name, title or path"));
    m_map->setText(tr("&Map \u2192"));
    m_map->setToolTip(tr("Maps the selected column to the selected field (Enter in the fields)."));
    m_unmap->setText(tr("U&nmap"));
    m_unmap->setToolTip(tr("Removes the rules of the selected field or column (Delete)."));
    const QString filter = tr("Click to show only these fields.");
    for (QToolButton* counter : {m_mappedCounter, m_requiredCounter, m_identityCounter, m_problemsCounter})
        counter->setToolTip(filter);
    if (!m_rules->allFields().isEmpty())
        refreshMarks();
}
