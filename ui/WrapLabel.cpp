// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrapLabel.h"

WrapLabel::WrapLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    m_heights.fill({-1, 0});
}

WrapLabel::Inputs WrapLabel::inputs() const
{
    Inputs now;
    now.text = text();
    now.font = font();
    now.contents = contentsMargins();
    now.margin = margin();
    now.indent = indent();
    now.alignment = int(alignment());
    now.format = int(textFormat());
    now.interaction = int(textInteractionFlags());
    now.frame = frameWidth();
    now.minimumWidth = minimumWidth();
    now.maximumWidth = maximumWidth();
    now.dpi = logicalDpiX();
    now.wrap = wordWrap();
    now.style = style();
    return now;
}

int WrapLabel::heightForWidth(int width) const
{
    Inputs now = inputs();
    if (!(now == m_inputs)) {
        m_inputs = std::move(now);
        m_heights.fill({-1, 0});
    }
    for (const auto& [known, height] : m_heights) {
        if (known == width && width >= 0)
            return height;
    }
    const int height = QLabel::heightForWidth(width);
    ++m_layouts;
    if (width >= 0) {
        m_heights.at(m_next) = {width, height};
        m_next = (m_next + 1) % kRemembered;
    }
    return height;
}
