// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityPicker.h"

#include "ElidingComboBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

IdentityPicker::IdentityPicker(QWidget* parent)
    : QWidget(parent), m_field(new ElidingComboBox(this)), m_namespace(new QComboBox(this))
{
    m_field->setObjectName(QStringLiteral("identityFieldComboBox"));
    m_field->setAccessibleName(tr("Primary identity field"));
    m_namespace->setObjectName(QStringLiteral("identityNamespaceComboBox"));
    m_namespace->setAccessibleName(tr("Identity namespace"));
    m_namespace->setEditable(true);
    m_namespace->addItems(IdentityRules::namespaces());
    m_namespace->setToolTip(tr("The kind of identifier the field holds, as Experience Platform names it "
                               "(its identity namespace)."));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_field, 2);
    row->addWidget(new QLabel(tr("in"), this));
    row->addWidget(m_namespace, 1);
    setFocusProxy(m_field);
    connect(m_field, &QComboBox::activated, this, [this] { m_userChose = true; });
    connect(m_field, &QComboBox::currentIndexChanged, this, &IdentityPicker::changed);
}

void IdentityPicker::setChoices(const IdentityRules::Choices& choices)
{
    m_field->blockSignals(true);
    m_field->clear();
    m_paths = {QString()};
    m_field->addItem(tr("(none)"), QString());
    for (const XdmField& field : choices.fields) {
        m_paths << field.path;
        m_field->addItem(tr("%1 (%2)").arg(field.title, field.path), field.path); // the data: for tests
    }
    m_field->setCurrentIndex(qMax(0, m_paths.indexOf(choices.selected)));
    m_field->blockSignals(false);
}

QString IdentityPicker::path() const
{
    return m_paths.value(m_field->currentIndex());
}

std::optional<DraftIdentity> IdentityPicker::identity() const
{
    if (path().isEmpty())
        return std::nullopt;
    return DraftIdentity{path(), m_namespace->currentText().trimmed()};
}
