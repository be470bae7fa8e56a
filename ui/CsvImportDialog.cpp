// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvImportDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

CsvImportDialog::CsvImportDialog(const MappingCsv::Import& import, const QString& fileName, int currentRules,
                                 QWidget* parent)
    : QDialog(parent), m_import(import), m_rules(new QListWidget(this)), m_problems(new QListWidget(this))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import mappings"));
    setWindowModality(Qt::WindowModal);
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("csvImportSummaryLabel"));
    summary->setWordWrap(true);
    QString text = tr("%n rule(s) read from \u201c%1\u201d.", nullptr, int(import.rules.size())).arg(fileName);
    if (!import.rules.isEmpty() && currentRules > 0)
        text += QLatin1Char(' ')
            + tr("Importing replaces the %n rule(s) of this mapping; suggestions are dropped.", nullptr, currentRules);
    if (!import.problems.isEmpty())
        text += QLatin1Char(' ')
            + tr("%n line(s) or column(s) left out, listed below.", nullptr, int(import.problems.size()));
    summary->setText(text);

    m_rules->setObjectName(QStringLiteral("csvImportRuleList"));
    m_rules->setAccessibleName(tr("Rules to import"));
    for (int i = 0; i < import.rules.size(); ++i) {
        const MappingRule& rule = import.rules.at(i);
        m_rules->addItem(tr("Line %1: %2 \u2192 %3")
                             .arg(import.lines.value(i))
                             .arg(rule.isExpression() ? rule.expression : rule.source, rule.destination));
    }
    m_problems->setObjectName(QStringLiteral("csvImportProblemList"));
    m_problems->setAccessibleName(tr("Import problems"));
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const MappingCsv::Problem& problem : import.problems)
        m_problems->addItem(new QListWidgetItem(
            warning, problem.line > 0 ? tr("Line %1: %2").arg(problem.line).arg(problem.message) : problem.message));
    m_problems->setVisible(m_problems->count() > 0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Import"));
    ok->setObjectName(QStringLiteral("csvImportAcceptButton"));
    ok->setEnabled(!import.rules.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_rules, 2);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}
