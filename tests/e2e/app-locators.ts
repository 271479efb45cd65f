import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * antd puts a space between the two characters of a two-character button (保 存). A button that
 * was loading can keep its spinner, invisible, stuck in its leave motion in headless Chromium:
 * its aria-label then still starts the button's name ("loading 添加客服").
 */
export const button = (scope: Page | Locator, label: string) =>
  scope.getByRole('button', { name: new RegExp(`^(loading )?${[...label].join('\\s*')}$`) });

/** The customer drawer's content (only there while a customer is open). */
export const drawer = (page: Page) => page.getByTestId('customer-detail');

/** The option of the open antd select dropdown showing `label`. */
export const option = (page: Page, label: string) => page.locator(`.ant-select-item-option[title="${label}"]`).filter({ visible: true });

/**
 * Opens the customer from the 客户 list, as staff do: a click on their row, after typing the nick
 * into the search box when asked to (a customer beyond the first rows of the list).
 */
export async function openCustomer(page: Page, url: string, nick: string, options: { search?: boolean } = {}): Promise<Locator> {
  await page.goto(`${url}#/customers`);
  await expect.poll(() => page.locator('h1').textContent()).toBe('客户');
  if (options.search) await page.getByLabel('搜索客户').fill(nick);
  await page.locator('.ant-table-row', { hasText: nick }).first().click();
  await drawer(page).getByTestId('customer-name').getByText(nick, { exact: true }).waitFor();
  return drawer(page);
}

/** Closes the drawer with Esc and waits until it is gone. */
export async function closeDrawer(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await drawer(page).waitFor({ state: 'detached' });
}

/** Picks an option of an antd select by typing it and pressing Enter, the way staff pick a day out of 31. */
export async function typeAndPick(page: Page, select: Locator, typed: string, label: string): Promise<void> {
  await select.click();
  await select.fill(typed);
  // Enter takes the first option left, so wait until the typed text has narrowed the list to the one wanted.
  await expect.poll(() => page.locator('.ant-select-item-option').filter({ visible: true }).count()).toBe(1);
  await option(page, label).waitFor();
  await select.press('Enter');
  await expect.poll(() => select.locator('xpath=..').textContent()).toContain(label);
}
