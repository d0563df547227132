# kccctl init and user add on the PostgreSQL test server, checked with psql as the new login.
if(TARGET kccctl)
    add_test(NAME kccctl_postgres_pg
             COMMAND ${CMAKE_CURRENT_LIST_DIR}/kccctl_postgres.sh $<TARGET_FILE:kccctl> ${CMAKE_BINARY_DIR}/pgtest)
    set_tests_properties(kccctl_postgres_pg PROPERTIES
        ENVIRONMENT "LC_ALL=C.UTF-8;KCC_LANG=en"
        FIXTURES_REQUIRED postgres
        TIMEOUT 300
        LABELS "app;postgres")
endif()
