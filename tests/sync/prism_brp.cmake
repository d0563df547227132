# The BRP client's base query shape against Prism on the BRP spec (tst_sync_brp_prism); the
# stateful stand-in tests/tools/brp_fixture.py needs only python3 (tst_sync_brp).
set_tests_properties(sync_brp_prism PROPERTIES FIXTURES_REQUIRED prism
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;KCC_PRISM=${KCC_PRISM_DIR}/node_modules/.bin/prism")
