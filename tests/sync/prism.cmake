# Prism (npm @stoplight/prism-cli, pinned in tests/tools/prism/package-lock.json) is installed into
# the build tree by a ctest fixture, so that CI needs nothing but node and npm beforehand
# (scripts/install-deps.sh installs those). The sync tests find it through KCC_PRISM.
set(KCC_PRISM_DIR ${CMAKE_CURRENT_BINARY_DIR}/tools/prism)
add_test(NAME sync_prism_install
    COMMAND /bin/sh -c "mkdir -p '${KCC_PRISM_DIR}' && cp '${CMAKE_CURRENT_SOURCE_DIR}/tools/prism/package.json' '${CMAKE_CURRENT_SOURCE_DIR}/tools/prism/package-lock.json' '${KCC_PRISM_DIR}/' && if [ -x '${KCC_PRISM_DIR}/node_modules/.bin/prism' ]; then echo 'prism already installed'; else npm ci --prefix '${KCC_PRISM_DIR}' --no-audit --no-fund --ignore-scripts; fi")
set_tests_properties(sync_prism_install PROPERTIES FIXTURES_SETUP prism LABELS sync TIMEOUT 600)
set_tests_properties(sync_prism PROPERTIES FIXTURES_REQUIRED prism
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;KCC_PRISM=${KCC_PRISM_DIR}/node_modules/.bin/prism")
