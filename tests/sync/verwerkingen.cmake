# Forwarding the verwerkingenlog (issue 15): Prism on the Verwerkingenlogging spec, installed by
# the sync_prism_install fixture of prism.cmake (included before this file).
set_tests_properties(verwerkingen_doorsturen PROPERTIES FIXTURES_REQUIRED prism
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;KCC_PRISM=${KCC_PRISM_DIR}/node_modules/.bin/prism")
