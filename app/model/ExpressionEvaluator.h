// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

/** What a calculated field gives on one row. */
struct ExpressionValue
{
    enum class Outcome {
        Value, ///< value holds the result (null when the field stays empty)
        Error, ///< the row would fail: message says why (translated)
        ComputedByPlatform, ///< depends on the time or on chance (now(), uuid()...): only the Platform knows it
    };
    Outcome outcome = Outcome::Value;
    QJsonValue value;
    QString message; ///< Error: why; ComputedByPlatform: which function

    bool ok() const { return outcome == Outcome::Value; }
};

/**
 * Evaluates Data Prep calculated fields offline, on the preview's sample rows: the grammar ExpressionParser checks,
 * with the functions of ExpressionCatalog. Values follow Data Prep's conventions: an empty text is null, numbers are
 * doubles, dates are ISO texts in UTC ("2024-05-01T10:00:00Z"). A function whose result depends on the time of the
 * run or on chance (now, timestamp, uuid, guid, time zones) is not guessed: the outcome says the Platform computes it.
 * Pure: no Platform, no widgets; any text gives an answer.
 */
class ExpressionEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(ExpressionEvaluator)
public:
    struct Node;

    /** Reads @p text once (ExpressionParser::check first: an expression it refuses evaluates to its first error). */
    explicit ExpressionEvaluator(const QString& text);
    ~ExpressionEvaluator();
    ExpressionEvaluator(ExpressionEvaluator&&) noexcept;
    ExpressionEvaluator& operator=(ExpressionEvaluator&&) noexcept;

    bool isValid() const { return m_root != nullptr; }
    /** Why the expression cannot be evaluated at all (empty when isValid()). */
    const QString& error() const { return m_error; }
    /** The value on @p row, a sample row keyed by column name (nested fields as objects). */
    ExpressionValue evaluate(const QJsonObject& row) const;

    /** Reads and evaluates in one go. */
    static ExpressionValue evaluate(const QString& text, const QJsonObject& row);

    /** A value as Data Prep writes it into a text: integers without decimals, true/false, "" for null. */
    static QString text(const QJsonValue& value);
    /** Null, undefined or an empty text. */
    static bool isNull(const QJsonValue& value);
    /**
     * Epoch milliseconds of an ISO 8601 date or date-time ("2024-05-01", "2024-05-01 10:00[:00[.000]]", a "T"
     * instead of the space, then "Z" or an offset); a text without a zone is UTC. nullopt when it is none.
     */
    static std::optional<qint64> parseDateTime(const QString& text);
    /** "2024-05-01T10:00:00Z": a date-time as Platform writes it (whole seconds, UTC). */
    static QString isoDateTime(qint64 ms);

private:
    std::unique_ptr<Node> m_root;
    QString m_error;
};
