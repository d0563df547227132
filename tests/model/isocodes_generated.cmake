# The ISO code tables in model/validation/isocodes.cpp are generated from Debian's iso-codes JSON by
# tools/gen_isocodes.py; this fails when the committed tables differ from what the script makes
# of the installed iso-codes, and is reported as skipped (exit 77) when iso-codes is missing.
find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_Interpreter_FOUND)
    add_test(NAME isocodes_generated
        COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/tools/gen_isocodes.py --check)
    set_tests_properties(isocodes_generated PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 60 LABELS "model;house")
endif()
