# Each layer's tests link only what their layer may use (tests/CMakeLists.txt): model tests QtCore
# (and QtTest) only, so no Qt6Sql, Qt6Gui, Qt6Widgets or Qt6Network; storage tests no Qt6Gui,
# Qt6Widgets or Qt6Network. Checked on the built
# executables, so that a support library or fixture that drags a layer in cannot go unnoticed. The
# self-test runs the storage check on a GUI test, which must fail: a broken check cannot pass.
get_property(KCC_MODEL_TESTS GLOBAL PROPERTY KCC_TESTS_model)
get_property(KCC_STORAGE_TESTS GLOBAL PROPERTY KCC_TESTS_storage)
get_property(KCC_GUI_TESTS GLOBAL PROPERTY KCC_TESTS_gui)
list(TRANSFORM KCC_MODEL_TESTS REPLACE "(.+)" "$<TARGET_FILE:\\1>")
list(TRANSFORM KCC_STORAGE_TESTS REPLACE "(.+)" "$<TARGET_FILE:\\1>")
list(GET KCC_GUI_TESTS 0 KCC_SOME_GUI_TEST)
set(KCC_LINKING_SCRIPT ${CMAKE_CURRENT_SOURCE_DIR}/app/linking.sh)
add_test(NAME linking_model
    COMMAND /bin/sh ${KCC_LINKING_SCRIPT} model "Sql Gui Widgets Network" ${KCC_MODEL_TESTS})
add_test(NAME linking_storage
    COMMAND /bin/sh ${KCC_LINKING_SCRIPT} storage "Gui Widgets Network" ${KCC_STORAGE_TESTS})
add_test(NAME linking_selftest
    COMMAND /bin/sh ${KCC_LINKING_SCRIPT} storage "Gui Widgets Network" $<TARGET_FILE:${KCC_SOME_GUI_TEST}>)
set_tests_properties(linking_model linking_storage linking_selftest PROPERTIES LABELS "app;house" TIMEOUT 120)
set_tests_properties(linking_selftest PROPERTIES WILL_FAIL TRUE)
