import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cardAction, clipCards, freshId, mediaTime, switchToSunoapiCom } from './helpers';

const KEY = 'SECRET-e2e-key-7f3a9c1d5b';
const KEY_SLOT = 'clip-viewer:keys';

/** The sunoapi.com key kept in one storage area (keys are stored per provider), or null. */
function storedKey(page: Page, area: 'local' | 'session'): Promise<string | null> {
  return page.evaluate(
    ([slot, which]) => {
      const raw = (which === 'local' ? localStorage : sessionStorage).getItem(slot);
      if (raw === null) return null;
      const ring = JSON.parse(raw) as Record<string, { key: string } | undefined>;
      return ring['sunoapi-com']?.key ?? null;
    },
    [KEY_SLOT, area] as const,
  );
}

const XSS_TEXT = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  '<svg onload=window.__xss=1>',
  'javascript:window.__xss=1',
];
const BAD_URLS = [
  'javascript:window.__xss=1',
  ' javascript:window.__xss=1',
  'JAVASCRIPT:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x.mp3',
  'not a url',
];

/** Rewrites every simulated clip: hostile text in each text field, unsafe URLs in each URL. */
async function poisonClips(page: Page, variant: number): Promise<void> {
  await page.route('**/sim/sunoapi-co/**', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { clips: Record<string, unknown>[] };
    body.clips.forEach((clip, i) => {
      const text = XSS_TEXT[(i + variant) % XSS_TEXT.length] ?? '';
      const url = BAD_URLS[(i + variant) % BAD_URLS.length] ?? '';
      Object.assign(clip, {
        title: text,
        handle: text,
        display_name: text,
        audio_url: url,
        video_url: url,
        image_url: url,
        image_large_url: url,
        avatar_image_url: url,
        status: 'complete',
        is_video_pending: false,
      });
      Object.assign(clip.metadata as Record<string, unknown>, {
        tags: `${text}, ${text}x`,
        prompt: `[Verse]\n${text}\n[${text}]`,
        gpt_description_prompt: text,
        error_message: text,
        history: [{ id: text, type: text, source: text, infill: false, continue_at: 'x' }],
      });
    });
    await route.fulfill({ response, json: body });
  });
}

test('hostile text and unsafe URLs in every field: no script runs, no unsafe href or src', async ({
  page,
}) => {
  const dialogs: string[] = [];
  const cspErrors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  for (const variant of [0, 1, 2, 3]) {
    await poisonClips(page, variant);
    const task = `c0c0${freshId().slice(4)}`;
    await page.goto(`/task/${task}`);
    await expect(clipCards(page)).toHaveCount(2);
    await expect(clipCards(page).first()).toContainText(/not available/);
    await clipCards(page).first().getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'Lyrics' })).toBeVisible();
    await page.getByText('Details', { exact: true }).click();
    await page.getByText('Raw JSON').click();
    await page.unroute('**/sim/sunoapi-co/**');
  }
  const unsafe = await page.evaluate(() => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll('[href], [src], [poster]')) {
      for (const attr of ['href', 'src', 'poster']) {
        const v = el.getAttribute(attr);
        if (v && !/^(https?:|\/|blob:|#[\w-]+$)/i.test(v.trim()))
          bad.push(`${el.tagName} ${attr}=${v}`);
      }
    }
    return bad;
  });
  expect(unsafe).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(cspErrors).toEqual([]);
});

test('the built app is served with a strict Content-Security-Policy', async ({ request }) => {
  const res = await request.get('/');
  const csp = res.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(csp).toContain('media-src');
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
});

test('every kind of answer carries the security headers, and the proxy refuses what it must', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
  expect(asset).not.toBe('');
  const answers = {
    page: await request.get('/'),
    deepLink: await request.get('/task/5a1e0001-0000-4000-8000-000000000001'),
    asset: await request.get(asset),
    robots: await request.get('/robots.txt'),
    health: await request.get('/healthz'),
    sim: await request.get('/sim'),
    proxy: await request.post('/proxy/sunoapi-co/suno/v3.5/music/generate', { data: {} }),
    sourceMap: await request.get(`${asset}.map`),
    missing: await request.get('/nope.png'),
  };
  for (const [name, res] of Object.entries(answers)) {
    const headers = res.headers();
    expect(headers['content-security-policy'], name).toContain("default-src 'self'");
    expect(headers['x-content-type-options'], name).toBe('nosniff');
    expect(headers['referrer-policy'], name).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy'], name).toBe('same-origin');
    expect(headers['permissions-policy'], name).toContain('camera=()');
  }
  expect(answers.page.headers()['cache-control']).toBe('no-cache');
  expect(answers.deepLink.status()).toBe(200);
  expect(await answers.deepLink.text()).toBe(html);
  expect(answers.asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(await answers.robots.text()).toContain('User-agent: *');
  expect(await answers.health.json()).toEqual({ ok: true });
  expect(answers.proxy.status()).toBe(404);
  expect(answers.sourceMap.status()).toBe(404);
  expect(answers.missing.status()).toBe(404);
  // A production server has no simulator test hooks.
  expect((await request.post('/sim/control/reset', { data: {} })).status()).toBe(404);

  const media = await request.get(
    `/proxy/media?url=${encodeURIComponent('https://evil.example/x.svg')}`,
  );
  expect(media.status()).toBe(403);
  expect(media.headers()['x-content-type-options']).toBe('nosniff');
  expect(media.headers()['content-security-policy']).toBe("sandbox; default-src 'none'");
});

