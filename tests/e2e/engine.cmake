# The dataflow engine against the emulator: PlanRunner, the curl script, the command line.
aep_add_test(NAME test_runner SOURCES TestRunner.cpp TestRunnerFixture.h LABEL e2e LIBS aepemulator)
aep_add_test(NAME test_curl_export SOURCES TestCurlExport.cpp TestRunnerFixture.h LABEL e2e LIBS aepemulator)
aep_add_test(NAME test_cli SOURCES TestCli.cpp TestRunnerFixture.h LABEL e2e LIBS aepemulator)
target_compile_definitions(test_cli PRIVATE AEP_WIZARD_BINARY="$<TARGET_FILE:aep-dataflow-wizard>")
add_dependencies(test_cli aep-dataflow-wizard)
aep_add_test(NAME test_credential_check SOURCES TestCredentialCheck.cpp LABEL e2e LIBS aepemulator)
# The typed Platform services (app/services) against the emulator.
aep_add_test(NAME test_platform_services SOURCES TestPlatformServices.cpp TestRunnerFixture.h LABEL e2e
             LIBS aepemulator)
