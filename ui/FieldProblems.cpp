// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldProblems.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStringList>

QLabel* FieldProblems::addLabel(QWidget* parent, const QString& key, const QString& objectName, QWidget* field)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    m_labels.insert(key, label);
    if (field)
        m_fields.insert(key, field);
    return label;
}

void FieldProblems::addRow(QWidget* owner, QFormLayout* form, const QString& label, QWidget* field, const QString& key,
                           const QString& objectName, QWidget* extra)
{
    auto* container = new QWidget(owner);
    auto* column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    if (extra) {
        auto* row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(extra);
        column->addLayout(row);
    } else {
        column->addWidget(field);
    }
    column->addWidget(addLabel(container, key, objectName, field));
    if (label.isEmpty()) {
        form->addRow(container);
    } else {
        auto* caption = new QLabel(label, owner);
        caption->setBuddy(field);
        form->addRow(caption, container);
    }
}

QString FieldProblems::keyFor(const QString& field) const
{
    if (m_redirects.contains(field))
        return m_redirects.value(field);
    QString best;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QString& key = it.key();
        if ((field == key || field.startsWith(key + QLatin1Char('.'))) && key.size() > best.size())
            best = key;
    }
    return best.isEmpty() ? m_generalKey : best;
}

void FieldProblems::show(const QList<DraftProblem>& problems)
{
    QHash<QString, QStringList> texts;
    QHash<QString, bool> errors;
    for (const DraftProblem& problem : problems) {
        const QString key = keyFor(problem.field);
        texts[key] << problem.message;
        errors[key] = errors.value(key) || problem.isError();
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        QLabel* label = it.value();
        const QString text = texts.value(it.key()).join(QLatin1Char('\n'));
        if (label->text() != text)
            label->setText(text);
        label->setStyleSheet(errors.value(it.key()) ? QStringLiteral("color: #c01c28;")
                                                    : QStringLiteral("color: #9c6500;"));
        label->setVisible(!text.isEmpty());
        if (QWidget* field = m_fields.value(it.key()))
            field->setAccessibleDescription(text);
    }
}

QWidget* FieldProblems::firstWithProblem(const QList<QWidget*>& order) const
{
    for (QWidget* field : order) {
        if (!field->accessibleDescription().isEmpty() && field->isEnabled())
            return field;
    }
    return nullptr;
}
