// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QMap>
#include <QSignalSpy>
#include <QStringList>
#include <QTimer>
#include <QWizardPage>

#include <time.h>

/** What a page did by itself during a quiet stretch: its completeChanged() signals, its widgets' events, the CPU. */
struct IdleCounts
{
    int completeChanged = 0;
    int timers = 0; // timer events delivered to the page or any object under it
    int paints = 0; // paint events of the page's widgets
    double cpuPercent = 0; // CPU time of the GUI thread over the wall-clock time
    QMap<QString, int> byReceiver; // "Timer/Paint ClassName objectName" -> count, to say who was busy

    QString describe() const
    {
        QStringList busiest;
        for (auto it = byReceiver.cbegin(); it != byReceiver.cend(); ++it)
            busiest << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
        return QStringLiteral("completeChanged %1, timer events %2, paints %3, CPU %4 %; %5")
            .arg(completeChanged)
            .arg(timers)
            .arg(paints)
            .arg(cpuPercent, 0, 'f', 2)
            .arg(busiest.join(QStringLiteral(", ")));
    }
};

/**
 * Watches one wizard page while nothing happens: an event filter on the application counts the timer and paint
 * events that reach the page or anything under it, a spy counts completeChanged(), and the GUI thread's CPU clock
 * (CLOCK_THREAD_CPUTIME_ID) measures what the quiet stretch cost. The stretch ends on a QTimer, not a sleep: the
 * event loop runs all along, as it does for a user who just looks at the page.
 */
class IdleProbe : public QObject
{
public:
    explicit IdleProbe(QWizardPage* page) : m_page(page) { }

    IdleCounts measure(int ms = 1000)
    {
        m_counts = {};
        QSignalSpy completeChanged(m_page, &QWizardPage::completeChanged);
        QTimer end;
        end.setSingleShot(true);
        QSignalSpy ended(&end, &QTimer::timeout);
        qApp->installEventFilter(this);
        const qint64 cpuStart = threadCpuNs();
        const qint64 wallStart = wallNs();
        end.start(ms);
        ended.wait(ms + 10000);
        const qint64 cpu = threadCpuNs() - cpuStart;
        const qint64 wall = wallNs() - wallStart;
        qApp->removeEventFilter(this);
        m_counts.completeChanged = int(completeChanged.count());
        m_counts.cpuPercent = wall > 0 ? 100.0 * double(cpu) / double(wall) : 0;
        return m_counts;
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const QEvent::Type type = event->type();
        if ((type == QEvent::Timer || type == QEvent::Paint) && isUnderPage(watched)) {
            (type == QEvent::Timer ? m_counts.timers : m_counts.paints)++;
            m_counts.byReceiver[QStringLiteral("%1 %2 %3")
                                    .arg(type == QEvent::Timer ? QLatin1String("timer") : QLatin1String("paint"),
                                         QLatin1String(watched->metaObject()->className()), watched->objectName())]++;
        }
        return false;
    }

private:
    bool isUnderPage(const QObject* object) const
    {
        for (; object; object = object->parent()) {
            if (object == m_page)
                return true;
        }
        return false;
    }

    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    static qint64 wallNs()
    {
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    QWizardPage* m_page;
    IdleCounts m_counts;
};
