# The Schema and Dataset steps' decisions, the schema-tree merge, and the registry and Catalog services against
# malformed replies (no widgets, no emulator).
aep_add_test(NAME test_schemarules SOURCES TestSchemaRules.cpp LABEL unit)
aep_add_test(NAME test_registry_services SOURCES TestRegistryServices.cpp LABEL unit)
# The Mapping page's decisions: problems and the rows they involve, the fields the destination picker offers.
aep_add_test(NAME test_mappingrules SOURCES TestMappingRules.cpp LABEL unit)
