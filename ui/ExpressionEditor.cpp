// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpressionEditor.h"

#include "model/ExpressionCatalog.h"
#include "model/ExpressionParser.h"
#include "services/DataPrepService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kCheckDelayMs = 250;
constexpr int kFunctionRole = Qt::UserRole + 1;

QLabel* wrapping(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ExpressionEditor::ExpressionEditor(const QStringList& columns, const QString& destination, QWidget* parent)
    : QDialog(parent)
    , m_columns(columns)
    , m_destination(destination)
    , m_text(new QPlainTextEdit(this))
    , m_check(wrapping(QStringLiteral("expressionCheckLabel"), this))
    , m_columnList(new QListWidget(this))
    , m_filter(new QLineEdit(this))
    , m_functions(new QTreeWidget(this))
    , m_functionHelp(wrapping(QStringLiteral("expressionFunctionHelp"), this))
    , m_validate(new QPushButton(tr("Check with the &Platform"), this))
    , m_platform(wrapping(QStringLiteral("expressionPlatformLabel"), this))
{
    setObjectName(QStringLiteral("expressionEditor"));
    setWindowTitle(tr("Calculated field"));
    m_text->setObjectName(QStringLiteral("expressionTextEdit"));
    m_text->setAccessibleName(tr("Expression"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("e.g. concat(Properties_Firstname_Value, \" \", Properties_Lastname_Value)"));
    m_columnList->setObjectName(QStringLiteral("expressionColumnList"));
    m_columnList->setAccessibleName(tr("Source columns"));
    m_columnList->addItems(columns);
    m_filter->setObjectName(QStringLiteral("expressionFunctionFilter"));
    m_filter->setPlaceholderText(tr("Search the functions"));
    m_filter->setClearButtonEnabled(true);
    m_functions->setObjectName(QStringLiteral("expressionFunctionList"));
    m_functions->setAccessibleName(tr("Functions"));
    m_functions->setHeaderLabels({tr("Function"), tr("What it does")});
    m_functions->setRootIsDecorated(false);
    m_functions->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const ExpressionFunction& function : ExpressionCatalog::functions()) {
        auto* item = new QTreeWidgetItem(m_functions, {function.signature, ExpressionCatalog::description(function)});
        item->setData(0, kFunctionRole, QVariant::fromValue(static_cast<const void*>(&function)));
        item->setToolTip(0, tr("Example: %1").arg(function.example));
    }
    m_validate->setObjectName(QStringLiteral("validateExpressionButton"));
    m_validate->setEnabled(false);
    m_validate->setToolTip(tr("The Platform can check a calculated field once the schema exists there; a new schema "
                              "is made on the Review page."));

    auto* insertColumn = new QPushButton(tr("Insert the &column"), this);
    insertColumn->setObjectName(QStringLiteral("insertColumnButton"));
    auto* insertFunction = new QPushButton(tr("Insert the &function"), this);
    insertFunction->setObjectName(QStringLiteral("insertFunctionButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* expressionLabel = new QLabel(
        tr("&Expression filling %1:").arg(destination.isEmpty() ? QStringLiteral("\u2026") : destination), this);
    expressionLabel->setBuddy(m_text);
    auto* columnsLabel = new QLabel(tr("Co&lumns:"), this);
    columnsLabel->setBuddy(m_columnList);
    auto* functionsLabel = new QLabel(tr("F&unctions:"), this);
    functionsLabel->setBuddy(m_filter);
    auto* left = new QVBoxLayout;
    left->addWidget(columnsLabel);
    left->addWidget(m_columnList, 1);
    left->addWidget(insertColumn);
    auto* right = new QVBoxLayout;
    right->addWidget(functionsLabel);
    right->addWidget(m_filter);
    right->addWidget(m_functions, 1);
    right->addWidget(m_functionHelp);
    right->addWidget(insertFunction);
    auto* lists = new QHBoxLayout;
    lists->addLayout(left, 1);
    lists->addLayout(right, 2);
    auto* platform = new QHBoxLayout;
    platform->addWidget(m_validate);
    platform->addWidget(m_platform, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(expressionLabel);
    layout->addWidget(m_text);
    layout->addWidget(m_check);
    layout->addLayout(lists, 1);
    layout->addLayout(platform);
    layout->addWidget(buttons);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 5 + 12);
    resize(860, 560);

    // Checked once typing pauses: one single-shot timer, nothing runs while nothing changes.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kCheckDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &ExpressionEditor::recheck);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_platform->clear();
        m_debounce.start();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &ExpressionEditor::filterFunctions);
    connect(m_functions, &QTreeWidget::currentItemChanged, this, &ExpressionEditor::showFunction);
    connect(m_functions, &QTreeWidget::itemActivated, this, &ExpressionEditor::insertFunction);
    connect(insertFunction, &QPushButton::clicked, this, &ExpressionEditor::insertFunction);
    const auto insertCurrentColumn = [this] {
        if (QListWidgetItem* item = m_columnList->currentItem())
            insertAtCursor(ExpressionParser::columnReference(item->text()));
    };
    connect(m_columnList, &QListWidget::itemActivated, this, insertCurrentColumn);
    connect(insertColumn, &QPushButton::clicked, this, insertCurrentColumn);
    connect(m_validate, &QPushButton::clicked, this, &ExpressionEditor::validateOnline);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_functions->setCurrentItem(m_functions->topLevelItem(0));
    recheck();
}

void ExpressionEditor::setExpression(const QString& expression)
{
    m_text->setPlainText(expression);
    m_debounce.stop();
    recheck();
}

QString ExpressionEditor::expression() const
{
    return m_text->toPlainText().trimmed();
}

void ExpressionEditor::setPlatform(PlatformClient* client, const QString& schemaId)
{
    m_client = client;
    m_schemaId = schemaId;
    const bool possible = client && !schemaId.isEmpty();
    m_validate->setEnabled(possible);
    if (possible)
        m_validate->setToolTip(
            tr("Asks Data Prep whether it accepts this calculated field for %1.").arg(m_destination));
}

void ExpressionEditor::insertAtCursor(const QString& text, int cursorBack)
{
    QTextCursor cursor = m_text->textCursor();
    cursor.insertText(text);
    cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, cursorBack);
    m_text->setTextCursor(cursor);
    m_text->setFocus();
}

