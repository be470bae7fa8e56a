// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/FlowsService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/** The errors of one run that share a code, as the errors dialog lists them. */
struct RunErrorGroup
{
    QString code; ///< the Platform's code ("CONNECTOR-2001-500"); empty when it gave none
    QString text; ///< a translated explanation of a known code, else the Platform's own message
    qint64 count = 0; ///< how many records (or reports, when the Platform counts none) it hit
    QStringList platformText; ///< the Platform's raw "CODE: message" lines behind it

    bool operator==(const RunErrorGroup&) const = default;
};

/**
 * Run errors in the user's language: a known Platform code (the Flow Service's CONNECTOR-*, MAPPER-* run errors) gets
 * a translated plain explanation from platform/ErrorCatalog, filled with the field and the counts its message gives;
 * an unknown one keeps the Platform's message, shown as data, never translated.
 */
class RunErrorText
{
    Q_DECLARE_TR_FUNCTIONS(RunErrorText)
public:
    /** The plain explanation of @p code, empty when the code is not known. */
    static QString explanation(const QString& code);
    /** The explanation of the error (its code, and what its message names), or its message when the code is unknown. */
    static QString plainText(const RunError& error);
    /** The same, for @p count records like it. */
    static QString plainText(const RunError& error, qint64 count);
    /** The errors grouped by code (in the order they first appear), counted. */
    static QList<RunErrorGroup> group(const QList<RunError>& errors);
    /** One line for the table: the first group's text, and how many more there are. */
    static QString summary(const QList<RunError>& errors);
    /** The Platform's raw text, one "CODE: message" line per error (the dialog's Details). */
    static QString platformText(const QList<RunError>& errors);
    static QString platformLine(const RunError& error);
};
