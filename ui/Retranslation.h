// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QObject;

/**
 * After a language switch: every text a catalogue gave, anywhere under a window, in the language installed now
 * (Translator::retranslate()), so that a page need not say again each of its words. It covers the texts, titles,
 * placeholders, tooltips, status tips and accessible names of widgets and actions, the items of combo boxes, lists,
 * trees and tables with their headers, and tab texts. What the user typed (line edits, text edits, spin boxes) and data
 * from the Platform stay as they are: only catalogue texts change. Texts a page builds from several pieces, and dates,
 * numbers and models, are the page's to refresh (WizardPage::languageChanged(), a model's dataChanged).
 */
namespace Retranslation {

void apply(QObject* root);

} // namespace Retranslation