void ExpressionEditor::recheck()
{
    const QString text = m_text->toPlainText();
    const ExpressionCheck check = ExpressionParser::check(text, m_columns, !m_columns.isEmpty());
    QList<QTextEdit::ExtraSelection> marks;
    if (check.ok()) {
        m_check->setText(tr("The expression reads correctly."));
        m_check->setStyleSheet(QString());
    } else {
        QStringList lines;
        for (const ExpressionError& error : check.errors) {
            //: %1 the character where the problem is (1 for the first), %2 the problem and what to do.
            lines << tr("Character %1: %2").arg(error.position + 1).arg(error.message);
            QTextEdit::ExtraSelection mark;
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(QColor(0xc0, 0x1c, 0x28));
            mark.format.setBackground(QColor(0xc0, 0x1c, 0x28, 40));
            mark.cursor = QTextCursor(m_text->document());
            // A missing character (past the end) marks the last one.
            const int start = qBound(0, error.position, qMax(0, int(text.size()) - 1));
            const int end = qBound(start + 1, error.position + error.length, qMax(1, int(text.size())));
            mark.cursor.setPosition(start);
            mark.cursor.setPosition(end, QTextCursor::KeepAnchor);
            marks << mark;
        }
        m_check->setText(lines.join(QLatin1Char('\n')));
        m_check->setStyleSheet(QStringLiteral("color: #c01c28;"));
    }
    m_text->setExtraSelections(marks);
}

void ExpressionEditor::filterFunctions()
{
    const QString filter = m_filter->text();
    QTreeWidgetItem* firstShown = nullptr;
    for (int i = 0; i < m_functions->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_functions->topLevelItem(i);
        const auto* function
            = static_cast<const ExpressionFunction*>(item->data(0, kFunctionRole).value<const void*>());
        const bool shown = ExpressionCatalog::matches(*function, filter);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (!m_functions->currentItem() || m_functions->currentItem()->isHidden())
        m_functions->setCurrentItem(firstShown);
    showFunction();
}

void ExpressionEditor::showFunction()
{
    QTreeWidgetItem* item = m_functions->currentItem();
    if (!item || item->isHidden()) {
        m_functionHelp->setText(tr("No function matches this search."));
        return;
    }
    const auto* function = static_cast<const ExpressionFunction*>(item->data(0, kFunctionRole).value<const void*>());
    //: %1 the signature, %2 the sentence, %3 an example.
    m_functionHelp->setText(
        tr("%1 \u2014 %2 Example: %3")
            .arg(function->signature, ExpressionCatalog::description(*function), function->example));
}

void ExpressionEditor::insertFunction()
{
    QTreeWidgetItem* item = m_functions->currentItem();
    if (!item || item->isHidden())
        return;
    const auto* function = static_cast<const ExpressionFunction*>(item->data(0, kFunctionRole).value<const void*>());
    // The cursor lands between the parentheses, where the first argument goes.
    if (function->isMethod)
        insertAtCursor(QStringLiteral(".%1()").arg(function->name), 1);
    else
        insertAtCursor(QStringLiteral("%1()").arg(function->name), 1);
}

void ExpressionEditor::validateOnline()
{
    if (!m_client || m_schemaId.isEmpty())
        return;
    if (m_job)
        m_job->abort();
    m_validate->setEnabled(false);
    m_platform->setText(tr("Asking the Platform\u2026"));
    const MappingRule rule{{}, expression(), m_destination};
    m_job = DataPrepService(m_client)
                .validate(m_schemaId, {rule}, this)
                ->onFinished(this, [this](const TypedJob<QList<MappingCheck>>& job) {
                    m_validate->setEnabled(true);
                    if (!job.ok()) {
                        if (job.error().kind != PlatformError::Kind::Cancelled)
                            m_platform->setText(tr("The Platform could not check it: %1").arg(job.error().userMessage));
                        return;
                    }
                    const MappingCheck verdict = job.value().isEmpty() ? MappingCheck{} : job.value().first();
                    m_platform->setText(verdict.ok ? tr("The Platform accepts this calculated field.")
                                                   : tr("The Platform refuses this calculated field: %1")
                                                         .arg(verdict.errors.join(QLatin1Char(' '))));
                });
}
