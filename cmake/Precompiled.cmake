# Build time (CI must stay well under 30 minutes on 2 cores): parsing Qt's headers was most of the
# time of every compile, so each target precompiles the Qt headers its layer uses. Only system
# headers are precompiled (cmake/pch/*.h), so an edit in the project never invalidates them.
option(KCC_PRECOMPILED_HEADERS "Precompile the Qt headers" ON)

set(KCC_PCH_DIR ${CMAKE_CURRENT_LIST_DIR}/pch)

# kcc_precompile(target kind...) with kind one of the headers in cmake/pch/
# (core, sql, network, widgets, widgets_all, test).
function(kcc_precompile target)
    if(NOT KCC_PRECOMPILED_HEADERS)
        return()
    endif()
    set(headers)
    foreach(kind ${ARGN})
        list(APPEND headers ${KCC_PCH_DIR}/${kind}.h)
    endforeach()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# kcc_reuse_precompiled(target from): the tests of one layer share one precompiled header. A test's
# moc file is included by its source, so the target's mocs_compilation.cpp is empty: loading the
# precompiled header for it would cost more than compiling it.
function(kcc_reuse_precompiled target from)
    if(KCC_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} REUSE_FROM ${from})
        set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp
                                    TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()
