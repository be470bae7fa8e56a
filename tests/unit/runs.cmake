# The Runs page's model and the Schedule page's run-time arithmetic (no widgets).
aep_add_test(NAME test_runsmodel SOURCES TestRunsModel.cpp LABEL unit)
# What a refresh of the Runs page asks for (the runs started since the oldest running) and how it merges the answer.
aep_add_test(NAME test_runsrefresh SOURCES TestRunsRefresh.cpp LABEL unit)
aep_add_test(NAME test_schedulerules SOURCES TestScheduleRules.cpp LABEL unit)
# The Schedule and Runs steps' decisions (app/core/ScheduleDefaults, RunsChart), without widgets.
aep_add_test(NAME test_scheduledefaults SOURCES TestScheduleDefaults.cpp LABEL unit)
aep_add_test(NAME test_runschart SOURCES TestRunsChart.cpp LABEL unit)
# Each frequency's own interval, the flow spec's minima, the past start time in local words (Europe/Paris: local
# time differs from UTC).
aep_add_test(NAME test_scheduleintervals SOURCES TestScheduleIntervals.cpp LABEL unit ENV TZ=Europe/Paris)
# The delta column's date format against the preview's values: matching and detection (app/core/DateFormats).
aep_add_test(NAME test_dateformats SOURCES TestDateFormats.cpp LABEL unit)
# Run errors in plain words (app/core/RunErrorText), the Platform's clock (platform/ServerClock), the demo clock note.
aep_add_test(NAME test_runerrortext SOURCES TestRunErrorText.cpp LABEL unit)
