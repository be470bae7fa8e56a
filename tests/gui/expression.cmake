# The Mapping page's checks of broken rules and the expression editor, in a bare QWizard (no Platform).
aep_add_test(NAME test_gui_mapping_checks SOURCES TestMappingChecks.cpp LABEL gui LIBS aepui)
# The Mapping preview panel standalone: the threshold sentence, the sample rows, the selected row's record tree.
aep_add_test(NAME test_gui_mapping_preview SOURCES TestMappingPreviewPanel.cpp LABEL gui LIBS aepui)
