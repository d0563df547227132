# tst_kccctl_sync runs the built kccctl (which runs kcc-sync) against the stateful Open Klant
# fixture (tests/tools/openklant_fixture.py): it needs both binaries.
if(TARGET kccctl AND TARGET tst_kccctl_sync)
    add_dependencies(tst_kccctl_sync kccctl kcc-sync)
    target_compile_definitions(tst_kccctl_sync PRIVATE KCCCTL_PATH="$<TARGET_FILE:kccctl>")
endif()
