// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

/**
 * Which source values can fill which XDM field. Columns are typed as the Flow Service's explore call describes them
 * ("type" string/long/double/boolean, "meta:xdmType" date-time for dates kept as text, "xdm" {type, format}); fields
 * by their meta:xdmType (string, int, long, number, boolean, date, date-time, array, object, map...).
 */
namespace TypeCompatibility {

enum class Kind { Unknown, String, Integer, Number, Boolean, Date, DateTime, Array, Object };

enum class Verdict {
    Fits, ///< every value converts
    MayFail, ///< values that do not convert fail (text into a number, a decimal into a whole number)
    NeedsFormat, ///< text into a date: the text's format must be said (date(column, "yyyy-MM-dd"))
    Never, ///< no value converts (a boolean into a date)
};

/** The kind of a type name: "long" and "int" are Integer, "double" Number, "date-time" DateTime, "map" Object... */
Kind kindOf(const QString& typeName, const QString& format = {});
/** The kind of a column as the explore call describes it. */
Kind ofColumn(const QJsonObject& column);
/** What happens when a value of kind @p from fills a field of kind @p to (Unknown on either side: Fits). */
Verdict verdict(Kind from, Kind to);
/** The kind's name for messages and tests: "string", "integer", "date-time"... ("" for Unknown). */
QString name(Kind kind);

} // namespace TypeCompatibility
