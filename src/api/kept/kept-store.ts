/**
 * Clips kept on this device: the list (IndexedDB), their files (Cache Storage) and which are
 * being stored now, in one store the views read. A kept clip plays, shows and downloads from
 * its local copy through `localClip`, whose links are this page's own blob: URLs.
 */
import { useEffect } from 'react';
import type { Clip } from '../../domain/clip';
import { idbCache } from '../../lib/idb-cache';
import { createStore, patchStore, useStore } from '../../lib/store';
import { readPeaks, writePeaks } from '../peaks-store';
import { readStoredTimings, writeStoredTimings } from '../timings-cache';
import { keptRecordSchema, type KeptRecord } from './kept-record';
import { canKeepFiles, putKeptFile, readKeptFile, removeKeptFiles } from './kept-media';

export interface KeptState {
  /** 'unread' until the list is first asked for. */
  status: 'unread' | 'loading' | 'ready';
  /** Newest first. */
  records: readonly KeptRecord[];
  /** Clips being stored now, with the share of their audio read so far (null: not known). */
  saving: Readonly<Record<string, number | null>>;
}

const records = idbCache('clip-viewer-kept', 'clips', keptRecordSchema);
export const keptStore = createStore<KeptState>({ status: 'unread', records: [], saving: {} });

function byNewest(list: KeptRecord[]): KeptRecord[] {
  return list.sort((a, b) => b.keptAt - a.keptAt);
}

/** Reads the list once; later calls wait for the same read. */
let reading: Promise<void> | null = null;
export function loadKept(): Promise<void> {
  reading ??= (async () => {
    patchStore(keptStore, { status: 'loading' });
    const all = (await records.all()).map(([, record]) => record);
    patchStore(keptStore, { status: 'ready', records: byNewest(all) });
  })();
  return reading;
}

/** The list, read on first use; `select` (returning stable values) for a part of it. */
export function useKept(): KeptState;
export function useKept<S>(select: (state: KeptState) => S): S;
export function useKept<S>(select?: (state: KeptState) => S): S | KeptState {
  useEffect(() => {
    if (keptStore.get().status === 'unread') void loadKept();
  }, []);
  return useStore<KeptState, S | KeptState>(keptStore, select ?? ((state) => state));
}

export function setSaving(clipId: string, progress: number | null | undefined): void {
  const was = keptStore.get().saving;
  if (clipId in was && was[clipId] === progress) return;
  const saving = { ...was };
  if (progress === undefined) delete saving[clipId];
  else saving[clipId] = progress;
  patchStore(keptStore, { saving });
}

/** Why the browser would not keep it, in words for the person. */
export class KeepRefused extends Error {
  override name = 'KeepRefused';
}

function refusalOf(error: unknown): KeepRefused {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError')
    return new KeepRefused(
      'The browser refused the space to keep this clip: remove some kept clips or free space on the device.',
    );
  return new KeepRefused(
    'The browser would not store this clip (private browsing, or storage turned off for this site).',
  );
}

let persistAsked = false;
/** Asked once: a persisted site's data is not cleared when the device runs short of space. */
function askToPersist(): void {
  if (persistAsked) return;
  persistAsked = true;
  void navigator.storage?.persist?.().catch(() => false);
}

export async function keep(record: KeptRecord, audio: Blob, cover: Blob | null): Promise<void> {
  if (!canKeepFiles())
    throw new KeepRefused('This browser keeps no files for a page served without HTTPS.');
  askToPersist();
  const id = record.clip.id;
  try {
    await putKeptFile(id, 'audio', audio);
    if (cover) await putKeptFile(id, 'cover', cover);
    await records.save(id, record);
  } catch (error) {
    await removeKeptFiles(id).catch(() => undefined);
    throw refusalOf(error);
  }
  await loadKept();
  const others = keptStore.get().records.filter((r) => r.clip.id !== id);
  patchStore(keptStore, { records: byNewest([record, ...others]) });
}

const localUrls = new Map<string, string[]>();

function forgetUrls(clipId: string): void {
  localUrls.get(clipId)?.forEach((url) => URL.revokeObjectURL(url));
  localUrls.delete(clipId);
}

export async function unkeep(clipId: string): Promise<void> {
  await Promise.all([records.remove(clipId), removeKeptFiles(clipId).catch(() => undefined)]);
  forgetUrls(clipId);
  const rest = keptStore.get().records.filter((r) => r.clip.id !== clipId);
  patchStore(keptStore, { records: rest });
}

export async function unkeepAll(): Promise<void> {
  await Promise.all(keptStore.get().records.map((r) => unkeep(r.clip.id)));
}

/**
 * The kept clip with its links on this device: nothing it shows, plays or saves asks its
 * provider. Its peaks and timings go back into their caches if those were cleared, so the
 * waveform and the followed lyrics need no provider either. Null when its audio is gone.
 */
export async function localClip(record: KeptRecord): Promise<Clip | null> {
  const id = record.clip.id;
  if (!localUrls.has(id)) {
    const [audio, cover] = await Promise.all([
      readKeptFile(id, 'audio'),
      record.cover ? readKeptFile(id, 'cover') : null,
    ]);
    if (!audio) return null;
    localUrls.set(
      id,
      [audio, cover].flatMap((file) => (file ? [URL.createObjectURL(file)] : [])),
    );
    await restoreCaches(record);
  }
  const [audioUrl = null, coverUrl = null] = localUrls.get(id) ?? [];
  return {
    ...record.clip,
    audioUrl,
    imageUrl: coverUrl,
    imageLargeUrl: coverUrl,
    // Neither is kept: a provider's link would be a request to it.
    videoUrl: null,
    avatarUrl: null,
    isVideoPending: false,
  };
}

async function restoreCaches(record: KeptRecord): Promise<void> {
  const id = record.clip.id;
  const [peaks, timed] = await Promise.all([readPeaks(id), readStoredTimings(id)]);
  if (!peaks && record.peaks) await writePeaks(id, record.peaks);
  if (!timed && record.timed) await writeStoredTimings(id, record.timed);
}
