// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

/**
 * A combo box whose current text is data of any length (column names with their dates, field titles with their
 * paths): it takes the width its layout gives, shows the text elided at its end when it does not fit, and the
 * whole text in its tooltip then. Screen readers get the whole text in any case (it is the combo's value).
 */
class ElidingComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ElidingComboBox(QWidget* parent = nullptr);

    /** True when the current text is shown shortened. */
    bool isElided() const;

protected:
    void initStyleOption(QStyleOptionComboBox* option) const override;
    bool event(QEvent* event) override;

private:
    /** The width the current text may take: the combo's text field, inside its frame and arrow. */
    int textWidth() const;
};
