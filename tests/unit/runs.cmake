# The Runs page's model and the Schedule page's run-time arithmetic (no widgets).
aep_add_test(NAME test_runsmodel SOURCES TestRunsModel.cpp LABEL unit)
aep_add_test(NAME test_schedulerules SOURCES TestScheduleRules.cpp LABEL unit)
# The Schedule and Runs steps' decisions (app/core/ScheduleDefaults, RunsChart), without widgets.
aep_add_test(NAME test_scheduledefaults SOURCES TestScheduleDefaults.cpp LABEL unit)
aep_add_test(NAME test_runschart SOURCES TestRunsChart.cpp LABEL unit)
