# The Mapping page's auto-map (scores, reasons, types, the user's rules kept) and its CSV rules (no widgets).
aep_add_test(NAME test_automap SOURCES TestAutoMap.cpp LABEL unit)
aep_add_test(NAME test_mappingcsv SOURCES TestMappingCsv.cpp LABEL unit)
