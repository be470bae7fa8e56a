# The typed Platform services (app/services) against the emulator, and against a scripted server for bad replies.
aep_add_test(NAME test_flows_service SOURCES TestFlowsService.cpp TestRunnerFixture.h LABEL e2e LIBS aepemulator)
# Data Prep (mapping sets, validate, preview) and the wizard's new account (made, reused, discarded).
aep_add_test(NAME test_dataprep_service SOURCES TestDataPrepService.cpp LABEL e2e LIBS aepemulator)
# Import the mapping of an existing dataflow (flow list, mapping set as rules) and the mapping's explicit Validate.
aep_add_test(NAME test_mapping_import SOURCES TestMappingImport.cpp TestRunnerFixture.h LABEL e2e LIBS aepemulator)
