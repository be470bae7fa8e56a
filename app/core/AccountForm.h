// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DataflowDraft.h"
#include "services/SourcesService.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/** One field of the new-account form. */
struct AccountField
{
    QString key; ///< the auth parameter: "clientSecret"
    QString name; ///< in the user's language: "Client secret"
    QString label; ///< "Client secret (required):"
    QString hint; ///< for the placeholder and the tooltip: ours for a known source, else the Platform's description
    bool required = false;
    bool password = false; ///< typed hidden, never into the draft, a recipe, the journal or a log
};

/**
 * The new-account form of one authentication spec, without widgets: its fields, what the user typed, what is
 * missing, and the split of the values into the draft's account (non-secret) and the secrets (in memory only).
 */
class AccountForm
{
    Q_DECLARE_TR_FUNCTIONS(AccountForm)
public:
    AccountForm() = default;
    /** The fields of @p spec, their hints in the user's language when @p connectionSpecId is a known source. */
    explicit AccountForm(const AuthSpec& spec, const QString& connectionSpecId = {});

    const QString& authSpecName() const { return m_authSpecName; }
    const QList<AccountField>& fields() const { return m_fields; }
    void setName(const QString& name) { m_name = name; }
    QString name() const { return m_name.trimmed(); }
    void setValue(const QString& key, const QString& value) { m_values.insert(key, value); }
    QString value(const QString& key) const { return m_values.value(key); }
    /** Fills the form from a draft's account (its non-secret params) and the secrets kept in memory. */
    void fill(const DraftNewAccount& account, const QJsonObject& secrets);

    /** What is still to type, as the form names it ("account name", "Client secret"); empty when complete. */
    QStringList missing() const;
    bool isComplete() const { return missing().isEmpty(); }
    /** The draft's account: name, description, auth spec and the non-secret params typed. */
    DraftNewAccount draftAccount(const QString& description = {}) const;
    /** The secret params typed: for the Platform only. */
    QJsonObject secrets() const;

    /** The environment variable --apply reads a secret auth parameter from: AEP_ACCOUNT_<KEY upper-cased>. */
    static QString environmentVariable(const QString& key);
    /**
     * The secret params of @p spec for --apply, each from environmentVariable(key) through @p env. The required ones
     * that the recipe's @p given params lack and the environment does not give are the variables in @p missing.
     */
    static QJsonObject secretsFromEnvironment(const AuthSpec& spec, const QJsonObject& given, QStringList* missing,
                                              const std::function<QString(const QString&)>& env);

private:
    QString m_authSpecName;
    QList<AccountField> m_fields;
    QString m_name;
    QHash<QString, QString> m_values;
};
