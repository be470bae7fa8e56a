// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonPatch.h"

#include <QStringList>

namespace {

QStringList tokens(const QString& pointer)
{
    QStringList parts = pointer.split(QLatin1Char('/'));
    parts.removeFirst();
    for (QString& part : parts) {
        part.replace(QLatin1String("~1"), QLatin1String("/"));
        part.replace(QLatin1String("~0"), QLatin1String("~"));
    }
    return parts;
}

// Recursive because QJsonValue containers are copied by value: each level is rebuilt on the way out.
bool applyAt(QJsonValue& node, const QStringList& parts, int index, const QString& op, const QJsonValue& value)
{
    const QString& key = parts.at(index);
    const bool last = index == parts.size() - 1;
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (last) {
            if (op == QLatin1String("remove") || op == QLatin1String("replace")) {
                if (!object.contains(key)) {
                    return false;
                }
            }
            if (op == QLatin1String("remove")) {
                object.remove(key);
            } else {
                object.insert(key, value);
            }
        } else {
            if (!object.contains(key)) {
                return false;
            }
            QJsonValue child = object.value(key);
            if (!applyAt(child, parts, index + 1, op, value)) {
                return false;
            }
            object.insert(key, child);
        }
        node = object;
        return true;
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool numeric = false;
        const int position = key == QLatin1String("-") ? int(array.size()) : key.toInt(&numeric);
        if (key != QLatin1String("-") && (!numeric || position < 0)) {
            return false;
        }
        if (last) {
            if (op == QLatin1String("add")) {
                if (position > array.size()) {
                    return false;
                }
                array.insert(position, value);
            } else {
                if (position >= array.size()) {
                    return false;
                }
                if (op == QLatin1String("remove")) {
                    array.removeAt(position);
                } else {
                    array.replace(position, value);
                }
            }
        } else {
            if (position >= array.size()) {
                return false;
            }
            QJsonValue child = array.at(position);
            if (!applyAt(child, parts, index + 1, op, value)) {
                return false;
            }
            array.replace(position, child);
        }
        node = array;
        return true;
    }
    return false;
}

} // namespace

JsonPatch::Failure JsonPatch::apply(QJsonObject& target, const QJsonArray& operations, QString* error)
{
    QJsonValue working(target);
    for (const QJsonValue& item : operations) {
        const QJsonObject operation = item.toObject();
        const QString op = operation.value(QStringLiteral("op")).toString().toLower();
        const QString path = operation.value(QStringLiteral("path")).toString();
        if (!item.isObject() || op.isEmpty() || !path.startsWith(QLatin1Char('/'))) {
            *error = QStringLiteral("each operation needs an op and a path starting with /");
            return Failure::BadOperation;
        }
        if (op != QLatin1String("add") && op != QLatin1String("replace") && op != QLatin1String("remove")) {
            *error = QStringLiteral("operation %1 is not supported").arg(op);
            return Failure::UnsupportedOperation;
        }
        if (op != QLatin1String("remove") && !operation.contains(QStringLiteral("value"))) {
            *error = QStringLiteral("operation %1 on %2 needs a value").arg(op, path);
            return Failure::BadOperation;
        }
        if (!applyAt(working, tokens(path), 0, op, operation.value(QStringLiteral("value")))) {
            *error = QStringLiteral("path %1 does not exist").arg(path);
            return Failure::MissingPath;
        }
    }
    target = working.toObject();
    return Failure::None;
}

QJsonValue JsonPatch::get(const QJsonObject& target, const QString& pointer, bool* found)
{
    QJsonValue node(target);
    for (const QString& key : tokens(pointer)) {
        if (node.isObject() && node.toObject().contains(key)) {
            node = node.toObject().value(key);
        } else if (node.isArray() && key.toInt() < node.toArray().size()) {
            node = node.toArray().at(key.toInt());
        } else {
            *found = false;
            return {};
        }
    }
    *found = true;
    return node;
}
