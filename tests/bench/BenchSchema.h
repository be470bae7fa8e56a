// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the mapping benchmarks map: HubSpot-like columns and a profile schema made of every profile field group of the
// standard XDM definitions (read at run time from AEP_XDM_DIR), or a generated schema of the same size without them.
#include "core/AutoMap.h"
#include "core/XdmFields.h"

#include <QJsonObject>
#include <QString>

namespace BenchSchema {

/** The folder of the standard XDM definitions: the environment's AEP_XDM_DIR, else CMake's; may be empty. */
QString xdmDir();
/** Every profile field group of @p dir merged into one schema ({"type","properties"}); @p groups counts them. */
QJsonObject profileSchema(const QString& dir, int* groups);
/** Without the definitions: @p count fields in groups of 40, titled like XDM's. */
QList<XdmField> generatedFields(int count);
/** The same as a schema tree (for what reads JSON, such as the Mapping page). */
QJsonObject generatedSchema(int count);
/** @p count columns as HubSpot's Contacts table names them: its usual properties, then hs_ and custom ones. */
QList<AutoMap::SourceColumn> hubSpotColumns(int count);

} // namespace BenchSchema
