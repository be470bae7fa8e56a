# The dataflow engine against the emulator: PlanRunner, the curl script, the command line.
aep_add_test(NAME test_runner SOURCES TestRunner.cpp TestRunnerFixture.h LABEL e2e LIBS aepemulator)
aep_add_test(NAME test_curl_export SOURCES TestCurlExport.cpp TestRunnerFixture.h LABEL e2e LIBS aepemulator)
