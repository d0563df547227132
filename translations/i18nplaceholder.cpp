namespace kcc { int i18nPlaceholder = 0; }
