// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AccountForm.h"

#include "core/SourceCatalog.h"

AccountForm::AccountForm(const AuthSpec& spec, const QString& connectionSpecId) : m_authSpecName(spec.name)
{
    for (const AuthParameter& parameter : spec.parameters) {
        AccountField field;
        field.key = parameter.name;
        field.name = SourceCatalog::authFieldName(parameter.name);
        //: A field of the new-account form: %1 the parameter's name ("Client secret").
        field.label = parameter.required ? tr("%1 (required):").arg(field.name) : tr("%1:").arg(field.name);
        field.hint = SourceCatalog::authHint(connectionSpecId, parameter.name, parameter.description);
        field.required = parameter.required;
        field.password = parameter.secret;
        m_fields << field;
    }
}

void AccountForm::fill(const DraftNewAccount& account, const QJsonObject& secrets)
{
    m_name = account.name;
    m_values.clear();
    for (const AccountField& field : std::as_const(m_fields)) {
        const QJsonObject& from = field.password ? secrets : account.params;
        if (from.contains(field.key))
            m_values.insert(field.key, from.value(field.key).toString());
    }
}

QStringList AccountForm::missing() const
{
    QStringList missing;
    if (name().isEmpty())
        missing << tr("account name");
    for (const AccountField& field : m_fields) {
        if (field.required && m_values.value(field.key).isEmpty())
            missing << field.name;
    }
    return missing;
}

DraftNewAccount AccountForm::draftAccount(const QString& description) const
{
    DraftNewAccount account;
    account.name = name();
    account.description = description;
    account.authSpecName = m_authSpecName;
    for (const AccountField& field : m_fields) {
        const QString value = m_values.value(field.key);
        if (!field.password && !value.isEmpty())
            account.params.insert(field.key, value);
    }
    return account;
}

QJsonObject AccountForm::secrets() const
{
    QJsonObject secrets;
    for (const AccountField& field : m_fields) {
        const QString value = m_values.value(field.key);
        if (field.password && !value.isEmpty())
            secrets.insert(field.key, value);
    }
    return secrets;
}

QString AccountForm::environmentVariable(const QString& key)
{
    QString name;
    for (const QChar c : key)
        name += c.isLetterOrNumber() ? c.toUpper() : QLatin1Char('_');
    return QStringLiteral("AEP_ACCOUNT_") + name;
}

QJsonObject AccountForm::secretsFromEnvironment(const AuthSpec& spec, const QJsonObject& given, QStringList* missing,
                                                const std::function<QString(const QString&)>& env)
{
    QJsonObject secrets;
    for (const AuthParameter& parameter : spec.parameters) {
        if (!parameter.secret || given.contains(parameter.name))
            continue;
        const QString variable = environmentVariable(parameter.name);
        const QString value = env(variable);
        if (!value.isEmpty())
            secrets.insert(parameter.name, value);
        else if (parameter.required)
            *missing << variable;
    }
    return secrets;
}
