// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AccountForm.h"
#include "core/ProposedText.h"
#include "services/SourcesService.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

/** The Source page's new-account form: the account's name, its authentication and the fields of that spec. */
class NewAccountForm : public QWidget
{
    Q_OBJECT
public:
    explicit NewAccountForm(QWidget* parent = nullptr);

    /** Shows the authentications of @p spec, the first one's fields empty, and @p accountName. */
    void setSpec(const ConnectionSpec& spec, const QString& accountName);
    /**
     * Proposes @p accountName again (after a language switch): taken only while the name shown is the last one
     * proposed, untouched. True when the name changed.
     */
    bool proposeName(const QString& accountName);
    /** Fills the form again from a draft's account and the secrets kept in memory. */
    void fill(const DraftNewAccount& account, const QJsonObject& secrets);
    /** The form's model with what is typed now. */
    AccountForm form() const;
    QPushButton* testButton() const { return m_test; }

Q_SIGNALS:
    void changed();

private:
    void buildFields();

    ConnectionSpec m_spec;
    QLineEdit* m_name;
    QComboBox* m_authType;
    QFormLayout* m_fieldForm;
    QPushButton* m_test;
    AccountForm m_form; ///< the fields of the chosen authentication (values are read from m_edits)
    QList<QLineEdit*> m_edits; ///< one per m_form.fields(), in that order
    /** What was typed for each other source (by connection spec id), secrets included: in memory, never in a file. */
    QHash<QString, AccountForm> m_typed;
    ProposedText m_proposedName;
};
