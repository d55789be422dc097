import { describe, expect, it } from 'vitest';
import { isLoopbackHost, keyRefusal, originOf } from './key-policy';

describe('key policy', () => {
  it('sends a key over https to the origin it was saved for', () => {
    expect(keyRefusal('https://api.sunoapi.co/suno/x', 'https://api.sunoapi.co')).toBeNull();
    expect(keyRefusal('https://api.sunoapi.co', null)).toBeNull();
  });

  it('never to another origin, scheme or port', () => {
    for (const other of [
      'https://api.sunoapi.com',
      'http://api.sunoapi.co',
      'https://api.sunoapi.co:8443',
      'https://evil.example',
    ]) {
      expect(keyRefusal(`${other}/x`, 'https://api.sunoapi.co')).not.toBeNull();
    }
  });

  it('never over plain http, except to this computer', () => {
    expect(keyRefusal('http://api.example.com/x', null)).toBe('insecure');
    expect(keyRefusal('http://192.168.1.5:8080/x', null)).toBe('insecure');
    expect(keyRefusal('http://127.0.0.1:4317/sim', null)).toBeNull();
    expect(keyRefusal('http://localhost:5173/proxy', null)).toBeNull();
    expect(keyRefusal('http://[::1]:3000/', null)).toBeNull();
    expect(isLoopbackHost('app.localhost')).toBe(true);
    expect(isLoopbackHost('localhost.evil.com')).toBe(false);
  });

  it('refuses what is not a URL', () => {
    expect(keyRefusal('/relative', null)).toBe('not-a-url');
    expect(keyRefusal('javascript:alert(1)', null)).toBe('not-a-url');
    expect(originOf('ftp://x.y')).toBeNull();
  });
});
