import { formatFen, type GrantRound, type Locale, type PublicGrantRound } from '@seedbed/core';
import { html } from 'hono/html';
import { consentNotice, errorLine, type Html, momentLine, textField, tick } from '../http/public-page';
import { resultsContent } from './round-page-results';
import { type RoundPageText, roundPageText } from './round-page-text';

/** The parts of a round's public page /r/{code}: the rules, the pipeline, the 公示 and its objections. */

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026年5月10日" / "10 May 2026": a calendar day as a resident reads it. */
export function dayLabel(day: string, locale: Locale): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return locale === 'en' ? `${date} ${months[month - 1]} ${year}` : `${year}年${month}月${date}日`;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

function rulesContent(round: GrantRound, locale: Locale, t: RoundPageText): Html {
  const list = locale === 'en' ? ', ' : '、';
  const places = [...round.targetCommunities, ...round.targetEstates].map((place) => place.name).join(list);
  return html`<h2>${t.directions}</h2><p data-testid="round-directions">${round.directions.map((d) => d.name).join(list)}</p>
<h2>${t.money}</h2><dl class="facts" data-testid="round-money"><dt>${t.total}</dt><dd>${formatFen(round.totalBudgetFen, locale)}</dd>
<dt>${t.cap}</dt><dd>${formatFen(round.perProposalCapFen, locale)}</dd>
<dt>${t.duration}</dt><dd>${fill(t.months, { min: round.projectMonthsMin, max: round.projectMonthsMax })}</dd>
${round.matchingNote ? html`<dt>${t.matching}</dt><dd>${round.matchingNote}</dd>` : ''}</dl>
<h2>${t.places}</h2><p>${places}</p>
<h2>${t.eligibility}</h2><ul data-testid="round-eligibility">${round.eligibility.map(
    (rule) =>
      html`<li>${rule.text}${fill(t.ruleMode, { mode: rule.mode === 'checked' ? t.checked : t.confirmed })}</li>`,
  )}</ul>
<h2>${t.rubric}</h2><ul data-testid="round-rubric">${round.rubric.map(
    (c) =>
      html`<li><b>${c.name}</b> · ${t.points} ${c.maxPoints} · ${t.weight} ${c.weightPercent}%${c.description ? html`<br><span class="hint">${c.description}</span>` : ''}</li>`,
  )}</ul>
<h2>${t.negative}</h2><ul data-testid="round-negative-list">${round.negativeList.map((entry) => html`<li>${entry.label}</li>`)}</ul>`;
}

function pipelineContent(round: GrantRound, locale: Locale, t: RoundPageText): Html {
  return html`<h2>${t.pipeline}</h2><ol data-testid="round-pipeline">${round.steps.map((step, index) => {
    const dates = `${dayLabel(step.startsOn, locale)} — ${dayLabel(step.endsOn, locale)}`;
    return index === round.currentStepIndex
      ? html`<li data-testid="round-current-step"><b>${step.name}</b> ${dates} <b>${t.today}</b></li>`
      : html`<li>${step.name} <span class="hint">${dates}</span></li>`;
  })}</ol>`;
}

/** The round's heading: its name, who funds it, its dates and where it stands today. */
function headerContent(round: GrantRound, locale: Locale, t: RoundPageText, today: string): Html {
  const current = round.currentStepIndex === null ? null : round.steps[round.currentStepIndex];
  const lastDay = round.steps.at(-1)?.endsOn ?? round.endsOn;
  const now = current ? current.name : today > lastDay ? t.over : t.notStarted;
  return html`<h1 data-testid="round-name">${round.name}</h1>
<p class="meta">${t.funders}：${round.funders.join(locale === 'en' ? ', ' : '、')}</p>
<p class="meta">${t.period}：${dayLabel(round.startsOn, locale)} — ${dayLabel(round.endsOn, locale)}</p>
<p class="state" data-testid="round-now">${t.now}：${now}</p>
${today > lastDay ? '' : html`<p><a href="/proposals/new?round=${round.code}" data-testid="round-write-proposal">${t.writeProposal}</a></p>`}
${round.description ? html`<p>${round.description}</p>` : ''}`;
}

