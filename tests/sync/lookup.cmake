# The Zoeken tab's look-up on Open Klant lives with the app tests (it links the application's
# wiring) and belongs to the sync tests too: `ctest -L sync` runs it.
set_tests_properties(openklant_lookup_gui PROPERTIES LABELS "app;sync")
