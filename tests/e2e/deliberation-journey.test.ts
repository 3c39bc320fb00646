import { openDatabase } from '@seedbed/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { baseUrl, drawSitePlan, pageAs } from '../support/journey';
import { pdfText } from '../support/pdf';

/**
 * Issue 18's children's council (seed 000: the children chose stray-cat sterilisation by a vote):
 * staff open a secret vote among the round's proposals at the demo council's meeting and print the
 * slips; three children vote on 360 px phones through their slips' /b/{code} pages; the chair, on a
 * phone, enters the one paper ballot with a photo of the tally sheet; staff close the vote; the
 * result shows on the meeting, on the proposal and on the council's term page (where staff write
 * what came of it), and the minutes print as a Chinese PDF.
 */
let browser: Browser;
let meeting = { id: '', title: '', councilId: '' };
/** Two of the proposals the demo council voted on before: the new vote's options. */
let proposals: { id: string; roundId: string }[] = [];
const question = '第二届下学期先做哪个提案？';

const db = () => openDatabase(inject('e2eDatabaseUrl'), { max: 1 });

beforeAll(async () => {
  browser = await launchChromium();
  const database = db();
  try {
    const row = await database
      .selectFrom('meetings')
      .select(['id', 'title', 'organization_id'])
      .where('type_key', '=', 'children_council')
      .where('council_term_id', 'is not', null)
      .orderBy('held_on', 'desc')
      .executeTakeFirstOrThrow();
    meeting = { id: row.id, title: row.title, councilId: row.organization_id ?? '' };
    proposals = await database
      .selectFrom('meeting_vote_options as o')
      .innerJoin('meeting_votes as v', 'v.id', 'o.vote_id')
      .innerJoin('grant_proposals as p', 'p.id', 'o.proposal_id')
      .select(['p.id', 'p.round_id as roundId'])
      .where('v.meeting_id', '=', meeting.id)
      .orderBy('o.position')
      .limit(2)
      .execute();
  } finally {
    await database.destroy();
  }
  expect(proposals).toHaveLength(2);
});
afterAll(() => browser?.close());

/** The new vote's slips as the chair prints them: id, name and code. */
async function slipsOf(voteId: string) {
  const database = db();
  try {
    return await database
      .selectFrom('ballot_slips as s')
      .innerJoin('people as p', 'p.id', 's.person_id')
      .select(['s.id', 's.code', 'p.name'])
      .where('s.vote_id', '=', voteId)
      .orderBy('p.name')
      .execute();
  } finally {
    await database.destroy();
  }
}

