// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingPage.h"

#include "ExpressionEditor.h"
#include "InlineMessage.h"
#include "MappingCsvButtons.h"
#include "MappingEditor.h"
#include "MappingPreviewPanel.h"
#include "MappingToolbar.h"
#include "SuggestionPanel.h"
#include "VisualMappingEditor.h"
#include "core/MappingModel.h"
#include "core/Session.h"
#include "core/WizardState.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

MappingPage::MappingPage(WizardState* state, QWidget* parent, Session* session)
    : WizardPage(parent)
    , m_state(state)
    , m_session(session)
    , m_model(new MappingModel(this))
    , m_editor(new MappingEditor(m_model, this))
    , m_context(new QLabel(this))
    , m_requiredLabel(new QLabel(this))
    , m_autoMap(new QPushButton(tr("&Map automatically"), this))
    , m_addRule(new QPushButton(tr("&Add a column"), this))
    , m_addExpression(new QPushButton(tr("Add a &calculated field"), this))
    , m_editExpression(new QPushButton(tr("&Edit calculated field\u2026"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_problems(new QListWidget(this))
    , m_problemsLabel(new QLabel(tr("&Problems:"), this))
    , m_message(new InlineMessage(this))
    , m_suggestions(new SuggestionPanel(m_model, this))
    , m_csv(new MappingCsvButtons(m_model, this))
    , m_toolbar(new MappingToolbar(m_model, state, session, this))
    , m_preview(new MappingPreviewPanel(this))
    , m_previewTimer(new QTimer(this))
{
    m_visual = new VisualMappingEditor(m_model, m_suggestions->model(), this);
    m_views = new QTabWidget(this);
    setObjectName(QStringLiteral("mappingPage"));
    setTitle(tr("Mapping"));
    setSubTitle(tr("Say which schema field each source column fills: drag a column onto a field, or change the "
                   "rules in the list."));
    m_views->setObjectName(QStringLiteral("mappingViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_visual, tr("&Visual"));
    m_views->addTab(m_editor, tr("&List of rules"));
    m_views->addTab(m_preview, tr("&Preview"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this,
            [this] { m_preview->setInput(MappingPreview::Input::fromState(*m_state, m_model->rules())); });
    // Only the tab shown is kept up to date: the preview is made when it is opened, and after edits while open.
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (m_views->currentWidget() == m_preview)
            m_previewTimer->start(0);
    });
    m_context->setObjectName(QStringLiteral("mappingContextLabel"));
    m_context->setWordWrap(true);
    m_requiredLabel->setObjectName(QStringLiteral("requiredFieldsLabel"));
    m_requiredLabel->setWordWrap(true);
    m_autoMap->setObjectName(QStringLiteral("autoMapButton"));
    m_autoMap->setToolTip(tr("Adds a rule for each column matching a field well enough (a score at or above "
                             "threshold); weaker matches wait below as suggestions."));
    m_addRule->setObjectName(QStringLiteral("addRuleButton"));
    m_addExpression->setObjectName(QStringLiteral("addExpressionButton"));
    m_addExpression->setToolTip(tr("A field computed from columns with functions, e.g. concat(first, \" \", last)."));
    m_editExpression->setObjectName(QStringLiteral("editExpressionButton"));
    m_editExpression->setEnabled(false);
    m_remove->setObjectName(QStringLiteral("removeRuleButton"));
    m_problems->setObjectName(QStringLiteral("mappingProblemList"));
    m_problems->setAccessibleName(tr("Mapping problems"));
    m_problems->setMaximumHeight(110);
    m_message->setObjectName(QStringLiteral("mappingMessage"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_autoMap);
    buttons->addWidget(m_addRule);
    buttons->addWidget(m_addExpression);
    buttons->addWidget(m_editExpression);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    // CSV under the table, beside the required fields: one row of buttons fits 820 pixels in French too.
    auto* below = new QHBoxLayout;
    below->addWidget(m_toolbar);
    below->addWidget(m_requiredLabel, 1);
    below->addWidget(m_csv);
    m_problemsLabel->setBuddy(m_problems);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_context);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_suggestions);
    layout->addLayout(below);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems);

    m_problems->installEventFilter(this);
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { showProblemRow(m_problems->row(item)); });
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { showProblemRow(m_problems->row(item)); });
    connect(m_model, &MappingModel::problemsChanged, this, [this] {
        if (m_views->currentWidget() == m_preview)
            m_previewTimer->start();
        showProblems();
        Q_EMIT completeChanged();
    });
    connect(m_autoMap, &QPushButton::clicked, this, [this] {
        // The sure matches become rules; the others wait in the suggestions, with their scores and reasons.
        const int suggested = m_suggestions->refresh();
        const int added = m_suggestions->acceptAll(m_suggestions->threshold());
        QString text = added > 0 ? tr("%n rule(s) added from matching names.", nullptr, added)
                                 : tr("No other column matches a schema field by name.");
        if (suggested > added)
            text += QLatin1Char(' ') + tr("%n suggestion(s) to review below.", nullptr, suggested - added);
        m_message->showMessage(added > 0 ? InlineMessage::Type::Positive : InlineMessage::Type::Information, text);
    });
    connect(m_toolbar, &MappingToolbar::message, this,
            [this](InlineMessage::Type type, const QString& text) { m_message->showMessage(type, text); });
    connect(m_csv, &MappingCsvButtons::message, this, [this](bool ok, const QString& text) {
        m_message->showMessage(ok ? InlineMessage::Type::Positive : InlineMessage::Type::Error, text);
    });
    connect(m_csv, &MappingCsvButtons::imported, this, [this](int count) {
        m_suggestions->clear(); // an imported mapping replaces the rules and the suggestions, as in Adobe's UI
        m_message->showMessage(InlineMessage::Type::Positive,
                               tr("%n rule(s) imported, in place of the earlier mapping.", nullptr, count));
    });
    connect(m_addRule, &QPushButton::clicked, this, [this] {
        m_views->setCurrentWidget(m_editor); // a new rule is typed in the list
        m_editor->editRow(m_model->addRule(false), MappingModel::SourceColumn);
    });
    connect(m_addExpression, &QPushButton::clicked, this, [this] { editExpression(m_model->addRule(true)); });
    connect(m_editExpression, &QPushButton::clicked, this, [this] { editExpression(m_editor->currentRow()); });
    connect(m_editor, &MappingEditor::expressionRequested, this, &MappingPage::editExpression);
    connect(m_editor, &MappingEditor::currentRowChanged, this, [this](int row) {
        m_editExpression->setEnabled(
            row >= 0 && m_model->index(row, MappingModel::SourceColumn).data(MappingModel::IsExpressionRole).toBool());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_editor->currentRow();
        if (row >= 0)
            m_model->removeRows(row, 1);
    });
}

