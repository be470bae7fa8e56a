# Calculated fields and the Mapping page's checks: the expression reader and its function list, the type table,
# missing columns, required fields (no widgets).
aep_add_test(NAME test_expressions SOURCES TestExpressions.cpp LABEL unit)
# The offline evaluator of calculated fields and the Mapping preview (records, failures, the threshold sentence).
aep_add_test(NAME test_expressionevaluator SOURCES TestExpressionEvaluator.cpp ExpressionEvaluatorRows.cpp LABEL unit)
aep_add_test(NAME test_mappingpreview SOURCES TestMappingPreview.cpp LABEL unit)