describe('a children’s council votes on proposals', () => {
  it('votes on phones, adds one paper tally with its photo, closes, and prints the minutes', async () => {
    // Staff open the vote on the meeting's page: the round's two proposals, secret, the term's members.
    const staff = await pageAs(browser, 'staff', 'desktop');
    const desk = staff.page;
    await desk.goto(`${baseUrl()}/meetings/${meeting.id}`);
    await desk.getByTestId('vote-open-details').locator('summary').click();
    await desk.getByTestId('vote-open-question').fill(question);
    await desk.getByTestId('vote-open-round').selectOption(proposals[0]!.roundId);
    const ticks = desk.getByTestId('vote-open-proposals');
    for (const proposal of proposals) await ticks.locator(`input[data-item="${proposal.id}"]`).check();
    await desk.getByTestId('vote-open-secret').check();
    expect(await desk.getByTestId('vote-open-eligibility').inputValue()).toBe('term_members');
    await desk.getByTestId('vote-open-term').locator('option:checked').waitFor({ state: 'attached' });
    await desk.screenshot({ path: screenshotPath('deliberation-open-vote-desktop'), fullPage: true });
    await desk.getByTestId('vote-open-submit').click();
    const card = desk.getByTestId('vote').filter({ hasText: question });
    await card.getByTestId('vote-count').waitFor();
    expect(await card.getByTestId('vote-count').textContent()).toContain('已投 0');

    // The slips print as a PDF; their codes are what each child's phone opens.
    const slipsHref = await card.getByTestId('slips-pdf').getAttribute('href');
    const voteId = /\/api\/votes\/([0-9a-f-]+)\//.exec(slipsHref ?? '')![1]!;
    const slipsPdf = await desk.request.get(`${baseUrl()}${slipsHref}`);
    expect(slipsPdf.headers()['content-type']).toContain('application/pdf');
    expect(pdfText(await slipsPdf.body()).replace(/\s+/g, '')).toContain(question);
    const slips = await slipsOf(voteId);
    expect(slips.length).toBeGreaterThanOrEqual(4);

    // Three children vote on their phones: two for the first proposal, one for the second.
    for (const [index, slip] of slips.slice(0, 3).entries()) {
      const context = await phoneContext(browser);
      const phone = await context.newPage();
      await phone.goto(`${baseUrl()}/b/${slip.code}`);
      await phone.getByTestId('ballot-question').waitFor();
      await phone.locator(`label[for="c${index === 2 ? 1 : 0}"]`).click();
      if (index === 0) await phone.screenshot({ path: screenshotPath('deliberation-ballot-phone'), fullPage: true });
      await phone.getByTestId('ballot-cast').click();
      await phone.getByTestId('ballot-done').waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      if (index === 0)
        await phone.screenshot({ path: screenshotPath('deliberation-ballot-cast-phone'), fullPage: true });
      await context.close();
    }

    // The chair, on a phone, enters the one paper tally: the children without a phone handed in
    // paper ballots — enough with the three phones for the quorum (half the term's members) — ticked
    // by name so none of them can vote again, counted per proposal, and the sheet photographed.
    const chair = await pageAs(browser, 'staff', 'phone');
    const phone = chair.page;
    await phone.goto(`${baseUrl()}/meetings/${meeting.id}`);
    const phoneCard = phone.getByTestId('vote').filter({ hasText: question });
    await expect.poll(() => phoneCard.getByTestId('vote-count').textContent()).toContain('已投 3');
    await phoneCard.getByTestId('tally-details').locator('summary').click();
    const onPaper = slips.slice(3, 3 + Math.ceil(slips.length / 2));
    for (const slip of onPaper) await phoneCard.locator(`input[data-item="${slip.id}"]`).check();
    const forFirst = onPaper.length - 2;
    await phoneCard
      .getByTestId(/^tally-count-/)
      .nth(0)
      .fill(String(forFirst));
    await phoneCard
      .getByTestId(/^tally-count-/)
      .nth(1)
      .fill('2');
    await phoneCard
      .getByTestId('tally-photo')
      .setInputFiles({ name: 'tally.png', mimeType: 'image/png', buffer: await drawSitePlan(browser) });
    await phone.screenshot({ path: screenshotPath('deliberation-paper-tally-phone'), fullPage: true });
    await phoneCard.getByTestId('tally-save').click();
    await phoneCard.getByTestId('tally-sheet').waitFor();
    const cast = 3 + onPaper.length;
    expect(await phoneCard.getByTestId('vote-count').textContent()).toContain(`已投 ${cast}`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await chair.context.close();

    // Staff close it: the first proposal is chosen (two phones and most of the paper ballots).
    await desk.reload();
    await card.getByTestId('vote-close').click();
    const result = card.getByTestId('vote-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('选出');
    await desk.screenshot({ path: screenshotPath('deliberation-vote-result-desktop'), fullPage: true });

    // The proposal's page shows the count.
    await desk.goto(`${baseUrl()}/proposals/${proposals[0]!.id}`);
    const onProposal = desk.getByTestId('proposal-council-votes');
    await onProposal.waitFor();
    expect(await onProposal.textContent()).toContain(`得 ${2 + forFirst} 票，共 ${cast} 票`);

    // The council's page leads to its terms; the current term lists the meeting with what came of the vote.
    await desk.goto(`${baseUrl()}/organizations/${meeting.councilId}`);
    await desk.getByTestId('council-terms-link').click();
    await desk.getByTestId('council-term-link').first().click();
    const termMeetings = desk.getByTestId('term-meetings');
    await termMeetings.getByText(question, { exact: false }).waitFor();
    expect(await termMeetings.textContent()).toContain(`${question}　选出`);
    await desk.getByTestId('term-edit-details').locator('summary').click();
    await desk.getByTestId('term-outcome').fill('选出了要做的提案，下学期开始做。');
    await desk.getByTestId('term-edit-submit').click();
    await expect
      .poll(() => desk.getByTestId('term-outcome-text').textContent())
      .toBe('选出了要做的提案，下学期开始做。');
    await desk.screenshot({ path: screenshotPath('deliberation-council-term-desktop'), fullPage: true });

    // The minutes print: a PDF with the meeting's Chinese title and the vote.
    const minutes = await desk.request.get(`${baseUrl()}/api/meetings/${meeting.id}/minutes.pdf?lang=zh-CN`);
    expect(minutes.headers()['content-type']).toContain('application/pdf');
    const body = await minutes.body();
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(body).replace(/\s+/g, '');
    expect(text).toContain(meeting.title.replace(/\s+/g, ''));
    expect(text).toContain(question);
    await staff.context.close();
  });
});
