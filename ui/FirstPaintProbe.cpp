// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTextStream>
#include <QTimer>
#include <QWizardPage>

#include <chrono>

namespace {

class Probe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done && qobject_cast<QWizardPage*>(watched)) {
            m_done = true;
            const auto now = std::chrono::duration_cast<std::chrono::microseconds>(
                std::chrono::system_clock::now().time_since_epoch());
            QTextStream(stdout) << "painted " << qint64(now.count()) << Qt::endl;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit); // after this paint is done
        }
        return false;
    }

private:
    bool m_done = false;
};

} // namespace

void FirstPaintProbe::installIfAsked()
{
    if (qEnvironmentVariableIsEmpty("AEP_QUIT_AFTER_FIRST_PAINT"))
        return;
    qApp->installEventFilter(new Probe(qApp));
}
