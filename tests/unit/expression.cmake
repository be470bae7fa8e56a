# Calculated fields and the Mapping page's checks: the expression reader and its function list, the type table,
# missing columns, required fields (no widgets).
aep_add_test(NAME test_expressions SOURCES TestExpressions.cpp LABEL unit)
