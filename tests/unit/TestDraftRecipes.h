// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

/** The recipe of DESIGN.md ("The recipe file") and a way to change one key of it, for the engine's tests. */
namespace TestDraftRecipes {

/** 2026-01-01T00:00:00Z: "now" of the validation tests, so that the recipe's start time stays in the future. */
inline constexpr qint64 kNow = 1767225600;

inline QJsonObject designRecipe()
{
    static const char json[] = R"json({
  "recipe": 1,
  "platform": {
    "imsOrg": "0123456789ABCDEF01234567@AdobeOrg",
    "clientId": "a1b2c3",
    "sandbox": "prod",
    "scopes": "openid,AdobeID,read_organizations,additional_info.projectedProductContext,session",
    "platformUrl": "https://platform.adobe.io",
    "imsUrl": "https://ims-na1.adobelogin.com"
  },
  "source": {
    "connectionSpecId": "cc6a4487-9e91-433e-a3a3-9cf6626c1806",
    "baseConnectionId": "c6d4ee17-6752-4e83-94ee-1767522e83fa",
    "path": "Hubspot.Contacts"
  },
  "schema": {
    "create": {
      "title": "HubSpot contacts",
      "class": "https://ns.adobe.com/xdm/context/profile",
      "fieldGroups": ["https://ns.adobe.com/xdm/context/profile-person-details",
                      "https://ns.adobe.com/xdm/context/profile-personal-details"],
      "primaryIdentity": {"path": "personalEmail.address", "namespace": "Email"}
    }
  },
  "dataset": {"create": {"name": "HubSpot contacts"}},
  "mapping": [
    {"source": "Vid", "destination": "_id"},
    {"source": "Properties_Email_Value", "destination": "personalEmail.address"},
    {"expression": "concat(Properties_Firstname_Value, \" \", Properties_Lastname_Value)",
     "destination": "person.name.fullName"}
  ],
  "dataflow": {
    "name": "HubSpot contacts to Platform",
    "deltaColumn": {"name": "Properties_Lastmodifieddate_Value", "dateFormat": "yyyy-MM-dd HH:mm:ss", "timezone": "UTC"},
    "schedule": {"frequency": "hour", "interval": 1, "startTime": 1798761600, "backfill": true},
    "errorDiagnostics": true,
    "partialIngestionPercent": 5
  }
})json";
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

/** Sets (or, with an undefined @p value, removes) the key at a dotted path; "mapping[1]" indexes an array. */
inline QJsonValue withValue(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    QString key = path.takeFirst();
    int index = -1;
    if (key.endsWith(QLatin1Char(']'))) {
        const qsizetype open = key.indexOf(QLatin1Char('['));
        index = key.mid(open + 1, key.size() - open - 2).toInt();
        key = key.left(open);
    }
    QJsonObject object = node.toObject();
    if (index >= 0) {
        QJsonArray array = object.value(key).toArray();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else if (index < array.size())
            array[index] = withValue(array.at(index), path, value);
        else
            array.append(withValue(QJsonObject(), path, value));
        object.insert(key, array);
        return object;
    }
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object.insert(key, withValue(object.value(key), path, value));
    return object;
}

inline QJsonObject with(QJsonObject recipe, const QString& path, const QJsonValue& value)
{
    return withValue(recipe, path.split(QLatin1Char('.')), value).toObject();
}

inline QJsonObject without(const QJsonObject& recipe, const QString& path)
{
    return with(recipe, path, QJsonValue(QJsonValue::Undefined));
}

} // namespace TestDraftRecipes
