/** Looking up: the paste box, what the page says while it follows a job, recent lookups. */
import { lazy } from 'react';

// The start page's demo tasks and recent list; lookup pages never show them.
export const EmptyState = lazy(() => import('./empty-state'));
// Only batches of tasks need these.
export const BatchStatus = lazy(() => import('./batch-status'));
export { LookupForm } from './lookup-form';
export { LookupStatus } from './lookup-status';
export { rememberLookup, updateRecentPreview } from './recent-lookups-later';
