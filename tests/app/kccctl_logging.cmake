# tst_kccctl_logging runs the built kccctl (QProcess): what search, taken and export print is logged,
# and verwerkingen-doorsturen against tests/tools/verwerkingenlog_fixture.py.
if(TARGET kccctl AND TARGET tst_kccctl_logging)
    add_dependencies(tst_kccctl_logging kccctl)
    target_compile_definitions(tst_kccctl_logging PRIVATE KCCCTL_PATH="$<TARGET_FILE:kccctl>")
endif()
