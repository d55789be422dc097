import { beforeEach, describe, expect, it, vi } from 'vitest';

const CO_KEY = 'sk-co-0123456789';
const COM_KEY = 'sk-com-9876543210';

async function freshStore() {
  vi.resetModules();
  const store = await import('./settings-store');
  // What the app's entry does at start-up.
  store.migrateStoredSettings();
  return store;
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('settings store: one key per provider, bound to its origin', () => {
  it('keeps each provider’s key apart and never gives one to another provider or the Demo', async () => {
    const s = await freshStore();
    s.saveSettings({ kind: 'sunoapi-co', baseUrls: {} }, { value: CO_KEY, remember: false });
    s.saveSettings({ kind: 'sunoapi-com', baseUrls: {} }, { value: COM_KEY, remember: true });
    const settings = s.readSettings();
    expect(settings.keys['sunoapi-co']).toEqual({
      key: CO_KEY,
      origin: 'https://api.sunoapi.co',
      remember: false,
    });
    expect(settings.keys['sunoapi-com']?.remember).toBe(true);
    expect(s.configFrom({ ...settings, kind: 'sunoapi-com' }).apiKey).toBe(COM_KEY);
    expect(s.configFrom({ ...settings, kind: 'sunoapi-co' }).apiKey).toBe(CO_KEY);
    expect(s.configFrom({ ...settings, kind: 'demo' }).apiKey).toBe('');
    // The session key lives in sessionStorage only, the remembered one in localStorage only.
    expect(sessionStorage.getItem('clip-viewer:keys')).toContain(CO_KEY);
    expect(sessionStorage.getItem('clip-viewer:keys')).not.toContain(COM_KEY);
    expect(localStorage.getItem('clip-viewer:keys')).toContain(COM_KEY);
    expect(localStorage.getItem('clip-viewer:keys')).not.toContain(CO_KEY);
  });

  it('withholds a key from another origin and from plain http, and says why', async () => {
    const s = await freshStore();
    s.saveSettings({ kind: 'sunoapi-co', baseUrls: {} }, { value: CO_KEY, remember: false });
    const moved = { ...s.readSettings(), baseUrls: { 'sunoapi-co': 'https://mirror.example' } };
    expect(s.configFrom(moved)).toMatchObject({
      apiKey: '',
      keyWithheld: { reason: 'other-origin', savedFor: 'https://api.sunoapi.co' },
    });
    const plain = { ...s.readSettings(), baseUrls: { 'sunoapi-co': 'http://api.sunoapi.co' } };
    expect(s.configFrom(plain)).toMatchObject({
      apiKey: '',
      keyWithheld: { reason: 'insecure' },
    });
  });

  it('forgets one provider’s key and leaves the other’s', async () => {
    const s = await freshStore();
    s.saveSettings({ kind: 'sunoapi-co', baseUrls: {} }, { value: CO_KEY, remember: true });
    s.saveSettings({ kind: 'sunoapi-com', baseUrls: {} }, { value: COM_KEY, remember: false });
    s.forgetKey('sunoapi-co');
    const settings = s.readSettings();
    expect(settings.keys['sunoapi-co']).toBeUndefined();
    expect(settings.keys['sunoapi-com']?.key).toBe(COM_KEY);
    expect(localStorage.getItem('clip-viewer:keys')).toBeNull();
  });

  it('moves the single key of earlier versions to the provider it was saved with', async () => {
    localStorage.setItem(
      'clip-viewer:settings',
      JSON.stringify({ kind: 'sunoapi-com', baseUrls: {} }),
    );
    localStorage.setItem('clip-viewer:api-key', COM_KEY);
    const s = await freshStore();
    const settings = s.readSettings();
    expect(settings.keys['sunoapi-com']).toEqual({
      key: COM_KEY,
      origin: 'https://api.sunoapi.com',
      remember: true,
    });
    expect(settings.keys['sunoapi-co']).toBeUndefined();
    expect(localStorage.getItem('clip-viewer:api-key')).toBeNull();
  });

  it('drops an old key that was saved with the Demo selected', async () => {
    sessionStorage.setItem('clip-viewer:api-key', 'whatever');
    const s = await freshStore();
    expect(s.readSettings().keys).toEqual({});
    expect(sessionStorage.getItem('clip-viewer:api-key')).toBeNull();
  });
});
