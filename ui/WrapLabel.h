// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QMargins>

#include <array>

/**
 * A word-wrapped label that remembers the heights it gave for the last few widths. QLabel lays its text out again at
 * every heightForWidth(), twice when the text is selectable; a layout asks it many times for a few widths while a
 * window settles (callgrind: 25 calls for the first page's banner, 19 M instructions before the window showed). The
 * answers are kept for as long as nothing they depend on (text, font, margins, wrapping, size limits, style) changes.
 */
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

    /** How many heightForWidth() calls laid the text out (were not answered from memory): for the tests. */
    int layoutCount() const { return m_layouts; }

private:
    /** What QLabel's height for a width depends on. */
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        int alignment = 0;
        int format = 0;
        int interaction = 0;
        int frame = 0;
        int minimumWidth = 0;
        int maximumWidth = 0;
        int dpi = 0;
        bool wrap = false;
        const void* style = nullptr;
        bool operator==(const Inputs&) const = default;
    };
    Inputs inputs() const;

    static constexpr int kRemembered = 8;
    mutable Inputs m_inputs;
    mutable std::array<std::pair<int, int>, kRemembered> m_heights{}; ///< (width, height); width -1: unused
    mutable int m_next = 0; ///< the slot the next answer takes
    mutable int m_layouts = 0;
};
