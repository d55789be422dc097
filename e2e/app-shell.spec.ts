/** The frame around every page: keyboard help and the skip link. */
import { expect, test } from '@playwright/test';

test('"?" lists the keyboard shortcuts; typed in the lookup box it is just a character', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByText('Play or pause')).toBeVisible();
  await expect(help.getByText('The next take, at the same moment')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // Typed into the lookup box, "?" is just a character.
  const box = page.getByRole('textbox', { name: 'Task or clip ID' });
  await box.fill('');
  await box.press('?');
  await expect(help).toBeHidden();
  await expect(box).toHaveValue('?');
});

test('the first Tab offers "Skip to content", which moves focus past the header', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Task or clip ID' })).toBeFocused();
});
