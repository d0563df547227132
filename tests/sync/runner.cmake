# The background sync's GUI test lives with the app tests (it links the application's wiring) and
# belongs to the sync tests too: `ctest -L sync` runs it.
set_tests_properties(sync_indicator_gui PROPERTIES LABELS "app;sync")