test('long, odd and empty values lay out on a phone without breaking the card', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.route('**/sim/sunoapi-co/**', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { clips: Record<string, unknown>[] };
    const [a, b] = body.clips;
    Object.assign(a ?? {}, {
      title: '🎵'.repeat(60) + 'لا أحد يعرف الطريق إلى البيت' + 'x'.repeat(300),
      handle: 'h'.repeat(200),
    });
    Object.assign((a?.metadata ?? {}) as Record<string, unknown>, {
      prompt: `[Verse]\n${'la '.repeat(3400)}`,
      tags: Array.from({ length: 40 }, (_, i) => `tag-${i}-${'w'.repeat(30)}`).join(','),
    });
    Object.assign(b ?? {}, { title: '', handle: null, display_name: null, model_name: null });
    Object.assign((b?.metadata ?? {}) as Record<string, unknown>, {
      prompt: '',
      tags: null,
      duration: null,
    });
    await route.fulfill({ response, json: body });
  });
  await page.goto(`/task/c0c0${freshId().slice(4)}`);
  await expect(clipCards(page)).toHaveCount(2);
  await expect(clipCards(page).nth(1)).toHaveAccessibleName('Untitled clip');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  for (const card of await clipCards(page).all()) {
    const box = await card.boundingBox();
    expect(box?.width ?? 999).toBeLessThanOrEqual(375);
  }
});

test('the API key never appears in a URL, storage, console, download, share link or error', async ({
  page,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const consoleText: string[] = [];
  const urls: string[] = [];
  const authorized: string[] = [];
  page.on('console', (m) => consoleText.push(m.text()));
  page.on('request', (r) => {
    urls.push(r.url());
    if (r.headers().authorization)
      authorized.push(new URL(r.url()).origin + new URL(r.url()).pathname);
  });
  await page.goto('/');
  await switchToSunoapiCom(page, baseURL, KEY);

  const [a, b] = [freshId(), freshId()];
  await page.getByRole('textbox', { name: 'Task or clip ID' }).fill(`${a}\n${b}`);
  await page.getByRole('button', { name: 'Look up' }).click();
  const card = clipCards(page).first();
  await expect(card.getByText('Complete', { exact: true })).toBeVisible({ timeout: 45_000 });
  await card.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(0.2);

  await cardAction(card, 'Share');
  const shareLink = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  await page.keyboard.press('Escape');

  await cardAction(card, 'Download');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    cardAction(card, 'Details (JSON)'),
  ]);
  const exported = readFileSync(await download.path(), 'utf8');

  // An error, to see that error messages leave the key out too.
  await page
    .getByRole('textbox', { name: 'Task or clip ID' })
    .fill(`fa170401${freshId().slice(8)}, ${a}`);
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('alert')).toContainText('refused the API key');
  const errorText = await page.getByRole('alert').innerText();

  const stored = await page.evaluate((slot) => {
    const dump = (s: Storage) =>
      Object.keys(s)
        .filter((k) => k !== slot)
        .map((k) => `${k}=${s.getItem(k) ?? ''}`)
        .join('\n');
    return { local: dump(localStorage), session: dump(sessionStorage) };
  }, KEY_SLOT);
  const pageText = await page.evaluate(() => document.body.innerText);

  const everything = [
    ...urls,
    page.url(),
    shareLink,
    clipboard,
    exported,
    errorText,
    stored.local,
    stored.session,
    ...consoleText,
    pageText,
  ].join('\n');
  expect(everything).not.toContain(KEY);
  // It was used, and only with the configured provider.
  expect(await storedKey(page, 'session')).toBe(KEY);
  expect(authorized.length).toBeGreaterThan(0);
  expect(authorized.every((u) => u.startsWith(`${baseURL}/sim/sunoapi-com/`))).toBe(true);

  // "Forget key" removes it from every storage.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Settings' })
    .getByRole('button', { name: 'Forget key' })
    .click();
  const after = await page.evaluate(() =>
    [
      ...Object.keys(localStorage).map((k) => localStorage.getItem(k) ?? ''),
      ...Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k) ?? ''),
    ].join('\n'),
  );
  expect(after).not.toContain(KEY);
});

test('"Remember on this device" keeps the key across sessions, and only then', async ({
  page,
  baseURL,
}) => {
  await page.goto('/');
  await switchToSunoapiCom(page, baseURL, KEY);
  const settings = page.getByRole('dialog', { name: 'Settings' });
  expect(await storedKey(page, 'local')).toBeNull();
  expect(await storedKey(page, 'session')).toBe(KEY);

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await settings.getByRole('checkbox', { name: 'Remember on this device' }).check();
  await settings.getByRole('button', { name: 'Save' }).click();
  expect(await storedKey(page, 'local')).toBe(KEY);
  expect(await storedKey(page, 'session')).toBeNull();
});
