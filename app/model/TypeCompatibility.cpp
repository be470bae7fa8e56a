// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/TypeCompatibility.h"

namespace TypeCompatibility {

Kind kindOf(const QString& typeName, const QString& format)
{
    const QString t = typeName.trimmed().toLower();
    if (t == QLatin1String("string") || t == QLatin1String("text")) {
        if (format == QLatin1String("date-time"))
            return Kind::DateTime;
        if (format == QLatin1String("date"))
            return Kind::Date;
        return Kind::String;
    }
    if (t == QLatin1String("int") || t == QLatin1String("integer") || t == QLatin1String("long")
        || t == QLatin1String("short") || t == QLatin1String("byte") || t == QLatin1String("bigint"))
        return Kind::Integer;
    if (t == QLatin1String("number") || t == QLatin1String("double") || t == QLatin1String("float")
        || t == QLatin1String("decimal"))
        return Kind::Number;
    if (t == QLatin1String("boolean") || t == QLatin1String("bool"))
        return Kind::Boolean;
    if (t == QLatin1String("date"))
        return Kind::Date;
    if (t == QLatin1String("date-time") || t == QLatin1String("datetime") || t == QLatin1String("timestamp"))
        return Kind::DateTime;
    if (t == QLatin1String("array"))
        return Kind::Array;
    if (t == QLatin1String("object") || t == QLatin1String("map"))
        return Kind::Object;
    return Kind::Unknown;
}

Kind ofColumn(const QJsonObject& column)
{
    // The most precise description first: meta:xdmType, then the XDM form, then the source's own type.
    const QJsonObject xdm = column.value(QLatin1String("xdm")).toObject();
    const QString format = xdm.value(QLatin1String("format")).toString();
    const Kind meta = kindOf(column.value(QLatin1String("meta:xdmType")).toString(), format);
    if (meta != Kind::Unknown)
        return meta;
    const Kind described = kindOf(xdm.value(QLatin1String("type")).toString(), format);
    if (described != Kind::Unknown)
        return described;
    return kindOf(column.value(QLatin1String("type")).toString(), format);
}

Verdict verdict(Kind from, Kind to)
{
    if (from == Kind::Unknown || to == Kind::Unknown || from == to)
        return Verdict::Fits;
    switch (to) {
    case Kind::String:
        // Numbers, booleans and dates are written as text; a list or an object is not.
        return from == Kind::Array || from == Kind::Object ? Verdict::Never : Verdict::Fits;
    case Kind::Integer:
        return from == Kind::String || from == Kind::Number ? Verdict::MayFail : Verdict::Never;
    case Kind::Number:
        return from == Kind::Integer ? Verdict::Fits : (from == Kind::String ? Verdict::MayFail : Verdict::Never);
    case Kind::Boolean:
        return from == Kind::String ? Verdict::MayFail : Verdict::Never;
    case Kind::Date:
    case Kind::DateTime:
        if (from == Kind::Date || from == Kind::DateTime)
            return Verdict::Fits;
        if (from == Kind::String)
            return Verdict::NeedsFormat;
        // A whole number is read as milliseconds since 1970; whether it is one, only the values tell.
        return from == Kind::Integer ? Verdict::MayFail : Verdict::Never;
    case Kind::Array:
    case Kind::Object:
    case Kind::Unknown:
        break;
    }
    return Verdict::Never;
}

QString name(Kind kind)
{
    switch (kind) {
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Integer:
        return QStringLiteral("integer");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::Boolean:
        return QStringLiteral("boolean");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::DateTime:
        return QStringLiteral("date-time");
    case Kind::Array:
        return QStringLiteral("array");
    case Kind::Object:
        return QStringLiteral("object");
    case Kind::Unknown:
        break;
    }
    return {};
}

} // namespace TypeCompatibility
