import * as v from 'valibot';
import { persistedStore } from '../../../lib/persisted-store';

/** Volume and mute belong to the person, not the page: kept on the device, shared by tabs. */
export const volumeStore = persistedStore<number>({
  key: 'clip-viewer:volume',
  schema: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1)),
  fallback: () => 1,
});
/** Stored as 1/0 by earlier versions; read either way. */
export const mutedStore = persistedStore<boolean>({
  key: 'clip-viewer:muted',
  schema: v.union([
    v.boolean(),
    v.pipe(
      v.picklist([0, 1]),
      v.transform((n) => n === 1),
    ),
  ]),
  fallback: () => false,
});

/** "Autoplay next": when a clip ends, the next clip of the lookup plays. On unless turned off. */
export const autoplayNextStore = persistedStore<boolean>({
  key: 'clip-viewer:autoplay-next',
  schema: v.boolean(),
  fallback: () => true,
});
