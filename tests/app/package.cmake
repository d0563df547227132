# The Debian package: built by cpack from this tree, checked with dpkg-deb and the desktop and
# AppStream validators, installed into a scratch root, started and purged (issue 13, item 10).
if(TARGET kcc-werkplek AND TARGET kccctl)
    add_test(NAME package_deb COMMAND ${CMAKE_CURRENT_LIST_DIR}/package.sh ${CMAKE_BINARY_DIR})
    set_tests_properties(package_deb PROPERTIES
        ENVIRONMENT "LC_ALL=C.UTF-8"
        TIMEOUT 600
        LABELS "app;package")
endif()
