import type { Page } from 'playwright-core';

/**
 * Issue 17's pages as their people fill them in, for the journeys: a leader's budget on the
 * proposal form, an expert's score sheet. Each step is a tap or a typed field, as on the screen.
 */

/** Opens one of a form's folds (a `<details>`) as a person taps its summary; left open if it is. */
export async function openFold(page: Page, testId: string) {
  const fold = page.getByTestId(testId);
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
}

/** The proposal form's budget: opens it and adds each line after those already there, in yuan as typed. */
export async function addBudgetLines(page: Page, lines: { item: string; price: string; quantity: string }[]) {
  await openFold(page, 'proposal-budget');
  const rows = page.getByTestId('proposal-line-row');
  for (const line of lines) {
    const index = await rows.count();
    await page.getByTestId('proposal-line-add').click();
    const row = rows.nth(index);
    await row.getByTestId('proposal-line-item').fill(line.item);
    await row.getByTestId('proposal-line-price').fill(line.price);
    await row.getByTestId('proposal-line-quantity').fill(line.quantity);
  }
}

/**
 * An expert's score sheet filled in and saved: points per criterion key of the round's rubric, the
 * comment, the recommendation and the amount recommended in yuan; waits until the page says it is saved.
 */
export async function scoreOnSheet(
  page: Page,
  sheet: {
    points: Record<string, string>;
    comment: string;
    recommendation: 'yes' | 'maybe' | 'no';
    recommendedYuan: string;
  },
) {
  await page.getByTestId('grant-review-form').waitFor();
  for (const [key, points] of Object.entries(sheet.points))
    await page.getByTestId(`grant-review-points-${key}`).fill(points);
  await page.getByTestId('grant-review-comment').fill(sheet.comment);
  await page.getByTestId('grant-review-recommendation').selectOption(sheet.recommendation);
  await page.getByTestId('grant-review-recommended').fill(sheet.recommendedYuan);
  await page.getByTestId('grant-review-save').click();
  await page.getByTestId('grant-review-status').filter({ hasText: '评分已保存' }).waitFor();
}
