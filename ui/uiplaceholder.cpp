namespace kcc { int uiPlaceholder = 0; }
