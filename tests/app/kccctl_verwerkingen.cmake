# tst_kccctl_verwerkingen runs the built kccctl (QProcess) and validates its JSON against the
# Verwerkingenlogging spec with tests/app/verwerkingen_validate.py.
if(TARGET kccctl AND TARGET tst_kccctl_verwerkingen)
    add_dependencies(tst_kccctl_verwerkingen kccctl)
    target_compile_definitions(tst_kccctl_verwerkingen PRIVATE KCCCTL_PATH="$<TARGET_FILE:kccctl>"
        KCC_VERWERKINGEN_VALIDATOR="${CMAKE_CURRENT_SOURCE_DIR}/app/verwerkingen_validate.py")
endif()
