// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormRow.h"

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QToolButton;

/** A banner inside a page for errors, warnings and notes, with optional details and action buttons. */
class InlineMessage : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Information, Positive, Warning, Error };
    Q_ENUM(Type)

    /**
     * With FormRow::Icons::Later (the first page, before it is on screen) the icons, the text becoming selectable
     * (the reader can copy it) and a banner shown before the first paint appearing come with addIcons(): showing it
     * lays the page out once more, 3 M instructions of the demo's first paint.
     */
    explicit InlineMessage(QWidget* parent = nullptr, FormRow::Icons icons = FormRow::Icons::Now);

    /** The close button's and the type's icons, if they were left for later. */
    void addIcons();

    /** Shows the banner; @p details (the server's own words) appear under a "Details" toggle. */
    void showMessage(Type type, const QString& text, const QString& details = {});
    /** Adds a button to the banner (e.g. "Retry"); cleared by the next showMessage(). */
    QPushButton* addAction(const QString& text, const QString& objectName);
    void hideMessage();

    Type type() const { return m_type; }
    QString text() const;
    QString details() const;

Q_SIGNALS:
    void closed();

private:
    void applyStyle();
    void applyIcon();
    void makeSelectable();
    void reveal();

    Type m_type = Type::Information;
    bool m_iconsLater;
    bool m_showLater = false; ///< shown before the first paint: appears with addIcons()
    QLabel* m_icon;
    QLabel* m_text;
    QLabel* m_details;
    QToolButton* m_detailsButton;
    QHBoxLayout* m_actions;
    QToolButton* m_closeButton;
};
