// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMappingDialog.h"

#include "BusyRow.h"
#include "InlineMessage.h"
#include "core/FlowMappingImport.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

ImportMappingDialog::ImportMappingDialog(PlatformClient* client, QWidget* parent)
    : QDialog(parent)
    , m_import(new FlowMappingImport(client, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_flows(new QListView(this))
    , m_details(new QLabel(this))
    , m_rules(new QListWidget(this))
    , m_message(new InlineMessage(this))
    , m_busy(new BusyRow(this))
{
    setObjectName(QStringLiteral("importMappingDialog"));
    setWindowTitle(tr("Import the mapping of a dataflow"));
    setWindowModality(Qt::WindowModal);
    auto* intro = new QLabel(tr("Pick a dataflow of this sandbox to see its mapping rules, then take them: they "
                                "replace the rules of this mapping (Undo brings them back)."),
                             this);
    intro->setWordWrap(true);

    m_search->setObjectName(QStringLiteral("flowSearch"));
    m_search->setPlaceholderText(tr("Search dataflows"));
    m_search->setAccessibleName(tr("Search dataflows"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_import->flows());
    m_filter->setFilterRole(FlowListModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_flows->setObjectName(QStringLiteral("flowList"));
    m_flows->setAccessibleName(tr("Dataflows"));
    m_flows->setModel(m_filter);
    m_flows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_flows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setObjectName(QStringLiteral("flowDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rules->setObjectName(QStringLiteral("importedRules"));
    m_rules->setAccessibleName(tr("The dataflow's mapping rules"));
    m_message->setObjectName(QStringLiteral("importMappingMessage"));
    m_message->hideMessage();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_take = buttons->button(QDialogButtonBox::Ok);
    m_take->setText(tr("&Take these rules"));
    m_take->setObjectName(QStringLiteral("takeRulesButton"));
    m_take->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelImportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_flows, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_details);
    right->addWidget(m_rules, 1);
    auto* panes = new QHBoxLayout;
    panes->addLayout(left, 2);
    panes->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);
    resize(720, 440);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_flows->selectionModel(), &QItemSelectionModel::currentChanged, this, &ImportMappingDialog::selectFlow);
    connect(m_import, &FlowMappingImport::flowsLoaded, this, &ImportMappingDialog::showFlows);
    connect(m_import, &FlowMappingImport::rulesLoaded, this, &ImportMappingDialog::showRules);
    connect(m_import, &FlowMappingImport::failed, this, &ImportMappingDialog::showError);
    connect(m_busy, &BusyRow::stopRequested, this, [this] {
        m_import->cancel();
        m_busy->setBusy(false);
    });
    m_busy->setBusy(true, tr("Reading the dataflows of the sandbox\u2026"));
    m_import->loadFlows();
}

QList<MappingRule> ImportMappingDialog::rules() const
{
    return m_shownFlowId.isEmpty() ? QList<MappingRule>() : m_import->mapping().rules();
}

QString ImportMappingDialog::flowName() const
{
    return m_shownFlowId.isEmpty() ? QString() : m_import->mapping().flow.name;
}

void ImportMappingDialog::showFlows()
{
    m_busy->setBusy(false);
    if (m_import->flows()->rowCount() == 0)
        m_message->showMessage(InlineMessage::Type::Information, tr("This sandbox has no dataflow yet."));
    Q_EMIT flowsShown();
}

void ImportMappingDialog::selectFlow()
{
    const QModelIndex current = m_flows->currentIndex();
    m_rules->clear();
    m_take->setEnabled(false);
    m_shownFlowId.clear();
    m_message->hideMessage();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QString id = current.data(FlowListModel::IdRole).toString();
    QString details
        = tr("%1 \u2014 %2")
              .arg(current.data(Qt::DisplayRole).toString(), current.data(FlowListModel::RouteRole).toString());
    const QDateTime created = current.data(FlowListModel::CreatedRole).toDateTime();
    if (created.isValid())
        details += QLatin1Char('\n')
            + tr("Created %1").arg(QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
    m_details->setText(details);
    m_busy->setBusy(true, tr("Reading the mapping of this dataflow\u2026"));
    m_import->loadRules(id);
}

void ImportMappingDialog::showRules(const QString& flowId)
{
    m_busy->setBusy(false);
    if (flowId != m_flows->currentIndex().data(FlowListModel::IdRole).toString())
        return; // an answer for a flow no longer selected
    const FlowMapping& mapping = m_import->mapping();
    m_shownFlowId = flowId;
    for (const MappingRule& rule : mapping.rules())
        m_rules->addItem(tr("%1 \u2192 %2").arg(rule.isExpression() ? rule.expression : rule.source, rule.destination));
    if (mapping.rules().isEmpty())
        m_message->showMessage(InlineMessage::Type::Information, tr("This dataflow has no mapping rules to take."));
    else if (!m_targetSchemaId.isEmpty() && !mapping.mappingSet.schemaId.isEmpty()
             && mapping.mappingSet.schemaId != m_targetSchemaId)
        m_message->showMessage(InlineMessage::Type::Warning,
                               tr("This dataflow writes into another schema: rules for fields this schema lacks will "
                                  "show as problems."));
    m_take->setEnabled(!mapping.rules().isEmpty());
    Q_EMIT rulesShown();
}

void ImportMappingDialog::showError(const PlatformError& error, bool whileListing)
{
    m_busy->setBusy(false);
    const QString what = whileListing ? tr("The dataflows could not be listed.")
                                      : tr("The mapping of this dataflow could not be read.");
    m_message->showMessage(InlineMessage::Type::Error, what + QLatin1Char(' ') + error.userMessage, error.details());
    if (whileListing)
        Q_EMIT flowsShown();
    else
        Q_EMIT rulesShown();
}
