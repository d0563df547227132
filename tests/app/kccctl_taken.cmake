# tst_kccctl_taken runs the built kccctl (QProcess) on a fixture database: it needs the binary.
if(TARGET kccctl AND TARGET tst_kccctl_taken)
    add_dependencies(tst_kccctl_taken kccctl)
    target_compile_definitions(tst_kccctl_taken PRIVATE KCCCTL_PATH="$<TARGET_FILE:kccctl>")
endif()