export interface ObjectionFormValues {
  text: string;
  name: string;
  phone: string;
  consent: boolean;
}

/** Where the form posts, what it holds, what to correct, and today's date in Shanghai. */
export interface PageForm {
  action: string;
  values: ObjectionFormValues;
  problem: string | null;
  today: string;
}

export const emptyObjectionForm: ObjectionFormValues = { text: '', name: '', phone: '', consent: false };

/** During 公示: the form (a name or phone is optional, and asks for consent when given). */
function objectionForm(action: string, values: ObjectionFormValues, problem: string | null, t: RoundPageText): Html {
  return html`<form method="post" action="${action}" data-testid="objection-form">
${problem ? errorLine(problem, 'objection-error') : ''}
<label class="field" for="text">${t.objectionText}</label>
<textarea class="text" id="text" name="text" rows="4" maxlength="1000" required data-testid="objection-text">${values.text}</textarea>
${textField({ id: 'name', label: t.name, value: values.name, testId: 'objection-name', maxLength: 60, autocomplete: 'name' })}
${textField({ id: 'phone', type: 'tel', label: t.phone, value: values.phone, testId: 'objection-phone', maxLength: 20, autocomplete: 'tel' })}
${consentNotice(t.contactNotice, 'objection-notice')}
${tick({ id: 'agree', label: t.consent, isChecked: values.consent, testId: 'objection-consent' })}
<button class="go" type="submit" data-testid="objection-submit">${t.submit}</button>
</form>`;
}

/** The 公示's state, or its form when open; then every objection with its answer, never a name. */
function noticeContent(page: PublicGrantRound, locale: Locale, t: RoundPageText, form: PageForm): Html {
  const { round } = page;
  const notice = round.steps.find((step) => step.kind === 'public_notice');
  const dates = notice ? { from: dayLabel(notice.startsOn, locale), to: dayLabel(notice.endsOn, locale) } : null;
  const state = !dates
    ? t.noNotice
    : round.isPublicNoticeOpen
      ? fill(t.noticeOpen, dates)
      : notice && form.today < notice.startsOn
        ? fill(t.noticeLater, dates)
        : fill(t.noticeOver, dates);
  return html`<h2 id="notice">${t.notice}</h2><p class="hint" data-testid="notice-state">${state}</p>
${round.isPublicNoticeOpen ? objectionForm(form.action, form.values, form.problem, t) : form.problem ? errorLine(form.problem, 'objection-error') : ''}
<h2>${t.objections}</h2>${page.objections.length === 0 ? html`<p class="hint">${t.none}</p>` : ''}
<ul data-testid="round-objections">${page.objections.map(
    (
      objection,
    ) => html`<li data-testid="round-objection"><p>${objection.text}</p><p class="hint">${t.raised} ${momentLine(new Date(objection.raisedAt), locale)}</p>
${objection.answer ? html`<p data-testid="round-objection-answer"><b>${t.answer}：</b>${objection.answer}</p>` : html`<p class="hint">${t.waiting}</p>`}</li>`,
  )}</ul>`;
}

/** The whole page: heading, rules, pipeline, 公示 — in that order, as a resident reads down a phone. */
export function roundPageContent(page: PublicGrantRound, locale: Locale, form: PageForm): Html {
  const t = roundPageText(locale);
  return html`${headerContent(page.round, locale, t, form.today)}${pipelineContent(page.round, locale, t)}
${resultsContent(page, locale, form.today)}${noticeContent(page, locale, t, form)}${rulesContent(page.round, locale, t)}`;
}

/** The answer to an objection: received, and where the answer will be. */
export function objectionDoneContent(locale: Locale, backHref: string): Html {
  const t = roundPageText(locale);
  return html`<div class="done" role="status" data-testid="objection-done"><div class="tick" aria-hidden="true">✓</div>
<p class="what">${t.done}</p></div><p class="hint">${t.doneHint}</p>
<p class="more"><a href="${backHref}" data-testid="objection-back">${t.back}</a></p>`;
}
