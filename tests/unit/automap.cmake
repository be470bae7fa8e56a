# The Mapping page's auto-map (scores, reasons, types, the user's rules kept) and its CSV rules (no widgets).
aep_add_test(NAME test_automap SOURCES TestAutoMap.cpp LABEL unit)
aep_add_test(NAME test_mappingcsv SOURCES TestMappingCsv.cpp LABEL unit)
# The visual mapping editor's models (no widgets): columns and fields panes, find and filter, marks and counters,
# drag and drop onto a field, "map this column to this field".
aep_add_test(NAME test_visualmapping SOURCES TestVisualMapping.cpp LABEL unit)
# The Mapping page's undo and redo (MappingHistory over MappingModel; no widgets).
aep_add_test(NAME test_mappinghistory SOURCES TestMappingHistory.cpp LABEL unit)
