# tst_kccctl_inzage runs the built kccctl (QProcess): `inzage` (JSON + PDF, 0600) and `vergeet`, and
# validates the inzage's log part against the Verwerkingenlogging spec.
if(TARGET kccctl AND TARGET tst_kccctl_inzage)
    add_dependencies(tst_kccctl_inzage kccctl)
    target_compile_definitions(tst_kccctl_inzage PRIVATE KCCCTL_PATH="$<TARGET_FILE:kccctl>"
        KCC_VERWERKINGEN_VALIDATOR="${CMAKE_CURRENT_SOURCE_DIR}/app/verwerkingen_validate.py")
endif()