QString MappingPage::helpText() const
{
    return tr("<p>The <b>mapping</b> tells, for each column of your table, which field of the schema it fills: "
              "for example the HubSpot column <i>Properties_Email_Value</i> fills <i>personalEmail.address</i>.</p>"
              "<p>A <b>calculated field</b> computes a value with functions, for example "
              "<i>concat(Properties_Firstname_Value, \" \", Properties_Lastname_Value)</i> for a full name, or "
              "<i>lower(Properties_Email_Value)</i>.</p><p>Columns you do not map are not brought in. The field "
              "marked <b>primary identity</b> must be filled, or the records cannot feed customer profiles.</p>");
}

void MappingPage::initializePage()
{
    m_model->setContext(m_state->columns(), m_state->schemaTree(), m_state->draft());
    m_model->setRules(m_state->draft().mapping);
    m_visual->setContext(m_state->columns(), m_state->previewRows());
    m_context->setText(tr("From the table \u201c%1\u201d to the schema \u201c%2\u201d.")
                           .arg(m_state->draft().source.path, m_state->schemaTitle()));
    m_suggestions->refresh();
    if (m_state->draft().mapping.isEmpty()) {
        // Start from a proposal rather than from nothing: most marketing columns have an obvious field. The sure
        // suggestions become rules (as Adobe applies its first recommendation); the others wait below.
        const int added = m_suggestions->acceptAll(m_suggestions->threshold());
        if (added > 0)
            m_message->showMessage(InlineMessage::Type::Information,
                                   tr("%n rule(s) proposed from matching names. Check them, then add what is "
                                      "missing.",
                                      nullptr, added));
    } else if (m_state->mappingNeedsReview()) {
        m_message->showMessage(InlineMessage::Type::Warning,
                               tr("The table or the schema changed since this mapping was made. Review the rules "
                                  "marked below; the others are kept."));
    } else {
        m_message->hideMessage();
    }
    QStringList required;
    for (const XdmField& field : m_model->targetFields()) {
        if (field.required)
            required << field.path;
    }
    QStringList lines;
    if (!m_model->identityPath().isEmpty())
        lines << tr("Primary identity: %1.").arg(m_model->identityPath());
    if (!required.isEmpty())
        lines << tr("Required fields: %1.").arg(required.join(QStringLiteral(", ")));
    m_requiredLabel->setText(lines.join(QLatin1Char(' ')));
    m_requiredLabel->setVisible(!lines.isEmpty());
    m_toolbar->resetBaseline(); // the rules as the page opens: nothing to undo yet
}

void MappingPage::showProblems()
{
    m_problems->clear();
    for (const MappingIssue& issue : m_model->issues())
        new QListWidgetItem(
            style()->standardIcon(issue.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            issue.message, m_problems);
    // No problem, no empty box: the rules get the room.
    m_problems->setVisible(m_problems->count() > 0);
    m_problemsLabel->setVisible(m_problems->count() > 0);
}

void MappingPage::editExpression(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_editor->showRow(row);
    const MappingRule rule = m_model->rules().at(row);
    auto* editor = new ExpressionEditor(m_model->columnNames(), rule.destination, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setExpression(rule.isExpression() ? rule.expression : rule.source);
    // Data Prep validates against a schema it has: an existing one, not the one the Review page will create.
    if (m_session && !m_state->draft().schema.create)
        editor->setPlatform(m_session->client(), m_state->draft().schema.id);
    connect(editor, &QDialog::accepted, this, [this, editor, row] {
        if (row < m_model->rowCount())
            m_model->setData(m_model->index(row, MappingModel::SourceColumn), editor->expression());
    });
    editor->open();
}

void MappingPage::showProblemRow(int problem)
{
    if (problem < 0 || problem >= m_model->issues().size())
        return;
    const int row = m_model->issues().at(problem).firstRow();
    m_editor->showRow(row);
    if (m_views->currentWidget() == m_visual && row >= 0)
        m_visual->showRule(row);
}

bool MappingPage::eventFilter(QObject* watched, QEvent* event)
{
    // Enter on a problem shows its rule, and only that: it must not also press Next.
    if (watched == m_problems && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            showProblemRow(m_problems->currentRow());
            return true;
        }
    }
    return WizardPage::eventFilter(watched, event);
}

bool MappingPage::isComplete() const
{
    return m_model->rowCount() > 0 && !m_model->hasErrors();
}

void MappingPage::cleanupPage()
{
    storeInput();
}

void MappingPage::storeInput()
{
    m_state->setMapping(m_model->rules(), false);
}

bool MappingPage::validatePage()
{
    m_state->setMapping(m_model->rules(), true);
    return true;
}
