namespace kcc { int resourcesPlaceholder = 0; }
