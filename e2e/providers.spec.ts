/**
 * Every provider's dialect, spoken by the simulator at /sim/<id>: chosen in Settings by the
 * name people know, a task polls to the end and plays, a task code that is not a UUID works
 * where the provider hands them out, and a self-hosted gcui-art needs no key, directly and
 * through the server's proxy.
 */
import { expect, test, type Page } from '@playwright/test';
import { clipCards, finishedTaskId, freshId, lookUp } from './helpers';

async function choose(page: Page, label: string, baseUrl: string, key: string | null) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Provider').selectOption({ label });
  await settings.getByRole('textbox', { name: 'Base URL' }).fill(baseUrl);
  if (key === null) {
    await expect(settings.getByLabel('API key')).toBeDisabled();
    await expect(settings.getByText(`${label} needs no key, and is never sent one.`)).toBeVisible();
  } else await settings.getByLabel('API key').fill(key);
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
}

for (const [label, id] of [
  ['sunoapi.org / kie.ai', 'sunoapi-org'],
  ['new-api relay', 'new-api'],
  ['AceData', 'acedata'],
] as const) {
  test(`${label}: a task polls to the end and plays`, async ({ page, baseURL }) => {
    await page.goto('/');
    await choose(page, label, `${baseURL ?? ''}/sim/${id}`, 'sk-test-key');
    await lookUp(page, finishedTaskId());
    const cards = clipCards(page);
    await expect(cards).toHaveCount(2);
    await expect(cards.first().getByText('Complete', { exact: true })).toBeVisible();
    await cards.first().getByRole('button', { name: /^Play/ }).click();
    await expect(cards.first().getByRole('button', { name: /^Pause/ })).toBeVisible();
  });
}

test('sunoapi.org: a task code that is not a UUID is looked up', async ({ page, baseURL }) => {
  await page.goto('/');
  await choose(page, 'sunoapi.org / kie.ai', `${baseURL ?? ''}/sim/sunoapi-org`, 'sk-test-key');
  const code = freshId().replace(/-/g, '');
  await lookUp(page, code);
  await expect(page).toHaveURL(new RegExp(`/task/${code}$`));
  await expect(clipCards(page)).toHaveCount(2, { timeout: 30_000 });
});

test('a UUID task on sunoapi.co is refused when a code is pasted, naming the form', async ({
  page,
  baseURL,
}) => {
  await page.goto('/');
  await choose(page, 'sunoapi.co', `${baseURL ?? ''}/sim/sunoapi-co`, 'sk-test-key');
  await lookUp(page, '9f0c3e1a5b7d4c2e8a6b1d3f5e7c9a0b');
  await expect(page.getByRole('alert')).toContainText('sunoapi.co task IDs are a UUID');
});

for (const [how, base] of [
  ['directly', (origin: string) => `${origin}/sim/gcui`],
  ['through the proxy', () => '/proxy/gcui'],
] as const) {
  test(`gcui-art suno-api on 127.0.0.1 needs no key, ${how}`, async ({ page, baseURL }) => {
    await page.goto('/');
    await choose(page, 'gcui-art suno-api (self-hosted)', base(baseURL ?? ''), null);
    const clip = freshId();
    await lookUp(page, `https://suno.com/song/${clip}`);
    await expect(clipCards(page)).toHaveCount(1);
    await expect(page.locator(`[data-clip-id="${clip}"]`)).toBeVisible();
  });
}
