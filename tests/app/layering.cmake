# The house rules (ARCHITECTURE.md): includes go one way between the layers, and SQL, widget and
# network classes stay in their layer. The self-test proves on a throw-away tree that every rule
# fires, so that a silently broken check cannot pass.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME layering COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/tools/check_layers.py ${PROJECT_SOURCE_DIR})
add_test(NAME layering_selftest COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/tools/check_layers.py --self-test)
set_tests_properties(layering layering_selftest PROPERTIES LABELS "app;house" TIMEOUT 120)
