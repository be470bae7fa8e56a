// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewAccountForm.h"

#include "ElidingComboBox.h"

#include "core/SourceCatalog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kFixedRows = 2; // the account name and the authentication type, above the type's own fields
}

NewAccountForm::NewAccountForm(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_authType(new ElidingComboBox(this))
    , m_fieldForm(new QFormLayout)
    , m_test(new QPushButton(tr("&Test connection"), this))
{
    m_name->setObjectName(QStringLiteral("accountNameLineEdit"));
    m_name->setAccessibleName(tr("Account name"));
    m_authType->setObjectName(QStringLiteral("authTypeComboBox"));
    m_authType->setAccessibleName(tr("Authentication type"));
    m_test->setObjectName(QStringLiteral("connectAccountButton"));
    // One form for the name, the type and the type's fields: their labels share one column.
    m_fieldForm->addRow(tr("Account na&me:"), m_name);
    //: How the user signs in to the source, e.g. "With the keys of a HubSpot private app"
    m_fieldForm->addRow(tr("&Sign-in:"), m_authType);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_fieldForm);
    layout->addWidget(m_test, 0, Qt::AlignRight);
    layout->addStretch();
    connect(m_name, &QLineEdit::textChanged, this, &NewAccountForm::changed);
    connect(m_authType, &QComboBox::currentIndexChanged, this, [this] {
        buildFields();
        Q_EMIT changed();
    });
}

void NewAccountForm::setSpec(const ConnectionSpec& spec, const QString& accountName)
{
    if (!m_spec.id.isEmpty())
        m_typed.insert(m_spec.id, form()); // in memory only: back to this source, the form is as the user left it
    m_spec = spec;
    m_authType->blockSignals(true);
    m_authType->clear();
    for (const AuthSpec& auth : spec.authSpecs)
        m_authType->addItem(SourceCatalog::authName(spec.id, auth.type, auth.name));
    m_authType->blockSignals(false);
    m_fieldForm->setRowVisible(m_authType, m_authType->count() > 1); // one way to sign in: nothing to choose
    m_name->setText(m_proposedName.propose(accountName));
    buildFields();
    const auto typed = m_typed.constFind(spec.id);
    if (typed != m_typed.constEnd())
        fill(typed->draftAccount(), typed->secrets());
    Q_EMIT changed();
}

void NewAccountForm::buildFields()
{
    while (m_fieldForm->rowCount() > kFixedRows)
        m_fieldForm->removeRow(kFixedRows);
    m_edits.clear();
    const int index = m_authType->currentIndex();
    m_form = index >= 0 && index < m_spec.authSpecs.size() ? AccountForm(m_spec.authSpecs.at(index), m_spec.id)
                                                           : AccountForm();
    for (const AccountField& field : m_form.fields()) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("auth_") + field.key);
        edit->setPlaceholderText(field.hint);
        edit->setToolTip(field.hint);
        edit->setAccessibleName(field.name);
        if (field.password)
            edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &NewAccountForm::changed);
        m_fieldForm->addRow(field.label, edit);
        m_edits << edit;
    }
}

void NewAccountForm::fill(const DraftNewAccount& account, const QJsonObject& secrets)
{
    for (int i = 0; i < m_spec.authSpecs.size(); ++i) {
        if (m_spec.authSpecs.at(i).name == account.authSpecName)
            m_authType->setCurrentIndex(i);
    }
    AccountForm filled = m_form;
    filled.fill(account, secrets);
    m_name->setText(filled.name());
    for (int i = 0; i < m_edits.size(); ++i)
        m_edits.at(i)->setText(filled.value(m_form.fields().at(i).key));
}

AccountForm NewAccountForm::form() const
{
    AccountForm form = m_form;
    form.setName(m_name->text());
    for (int i = 0; i < m_edits.size(); ++i)
        form.setValue(m_form.fields().at(i).key, m_edits.at(i)->text());
    return form;
}

bool NewAccountForm::proposeName(const QString& accountName)
{
    const QString shown = m_proposedName.follow(m_name->text(), accountName);
    if (shown == m_name->text())
        return false;
    m_name->setText(shown);
    return true;
}
