# The Runs page's model and the Schedule page's run-time arithmetic (no widgets).
aep_add_test(NAME test_runsmodel SOURCES TestRunsModel.cpp LABEL unit)
aep_add_test(NAME test_schedulerules SOURCES TestScheduleRules.cpp LABEL unit)
