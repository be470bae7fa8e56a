// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingPane.h"

#include "core/MappingMarks.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

/** The marks as icons: an error, a warning, mapped, suggested (the models have no GUI types). */
class MarksStyle : public QIdentityProxyModel
{
public:
    MarksStyle(QStyle* style, QObject* parent)
        : QIdentityProxyModel(parent)
        // Made once: the style makes a new icon at each call, and the view asks for one per row painted.
        , m_error(style->standardIcon(QStyle::SP_MessageBoxCritical))
        , m_warning(style->standardIcon(QStyle::SP_MessageBoxWarning))
        , m_mapped(style->standardIcon(QStyle::SP_DialogApplyButton))
        , m_suggested(style->standardIcon(QStyle::SP_MessageBoxInformation))
    { }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DecorationRole || index.column() != 0)
            return QIdentityProxyModel::data(index, role);
        if (index.data(MappingRoles::IsGroupRole).toBool())
            return {};
        switch (index.data(MappingRoles::SeverityRole).toInt()) {
        case 2:
            return m_error;
        case 1:
            return m_warning;
        default:
            break;
        }
        if (index.data(MappingRoles::MappedRole).toBool())
            return m_mapped;
        if (index.data(MappingRoles::SuggestedRole).toBool())
            return m_suggested;
        return {};
    }

private:
    QIcon m_error;
    QIcon m_warning;
    QIcon m_mapped;
    QIcon m_suggested;
};

} // namespace

MappingPane::MappingPane(const QString& name, const QList<MappingFilter::Show>& choices, QAbstractItemModel* model,
                         QWidget* parent)
    : QWidget(parent)
    , m_choices(choices)
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_show(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_style(new MarksStyle(style(), this))
    , m_filter(new MappingFilter(this))
{
    setObjectName(name + QStringLiteral("Pane"));
    m_search->setObjectName(name + QStringLiteral("Search"));
    m_search->setClearButtonEnabled(true);
    m_show->setObjectName(name + QStringLiteral("Filter"));
    m_view->setObjectName(name + QStringLiteral("View"));
    m_style->setSourceModel(model);
    m_filter->setSourceModel(m_style);
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true); // thousands of fields: the view lays out only what it shows
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->setIconSize(QSize(14, 14));
    m_title->setBuddy(m_search);
    for (int i = 0; i < m_choices.size(); ++i)
        m_show->addItem(QString());
    retranslate();

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_show);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        expandMatches();
    });
    connect(m_show, &QComboBox::currentIndexChanged, this, [this](int choice) {
        if (choice < 0 || choice >= m_choices.size())
            return;
        m_filter->setShow(m_choices.at(choice));
        expandMatches();
    });
}

void MappingPane::expandMatches()
{
    // What matches is in view, whichever group holds it; but a search of one letter, which matches nearly
    // everything, leaves the groups as they are: opening a thousand fields would only slow the typing down.
    if (m_filter->isFiltering() && m_filter->countMatches(kExpandAtMost) <= kExpandAtMost)
        m_view->expandAll();
}

void MappingPane::setTitle(const QString& title, const QString& searchHint)
{
    m_title->setText(title);
    m_search->setPlaceholderText(searchHint);
    m_search->setAccessibleName(searchHint);
    m_view->setAccessibleName(QString(title).remove(QLatin1Char('&')));
}

void MappingPane::setShow(MappingFilter::Show show)
{
    m_show->setCurrentIndex(int(m_choices.indexOf(show)));
}

QModelIndex MappingPane::toModel(const QModelIndex& viewIndex) const
{
    return m_style->mapToSource(m_filter->mapToSource(viewIndex.siblingAtColumn(0)));
}

QModelIndex MappingPane::toView(const QModelIndex& modelIndex) const
{
    return m_filter->mapFromSource(m_style->mapFromSource(modelIndex));
}

bool MappingPane::passes(const QModelIndex& modelIndex) const
{
    return m_filter->passes(m_style->mapFromSource(modelIndex));
}

QModelIndex MappingPane::current() const
{
    return toModel(m_view->currentIndex());
}

bool MappingPane::showIndex(const QModelIndex& index)
{
    const QModelIndex shown = toView(index);
    if (!shown.isValid())
        return false;
    for (QModelIndex group = shown.parent(); group.isValid(); group = group.parent())
        m_view->expand(group);
    m_view->setCurrentIndex(shown);
    m_view->scrollTo(shown);
    return true;
}

void MappingPane::fitColumn(int column, const QStringList& texts)
{
    m_fitted = column;
    m_fittedTexts = texts;
    m_fittedTexts.removeDuplicates();
    m_view->header()->setSectionResizeMode(column, QHeaderView::Interactive);
    refit();
}

void MappingPane::refit()
{
    if (m_fitted < 0)
        return;
    const QFontMetrics metrics = m_view->fontMetrics();
    int widest = 0;
    for (const QString& text : std::as_const(m_fittedTexts))
        widest = qMax(widest, metrics.horizontalAdvance(text));
    // A cell's text has a frame margin and one pixel on each side; a header's, the header margin.
    const int cell = widest + 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
    const QHeaderView* header = m_view->header();
    const int title
        = header->fontMetrics().horizontalAdvance(m_view->model()->headerData(m_fitted, Qt::Horizontal).toString())
        + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    m_view->header()->resizeSection(m_fitted, qMax(cell, title) + 4);
}

void MappingPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        refit();
    QWidget::changeEvent(event);
}

void MappingPane::retranslate()
{
    for (int i = 0; i < m_choices.size(); ++i)
        m_show->setItemText(i, MappingFilter::label(m_choices.at(i)));
    m_show->setAccessibleName(tr("Show"));
}
