# The storage suites on PostgreSQL: a private server (tools/pg-test-server.sh: initdb in a
# temporary directory, loopback only, scram-sha-256) is the ctest fixture "postgres"; each suite
# listed here runs a second time as <name>_pg with TestDatabase on that server. Label: postgres.
set(KCC_PG_STATE ${CMAKE_BINARY_DIR}/pgtest)
add_test(NAME postgres_start COMMAND ${PROJECT_SOURCE_DIR}/tools/pg-test-server.sh start ${KCC_PG_STATE})
add_test(NAME postgres_stop COMMAND ${PROJECT_SOURCE_DIR}/tools/pg-test-server.sh stop ${KCC_PG_STATE})
set_tests_properties(postgres_start PROPERTIES FIXTURES_SETUP postgres LABELS "storage;postgres")
set_tests_properties(postgres_stop PROPERTIES FIXTURES_CLEANUP postgres LABELS "storage;postgres")

set(KCC_PG_SUITES
    storage_roundtrip
    storage_queries
    registrationwriter
    taken
    klantbeeld
    accounts
    drafts
    partijedit
    exportimport
    inzagevergeet
    verwerkingenlog_scenarios
    sync_wijzigingen
    synclog
    sync_runner
    partijsearch
    taakgeopend
    taakgeopend_gui
)
# A shared database hashes with the municipality's key, never one made on a seat
# (storage/privacy/pseudoniemsleutel.h): the suites that log (registration, partij edits) get a
# fixed test key.
set(KCC_PG_SLEUTEL ${CMAKE_BINARY_DIR}/pgtest-pseudoniemsleutel)
file(WRITE ${KCC_PG_SLEUTEL} "6b63632d746573742d73657276657220707365756f6e69656d2d736c657574656c\n")
foreach(suite ${KCC_PG_SUITES})
    add_test(NAME ${suite}_pg COMMAND tst_${suite})
    set_tests_properties(${suite}_pg PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;KCC_TEST_POSTGRES=${KCC_PG_STATE};KCC_PSEUDONIEM_SLEUTEL=${KCC_PG_SLEUTEL}"
        FIXTURES_REQUIRED postgres
        TIMEOUT 600
        LABELS "storage;postgres")
endforeach()

# Suites that only make sense on PostgreSQL (roles, row-level security): tests/postgres/.
file(GLOB KCC_PG_ONLY_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/postgres/tst_*.cpp)
foreach(source ${KCC_PG_ONLY_SOURCES})
    get_filename_component(name ${source} NAME_WE)
    string(REGEX REPLACE "^tst_" "" testname ${name})
    add_executable(${name} ${source})
    target_link_libraries(${name} PRIVATE ${KCC_TEST_LIBRARIES_storage})
    add_test(NAME ${testname}_pg COMMAND ${name})
    set_tests_properties(${testname}_pg PROPERTIES
        ENVIRONMENT "LC_ALL=C.UTF-8;KCC_TEST_POSTGRES=${KCC_PG_STATE};KCC_PSEUDONIEM_SLEUTEL=${KCC_PG_SLEUTEL}"
        FIXTURES_REQUIRED postgres
        TIMEOUT 600
        LABELS "storage;postgres")
endforeach()

# Issue 13, item 6: the spool test cuts the seat's connection with a loopback proxy of its own
# (Qt Network, in the test only); it registers, so it logs with the test key.
target_link_libraries(tst_registrationspool PRIVATE Qt6::Network)
set_tests_properties(registrationspool_pg PROPERTIES
    ENVIRONMENT "LC_ALL=C.UTF-8;KCC_TEST_POSTGRES=${KCC_PG_STATE};KCC_PSEUDONIEM_SLEUTEL=${KCC_PG_SLEUTEL}"
    TIMEOUT 120)
