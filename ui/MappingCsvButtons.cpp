// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingCsvButtons.h"

#include "CsvImportDialog.h"
#include "core/MappingModel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSaveFile>

MappingCsvButtons::MappingCsvButtons(MappingModel* rules, QWidget* parent)
    : QWidget(parent)
    , m_rules(rules)
    , m_export(new QPushButton(tr("E&xport CSV\u2026"), this))
    , m_import(new QPushButton(tr("&Import CSV\u2026"), this))
{
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setToolTip(tr("Saves these rules as a CSV file in Adobe's template columns: sourceType, source, "
                            "destination, description."));
    m_import->setObjectName(QStringLiteral("importCsvButton"));
    m_import->setToolTip(tr("Reads rules from a CSV file in Adobe's template columns; nothing changes before "
                            "you confirm."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_export);
    layout->addWidget(m_import);
    connect(m_export, &QPushButton::clicked, this, [this] { chooseFile(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { chooseFile(false); });
}

void MappingCsvButtons::chooseFile(bool save)
{
    auto* dialog = new QFileDialog(window(), save ? tr("Export mappings") : tr("Import mappings"), QDir::homePath(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("csvFileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (save) {
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->selectFile(QStringLiteral("mapping.csv"));
    }
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this, [this, save](const QString& path) {
        if (!save) {
            importFrom(path);
            return;
        }
        QString error;
        if (exportTo(path, &error))
            Q_EMIT message(true,
                           tr("%n rule(s) written to \u201c%1\u201d.", nullptr, m_rules->rowCount())
                               .arg(QDir::toNativeSeparators(path)));
        else
            Q_EMIT message(false, error);
    });
    dialog->open();
}

bool MappingCsvButtons::exportTo(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(MappingCsv::write(m_rules->rules())) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write \u201c%1\u201d: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void MappingCsvButtons::importFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT message(false,
                       tr("Could not read \u201c%1\u201d: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    QSet<QString> fields;
    for (const XdmField& field : m_rules->targetFields())
        fields.insert(field.path);
    const MappingCsv::Import import = MappingCsv::read(file.readAll(), m_rules->columnNames(), fields);
    auto* dialog = new CsvImportDialog(import, QFileInfo(path).fileName(), m_rules->rowCount(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<MappingRule> rules = dialog->import().rules;
        m_rules->setRules(rules);
        Q_EMIT imported(int(rules.size()));
    });
    dialog->open();
}
