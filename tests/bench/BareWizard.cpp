// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick of the startup benchmark: a bare QWizard with one page, built with the same compiler, options and Qt
// as the wizard, and the same first-paint probe (ui/FirstPaintProbe.cpp).
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto* page = new QWizardPage;
    page->setTitle(QStringLiteral("Credentials"));
    page->setSubTitle(QStringLiteral("A bare QWizard page."));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("Nothing else."), page));
    wizard.addPage(page);
    FirstPaintProbe::installIfAsked();
    wizard.show();
    return QApplication::exec();
}
