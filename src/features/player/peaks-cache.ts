/**
 * Waveform peaks kept by clip ID in IndexedDB, so a second visit draws the waveform with no
 * audio bytes. A memory map in front saves the async round trip within one visit.
 */
export interface StoredPeaks {
  /** Max absolute amplitude per bucket, 0..1. */
  peaks: number[];
  duration: number;
}

const DB_NAME = 'clip-viewer';
const STORE = 'peaks';
const memory = new Map<string, StoredPeaks>();
let dbPromise: Promise<IDBDatabase | null> | null = null;

function openDb(): Promise<IDBDatabase | null> {
  dbPromise ??= new Promise((resolve) => {
    try {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      // Private modes may refuse IndexedDB: peaks then live in memory for this visit only.
      req.onerror = () => resolve(null);
      req.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return dbPromise;
}

function isStoredPeaks(v: unknown): v is StoredPeaks {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return Array.isArray(r.peaks) && typeof r.duration === 'number' && r.duration > 0;
}

export function peaksFromMemory(clipId: string): StoredPeaks | null {
  return memory.get(clipId) ?? null;
}

export async function readPeaks(clipId: string): Promise<StoredPeaks | null> {
  const hit = memory.get(clipId);
  if (hit) return hit;
  const db = await openDb();
  if (!db) return null;
  return new Promise((resolve) => {
    try {
      const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(clipId);
      req.onsuccess = () => {
        const value: unknown = req.result;
        if (isStoredPeaks(value)) {
          memory.set(clipId, value);
          resolve(value);
        } else resolve(null);
      };
      req.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

export async function writePeaks(clipId: string, value: StoredPeaks): Promise<void> {
  memory.set(clipId, value);
  const db = await openDb();
  if (!db) return;
  await new Promise<void>((resolve) => {
    try {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(value, clipId);
      tx.oncomplete = () => resolve();
      tx.onerror = () => resolve();
      tx.onabort = () => resolve();
    } catch {
      resolve();
    }
  });
}
