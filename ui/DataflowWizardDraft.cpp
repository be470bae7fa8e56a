// SPDX-License-Identifier: GPL-3.0-or-later
// DataflowWizard, its unfinished draft: what starts the autosave between two Next clicks, and the offer to continue.
#include "DataflowWizard.h"

#include "CredentialsPage.h"

#include "base/Logging.h"
#include "core/DraftAutosave.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

void DataflowWizard::connectAutosave()
{
    m_autosave->setCollect([this] { storeCurrentInput(); });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        m_autosave->setPage(id);
        if (m_resumePage >= 0)
            QMetaObject::invokeMethod(this, &DataflowWizard::advanceToResumePage, Qt::QueuedConnection);
    });
    watchComplete(m_credentials);
    // Pages hand their input to the state on Next; typing is seen here, so that it is saved before Next too.
    qApp->installEventFilter(this);
}

void DataflowWizard::watchComplete(QWizardPage* page)
{
    connect(page, &QWizardPage::completeChanged, this, [this] {
        if (m_resumePage >= 0)
            QMetaObject::invokeMethod(this, &DataflowWizard::advanceToResumePage, Qt::QueuedConnection);
    });
}

bool DataflowWizard::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::Paint && !m_painted && watched == m_credentials) { // on screen: now the rest
        m_painted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                ensurePages();
                Q_EMIT firstPainted();
            },
            Qt::QueuedConnection);
    }
    const bool pressed = type == QEvent::KeyPress || type == QEvent::MouseButtonPress;
    const bool released = type == QEvent::KeyRelease || type == QEvent::MouseButtonRelease;
    if ((pressed || released) && watched->isWidgetType()) {
        // Popups (a combo box's list) are windows of their own: their parent chain leads here all the same.
        for (const QObject* object = watched; object; object = object->parent()) {
            if (object != this)
                continue;
            if (released)
                m_autosave->schedule(); // what was typed or ticked is saved within DraftAutosave::delayMs
            else if (event->spontaneous())
                m_resumePage = -1; // the user acts: a continued draft no longer moves on by itself
            break;
        }
    }
    return QWizard::eventFilter(watched, event);
}

bool DataflowWizard::offerUnfinishedDraft()
{
    const std::optional<DraftAutosave::Saved> saved = DraftAutosave::read(m_autosave->filePath());
    if (!saved)
        return false;
    if (!saved->ok()) { // not ours to read (damaged, another program's): kept aside, not offered
        qCWarning(lcUi) << "The unfinished draft" << m_autosave->filePath() << "cannot be read:" << saved->error;
        m_autosave->discard(true);
        return false;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Continue the unfinished dataflow?"),
                                tr("The wizard was closed before this dataflow was created or saved as a recipe. "
                                   "Continue it where it was left, or start again with an empty wizard."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("resumeDraftBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* resume = box->addButton(tr("&Continue"), QMessageBox::AcceptRole);
    QPushButton* again = box->addButton(tr("&Start again"), QMessageBox::RejectRole);
    resume->setObjectName(QStringLiteral("continueDraftButton"));
    again->setObjectName(QStringLiteral("startAgainButton"));
    box->setDefaultButton(resume);
    box->setEscapeButton(again);
    connect(box, &QMessageBox::buttonClicked, this, [this, resume, draft = *saved](QAbstractButton* clicked) {
        if (clicked != resume) {
            m_autosave->discard(true); // one generation kept as draft.json.bak, should it be missed
            return;
        }
        QStringList problems;
        if (!openRecipeContent(draft.recipe, &problems, false)) {
            confirm(tr("Continue the unfinished dataflow?"),
                    tr("The unfinished dataflow could not be opened; the wizard starts empty.") + QStringLiteral("\n\n")
                        + problems.join(QLatin1Char('\n')),
                    true);
            m_autosave->discard(true);
            return;
        }
        m_resumePage = std::clamp(draft.page, 0, int(PageId::Review)); // never past Create by itself
        advanceToResumePage();
    });
    box->open();
    return true;
}

void DataflowWizard::advanceToResumePage()
{
    if (m_resumePage <= currentId()) {
        m_resumePage = -1;
        return;
    }
    if (currentPage() && currentPage()->isComplete())
        next(); // a page that cannot go on yet (a load, a secret to type) stops here until it is complete
}
