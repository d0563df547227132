# End-to-end check of `kccctl export` against Open Klant's published OpenAPI spec, and of
# export -> import -> export being byte-identical on a demo database (see export_openapi.sh).
if(TARGET kccctl)
    add_test(NAME export_openapi
        COMMAND /bin/sh ${CMAKE_CURRENT_SOURCE_DIR}/app/export_openapi.sh
            $<TARGET_FILE:kccctl>
            ${PROJECT_SOURCE_DIR}/tools/openapi_validate.py
            ${PROJECT_SOURCE_DIR}/resources/reference/klantinteracties-openapi.yaml
            ${CMAKE_CURRENT_BINARY_DIR}/export_openapi)
    set_tests_properties(export_openapi PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        TIMEOUT 900
        LABELS app)
endif()
