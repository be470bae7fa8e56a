// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingToolbar.h"

#include "ImportMappingDialog.h"
#include "core/MappingHistory.h"
#include "core/MappingModel.h"
#include "core/MappingValidation.h"
#include "core/Session.h"
#include "core/WizardState.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MappingToolbar::MappingToolbar(MappingModel* rules, WizardState* state, Session* session, QWidget* parent)
    : QWidget(parent)
    , m_rules(rules)
    , m_state(state)
    , m_session(session)
    , m_history(new MappingHistory(rules, this))
    , m_validation(new MappingValidation(this))
    , m_undo(new QToolButton(this))
    , m_redo(new QToolButton(this))
    , m_validate(new QPushButton(this))
    , m_more(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_import(new QAction(this))
    , m_clear(new QAction(this))
{
    setObjectName(QStringLiteral("mappingToolbar"));
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_redo->setObjectName(QStringLiteral("redoButton"));
    m_validate->setObjectName(QStringLiteral("validateMappingButton"));
    m_more->setObjectName(QStringLiteral("moreMappingButton"));
    m_menu->setObjectName(QStringLiteral("moreMappingMenu"));
    m_import->setObjectName(QStringLiteral("importMappingAction"));
    m_clear->setObjectName(QStringLiteral("clearMappingAction"));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(m_menu);
    m_menu->addAction(m_import);
    m_menu->addSeparator();
    m_menu->addAction(m_clear);
    // The shortcuts work wherever the focus is on the page, not in the rest of the wizard.
    auto* undo = new QAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* redo = new QAction(this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (parent) {
        parent->addAction(undo);
        parent->addAction(redo);
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_undo);
    layout->addWidget(m_redo);
    layout->addWidget(m_validate);
    layout->addWidget(m_more);
    retranslate();

    connect(m_undo, &QToolButton::clicked, m_history, &MappingHistory::undo);
    connect(m_redo, &QToolButton::clicked, m_history, &MappingHistory::redo);
    connect(undo, &QAction::triggered, m_history, &MappingHistory::undo);
    connect(redo, &QAction::triggered, m_history, &MappingHistory::redo);
    connect(m_history, &MappingHistory::changed, this, &MappingToolbar::updateButtons);
    connect(m_clear, &QAction::triggered, this, [this] {
        const int count = int(m_rules->rules().size());
        m_history->clearAll();
        Q_EMIT message(InlineMessage::Type::Information,
                       tr("%n rule(s) cleared. Undo (Ctrl+Z) brings them back.", nullptr, count));
    });
    connect(m_import, &QAction::triggered, this, &MappingToolbar::importFromDataflow);
    connect(m_validate, &QPushButton::clicked, this, &MappingToolbar::validate);
    connect(m_validation, &MappingValidation::finished, this, [this](const MappingVerdict& verdict) {
        m_validate->setEnabled(true);
        QStringList lines{verdict.summary()};
        lines << verdict.messages().mid(0, 5);
        Q_EMIT message(verdict.ok() ? InlineMessage::Type::Positive : InlineMessage::Type::Error,
                       lines.join(QLatin1Char('\n')));
    });
    updateButtons();
}

void MappingToolbar::resetBaseline()
{
    m_history->resetBaseline();
    updateButtons();
}

void MappingToolbar::importFromDataflow()
{
    if (!m_session)
        return;
    auto* dialog = new ImportMappingDialog(m_session->client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTargetSchemaId(MappingValidation::platformSchemaId(m_state->draft()));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<MappingRule> taken = dialog->rules();
        if (taken.isEmpty())
            return;
        m_history->replaceRules(taken, MappingHistory::importedFromFlowText(dialog->flowName(), int(taken.size())));
        Q_EMIT message(InlineMessage::Type::Positive,
                       tr("%n rule(s) taken from the dataflow \u201c%1\u201d, in place of the earlier mapping. Undo "
                          "(Ctrl+Z) brings the earlier one back.",
                          nullptr, int(taken.size()))
                           .arg(dialog->flowName()));
    });
    dialog->open();
}

void MappingToolbar::validate()
{
    m_validate->setEnabled(false);
    Q_EMIT message(InlineMessage::Type::Information, tr("Checking the mapping\u2026"));
    m_validation->start(*m_rules, m_session ? m_session->client() : nullptr, m_state->draft());
}

void MappingToolbar::updateButtons()
{
    m_undo->setEnabled(m_history->canUndo());
    m_redo->setEnabled(m_history->canRedo());
    m_undo->setToolTip(m_history->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(m_history->undoText()) : tr("Undo (Ctrl+Z)"));
    m_redo->setToolTip(m_history->canRedo() ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(m_history->redoText())
                                            : tr("Redo (Ctrl+Shift+Z)"));
    m_clear->setEnabled(!m_rules->rules().isEmpty());
    m_import->setEnabled(m_session != nullptr);
}

void MappingToolbar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_history->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MappingToolbar::retranslate()
{
    m_undo->setAccessibleName(tr("Undo"));
    m_redo->setAccessibleName(tr("Redo"));
    m_validate->setText(tr("Vali&date"));
    m_validate->setToolTip(tr("Runs every check of the mapping, and the Platform's own when the schema exists."));
    m_more->setText(tr("More"));
    m_more->setAccessibleName(tr("More mapping actions"));
    m_import->setText(tr("&Import the mapping of a dataflow\u2026"));
    m_clear->setText(tr("&Clear all rules"));
    updateButtons();
}
