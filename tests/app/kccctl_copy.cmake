# kccctl copy (SQLite -> PostgreSQL) and demo --seed on both engines, on the PostgreSQL test server.
if(TARGET kccctl)
    add_test(NAME kccctl_copy_pg
             COMMAND ${CMAKE_CURRENT_LIST_DIR}/kccctl_copy.sh $<TARGET_FILE:kccctl> ${CMAKE_BINARY_DIR}/pgtest)
    set_tests_properties(kccctl_copy_pg PROPERTIES
        ENVIRONMENT "LC_ALL=C.UTF-8;KCC_LANG=en"
        FIXTURES_REQUIRED postgres
        TIMEOUT 300
        LABELS "app;postgres")
endif()
