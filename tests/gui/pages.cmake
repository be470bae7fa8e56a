# The Schedule and Runs pages, each in a bare QWizard against a scripted Platform.
# Europe/Paris: local time differs from UTC, and the next-runs test crosses its March clock change.
aep_add_test(NAME test_gui_schedule SOURCES TestSchedulePage.cpp SchedulePageFixture.h LABEL gui LIBS aepui aepemulator
             ENV TZ=Europe/Paris)
aep_add_test(NAME test_gui_schedule_fields SOURCES TestScheduleFields.cpp SchedulePageFixture.h LABEL gui LIBS aepui
             aepemulator ENV TZ=Europe/Paris)
aep_add_test(NAME test_gui_runs SOURCES TestRunsPage.cpp RunsPageFixture.h LABEL gui LIBS aepui ENV TZ=Europe/Paris)
aep_add_test(NAME test_gui_runs_chart SOURCES TestRunsChart.cpp RunsPageFixture.h LABEL gui LIBS aepui ENV TZ=Europe/Paris)
# The Mapping page in a bare QWizard: problems pointing at their rows, the grouped field picker.
aep_add_test(NAME test_gui_mapping SOURCES TestMappingPage.cpp LABEL gui LIBS aepui)
# The Mapping page's suggestions (accept, reject, accept all from a score) and its CSV export and import preview.
aep_add_test(NAME test_gui_mapping_suggestions SOURCES TestMappingSuggestions.cpp LABEL gui LIBS aepui)
# The visual mapping editor on the emulator's HubSpot table: mouse only, keyboard only, lines, filters, counters.
aep_add_test(NAME test_gui_visual_mapping SOURCES TestVisualMappingEditor.cpp WizardDriver.h LABEL gui
             LIBS aepui aepemulator)
# The Mapping page's "import the mapping of a dataflow" dialog against the emulator (list, search, rules, errors).
aep_add_test(NAME test_gui_import_mapping SOURCES TestImportMappingDialog.cpp LABEL gui LIBS aepui aepemulator)
