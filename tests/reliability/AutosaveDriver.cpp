// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard driven by a program of the tests, for test_draft_kill: the real DataflowWizard (with its autosave) on an
// in-process emulator, walked to the Schedule page, then edits typed into the dataflow's name one every 250 ms, each
// announced on stdout ("EDIT <n> <ms since the epoch>") once typed. It runs until it is killed.
#include "WizardDriver.h"

#include <QApplication>
#include <QLineEdit>
#include <QTextStream>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aep-dataflow-wizard")); // the program's state folder
    QTextStream out(stdout);
    WizardDriver d;
    const QString stopped = d.tour([](PageId page) { return page != PageId::Schedule; });
    if (!stopped.isEmpty() || d.wizard->currentId() != int(PageId::Schedule)) {
        out << "FAILED " << stopped << Qt::endl;
        return 1;
    }
    auto* name = d.find<QLineEdit>("flowNameLineEdit");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    out << "READY" << Qt::endl;
    int edit = 0;
    QTimer typing;
    typing.setInterval(250); // the deliberate pace of the edits
    QObject::connect(&typing, &QTimer::timeout, [&] {
        QTest::keyClicks(name, QStringLiteral(" [e%1]").arg(edit));
        out << "EDIT " << edit << ' ' << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
        ++edit;
    });
    typing.start();
    return QApplication::exec();
}
