// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityPicker.h"

#include "ElidingComboBox.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>

IdentityPicker::IdentityPicker(QWidget* parent)
    : QWidget(parent), m_field(new ElidingComboBox(this)), m_namespace(new QComboBox(this)), m_note(new QLabel(this))
{
    m_field->setObjectName(QStringLiteral("identityFieldComboBox"));
    m_field->setAccessibleName(tr("Primary identity field"));
    m_namespace->setObjectName(QStringLiteral("identityNamespaceComboBox"));
    m_namespace->setAccessibleName(tr("Identity namespace"));
    m_namespace->setEditable(true);
    m_namespace->setToolTip(tr("The kind of identifier the field holds, as Experience Platform names it "
                               "(its identity namespace)."));
    m_note->setObjectName(QStringLiteral("identityNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #9c6500;"));
    m_note->setVisible(false);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_field, 0, 0);
    grid->addWidget(new QLabel(tr("in"), this), 0, 1);
    grid->addWidget(m_namespace, 0, 2);
    grid->addWidget(m_note, 1, 0, 1, 3);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(2, 1);
    setFocusProxy(m_field);
    connect(m_field, &QComboBox::activated, this, [this] { m_userChose = true; });
    connect(m_field, &QComboBox::currentIndexChanged, this, [this](int row) {
        setNamespaces(row > 0 ? IdentityRules::namespacesFor(m_fields.at(row - 1)) : IdentityRules::namespaces());
        Q_EMIT changed();
    });
}

void IdentityPicker::setNamespaces(const QStringList& namespaces)
{
    m_namespace->clear();
    m_namespace->addItems(namespaces);
    m_namespace->setCurrentIndex(namespaces.isEmpty() ? -1 : 0);
}

void IdentityPicker::setChoices(const IdentityRules::Choices& choices)
{
    const QString before = path();
    m_field->blockSignals(true);
    m_field->clear();
    m_fields = choices.fields;
    m_field->addItem(tr("(none)"), QString());
    for (const XdmField& field : choices.fields)
        m_field->addItem(tr("%1 (%2)").arg(field.title, field.path), field.path); // the data: for tests
    int row = 0;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).path == choices.selected)
            row = i + 1;
    }
    m_field->setCurrentIndex(row);
    m_field->blockSignals(false);
    if (row == 0 || path() != before || m_namespace->currentText().trimmed().isEmpty())
        setNamespaces(row > 0 ? choices.namespaces : IdentityRules::namespaces()); // the same field keeps its own
}

void IdentityPicker::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString IdentityPicker::path() const
{
    const int row = m_field->currentIndex();
    return row > 0 && row <= m_fields.size() ? m_fields.at(row - 1).path : QString();
}

std::optional<DraftIdentity> IdentityPicker::identity() const
{
    if (path().isEmpty())
        return std::nullopt;
    return DraftIdentity{path(), m_namespace->currentText().trimmed()};
}
