// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/PlatformConfig.h"
#include "platform/PlatformError.h"

#include <QWizardPage>

/** A wizard page that can explain its step in a few plain sentences (the Help button). */
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;
    /** Rich text shown by the Help button: what this step is, in the marketer's words. */
    virtual QString helpText() const = 0;
    /**
     * Hands what the page shows to the wizard's state without the checks of Next, so that a recipe saved on this
     * page holds it. Pages without choices of their own keep the default (nothing).
     */
    virtual void storeInput() { }
    /**
     * After a language switch, once the wizard has put every catalogue text in the new language (Retranslation): the
     * texts the page builds from pieces, dates and numbers, again. Called on the pages visited so far.
     */
    virtual void languageChanged() { }
};
