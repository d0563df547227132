# The size rules (STYLE.md): no source file of a layer over 800 lines, no function body over 150.
# The self-test proves on synthetic sources that files and function bodies are measured right, so
# that a check that silently measures nothing cannot pass.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME sizes COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/tools/check_sizes.py ${PROJECT_SOURCE_DIR})
add_test(NAME sizes_selftest COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/tools/check_sizes.py --self-test)
set_tests_properties(sizes sizes_selftest PROPERTIES LABELS "app;house" TIMEOUT 120)
