# The dataflow engine's unit tests (draft, validation, plan, curl export, command line).
aep_add_test(NAME test_draft SOURCES TestDraft.cpp TestDraftRecipes.h LABEL unit)
aep_add_test(NAME test_validation SOURCES TestValidation.cpp TestDraftRecipes.h LABEL unit)
aep_add_test(NAME test_plan SOURCES TestPlan.cpp TestDraftRecipes.h LABEL unit)
