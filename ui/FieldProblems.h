// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/DraftProblem.h"

#include <QHash>
#include <QList>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

/**
 * The problem labels under a form's fields, each showing the validator's problems for one recipe path
 * ("dataflow.schedule.interval"). A problem goes under the deepest path that prefixes its field, else under the
 * general label. Screen readers get the text as the field's accessible description.
 */
class FieldProblems
{
public:
    explicit FieldProblems(const QString& generalKey) : m_generalKey(generalKey) { }

    /** A hidden, word-wrapped label named @p objectName for @p key, shown under @p field (which may be null). */
    QLabel* addLabel(QWidget* parent, const QString& key, const QString& objectName, QWidget* field = nullptr);
    /**
     * A row of @p form: @p label (with a mnemonic, buddy of @p field; none when empty), then @p field (and @p extra
     * beside it) with its problem label, named @p objectName, under it. Widgets are made children of @p owner.
     */
    void addRow(QWidget* owner, QFormLayout* form, const QString& label, QWidget* field, const QString& key,
                const QString& objectName, QWidget* extra = nullptr);
    /** Problems of @p field (a path with no label of its own) go under @p key's label instead. */
    void redirect(const QString& field, const QString& key) { m_redirects.insert(field, key); }

    void show(const QList<DraftProblem>& problems);
    /** The first of @p order (in keyboard order) that has a problem and can take the focus; null when none. */
    QWidget* firstWithProblem(const QList<QWidget*>& order) const;

private:
    QString keyFor(const QString& field) const;

    QString m_generalKey;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QString> m_redirects;
};
