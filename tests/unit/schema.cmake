# The Schema and Dataset steps' decisions, the schema-tree merge, and the registry and Catalog services against
# malformed replies (no widgets, no emulator).
aep_add_test(NAME test_schemarules SOURCES TestSchemaRules.cpp LABEL unit)
aep_add_test(NAME test_registry_services SOURCES TestRegistryServices.cpp LABEL unit)
