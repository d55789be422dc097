/** Provider settings: the dialog, the stored settings, and a way for any page to open them. */
import { lazy } from 'react';

// Loaded when first opened: most visits never open Settings.
export const SettingsDialog = lazy(() => import('./settings-dialog'));
export { OpenSettingsContext, useOpenSettings } from './settings-context';
export { configFrom, migrateStoredSettings, useSettings, type Settings } from './settings-store';
