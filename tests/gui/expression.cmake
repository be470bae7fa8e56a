# The Mapping page's checks of broken rules and the expression editor, in a bare QWizard (no Platform).
aep_add_test(NAME test_gui_mapping_checks SOURCES TestMappingChecks.cpp LABEL gui LIBS aepui)
