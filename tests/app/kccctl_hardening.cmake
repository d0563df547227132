# The hardening tests run the built kccctl (QProcess): they need the binary.
foreach(test_target tst_exportlinks tst_importrace tst_importrefusals tst_readonlydatabase)
    if(TARGET kccctl AND TARGET ${test_target})
        add_dependencies(${test_target} kccctl)
        target_compile_definitions(${test_target} PRIVATE KCCCTL_PATH="$<TARGET_FILE:kccctl>")
    endif()
endforeach()
