# tst_verwerkingen_gui validates the privacy officer's export against the Verwerkingenlogging spec
# with the validator of `kccctl verwerkingen --json` (tests/app/verwerkingen_validate.py).
if(TARGET tst_verwerkingen_gui)
    target_compile_definitions(tst_verwerkingen_gui PRIVATE
        KCC_VERWERKINGEN_VALIDATOR="${CMAKE_CURRENT_SOURCE_DIR}/app/verwerkingen_validate.py")
endif()
