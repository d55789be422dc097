import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy the built app is served with: scripts only from our origin, no
 * inline script, no eval. Styles allow inline because wavesurfer.js styles its shadow DOM
 * with a <style> element. Media and images may come from any http(s) host (the providers'
 * CDNs) or blob:.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' http: https: data: blob:",
  "media-src 'self' http: https: blob:",
  "connect-src 'self' http: https:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Only the preview server gets the policy: the dev server relies on inline scripts for HMR. */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'clip-viewer-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        next();
      });
    },
  };
}
