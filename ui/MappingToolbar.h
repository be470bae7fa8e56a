// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InlineMessage.h"

#include <QWidget>

class MappingHistory;
class MappingModel;
class MappingValidation;
class QMenu;
class QPushButton;
class QToolButton;
class Session;
class WizardState;

/**
 * The Mapping page's second row of actions: Undo and Redo of every edit (Ctrl+Z, Ctrl+Shift+Z), Validate (every
 * check, and the Platform's when the schema exists), and a menu with "Import the mapping of a dataflow…" and
 * "Clear all". What they say goes to the page's banner through message().
 */
class MappingToolbar : public QWidget
{
    Q_OBJECT
public:
    MappingToolbar(MappingModel* rules, WizardState* state, Session* session, QWidget* parent = nullptr);

    MappingHistory* history() const { return m_history; }
    /** After the page loaded the draft's rules: what came before is not an undo step. */
    void resetBaseline();

Q_SIGNALS:
    void message(InlineMessage::Type type, const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButtons();
    void retranslate();
    void importFromDataflow();
    void validate();

    MappingModel* m_rules;
    WizardState* m_state;
    Session* m_session;
    MappingHistory* m_history;
    MappingValidation* m_validation;
    QToolButton* m_undo;
    QToolButton* m_redo;
    QPushButton* m_validate;
    QToolButton* m_more;
    QMenu* m_menu;
    QAction* m_import;
    QAction* m_clear;
};
