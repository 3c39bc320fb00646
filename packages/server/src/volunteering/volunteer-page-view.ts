import {
  type DomainError,
  type Locale,
  type Result,
  type VolunteerSignInInput,
  volunteerSignInInputSchema,
} from '@seedbed/core';
import type { OwnAttendance } from '@seedbed/db';
import { html } from 'hono/html';
import { type FormFields, formInputOf, nameAndPhoneProblems, typedPhone } from '../http/form-body';
import {
  activityHeader,
  consentButton,
  consentNotice,
  errorLine,
  type Html,
  textField,
  tick,
  timeOfDay,
} from '../http/public-page';
import { volunteerPageText } from './volunteer-page-text';

/** The activity as the volunteer page shows it (findActivityForVolunteers' answer). */
export interface VolunteerActivity {
  title: string;
  organizations: readonly string[];
  startsAt: string;
  endsAt: string;
}

export interface VolunteerFormValues {
  name: string;
  phone: string;
  isChild: boolean;
  consent: boolean;
}

export type VolunteerProblems = Partial<Record<'name' | 'phone' | 'consent' | 'form', string>>;

export const emptyVolunteerForm: VolunteerFormValues = { name: '', phone: '', isChild: false, consent: false };

export function volunteerFormValues(form: FormFields): VolunteerFormValues {
  return {
    name: form.get('name') ?? '',
    phone: form.get('phone') ?? '',
    isChild: form.has('child'),
    consent: form.has('consent'),
  };
}

/** The JSON route's input (core's volunteerSignInInputSchema) from the form. */
export function volunteerInputOf(values: VolunteerFormValues): Result<VolunteerSignInInput> {
  return formInputOf(volunteerSignInInputSchema, {
    name: values.name,
    phone: typedPhone(values.phone),
    consent: values.consent,
    isChild: values.isChild,
  });
}

/** A refused sign-in said beside its field or above the form; null when it is not about the form. */
export function volunteerProblemsOf(error: DomainError, message: string, locale: Locale): VolunteerProblems | null {
  if (error.code === 'request.invalid') return nameAndPhoneProblems(error, message, volunteerPageText(locale));
  if (error.code === 'volunteering.consent_required') return { consent: message };
  if (error.code === 'volunteering.child_not_volunteer') return { form: message };
  return null;
}

/**
 * The sign-in form. Ticking "under 18" replaces the form with what a young volunteer should do
 * instead (CSS, so it works with JavaScript off); the consent tick sits right above the button,
 * which says what to tick until it is ticked (as on the residents' sign-in page).
 */
export function volunteerFormContent(view: {
  locale: Locale;
  action: string;
  activity: VolunteerActivity;
  values: VolunteerFormValues;
  problems: VolunteerProblems;
}): Html {
  const { locale, values, problems } = view;
  const t = volunteerPageText(locale);
  return html`${activityHeader(view.activity, locale, 'volunteer-activity')}
<form method="post" action="${view.action}" data-remember data-testid="volunteer-form"><input type="hidden" name="action" value="sign-in">
<p class="hint">${t.intro}</p>
${problems.form && errorLine(problems.form, 'volunteer-error')}
${tick({ id: 'child', label: t.child, isChecked: values.isChild, testId: 'volunteer-child' })}
<p class="for-child state" data-testid="volunteer-child-explain">${t.childExplain}</p>
<div class="for-adult">
${textField({ id: 'name', label: t.name, value: values.name, testId: 'volunteer-name', required: true, maxLength: 60, autocomplete: 'name', error: problems.name })}
<button type="button" class="forget" id="forget" hidden data-testid="volunteer-forget">${t.forget}</button>
${textField({ id: 'phone', type: 'tel', label: t.phone, value: values.phone, testId: 'volunteer-phone', required: true, maxLength: 20, autocomplete: 'tel', error: problems.phone })}
${consentNotice(t.notice, 'volunteer-notice')}
${problems.consent && errorLine(problems.consent, 'volunteer-consent-error')}
${tick({ id: 'consent', label: t.consent, isChecked: values.consent, testId: 'volunteer-consent', required: true })}
${consentButton({ waiting: t.waiting, ready: t.signIn }, 'volunteer-sign-in')}
</div></form>`;
}

/**
 * On duty: the volunteer's name and when they signed in, and one big 签退. The button carries the
 * sign-out key of exactly the person named above it (the page is sent to this phone alone, and kept
 * by no cache), so a phone shared by two volunteers never signs out the wrong one.
 */
export function onDutyContent(view: {
  locale: Locale;
  action: string;
  activity: VolunteerActivity;
  name: string;
  signedInAt: Date;
  signOutToken: string;
}): Html {
  const t = volunteerPageText(view.locale);
  return html`${activityHeader(view.activity, view.locale, 'volunteer-activity')}
<div class="done" role="status" data-testid="volunteer-done"><p class="what">${t.signedIn}</p>
<p class="who" data-testid="volunteer-done-name">${view.name}</p>
<p class="when">${t.signedInAt(timeOfDay(view.signedInAt))}</p></div>
<p class="hint">${t.signOutHint}</p>
<form method="post" action="${view.action}"><input type="hidden" name="action" value="sign-out"><input type="hidden" name="token" value="${view.signOutToken}">
<button class="go" type="submit" data-testid="volunteer-sign-out">${t.signOut}</button></form>`;
}

/** Signed out: who, what, from when to when and the minutes served, to show the leader. */
export function signedOutContent(locale: Locale, activity: VolunteerActivity, own: OwnAttendance): Html {
  const t = volunteerPageText(locale);
  const minutes = own.minutes ?? 0;
  const times = `${timeOfDay(new Date(own.signedInAt))}–${timeOfDay(new Date(own.signedOutAt ?? own.signedInAt))}`;
  return html`<div class="done" role="status" data-testid="volunteer-done"><div class="tick" aria-hidden="true">✓</div>
<p class="what">${t.signedOut}</p><p class="who" data-testid="volunteer-done-name">${own.name}</p>
<p class="what">${activity.title}</p><p class="when">${times}</p>
<p class="what" data-testid="volunteer-served">${t.served(t.duration(Math.floor(minutes / 60), minutes % 60))}</p></div>`;
}

/** The activity, and why the page signs nobody in or out now (closed, full, a key that opens nothing). */
export function volunteerStateContent(
  locale: Locale,
  activity: VolunteerActivity,
  state: { closed: true } | { problem: string },
): Html {
  const t = volunteerPageText(locale);
  return html`${activityHeader(activity, locale, 'volunteer-activity')}
${'closed' in state ? html`<p class="state" role="status" data-testid="volunteer-closed">${t.closed}</p>` : errorLine(state.problem, 'volunteer-error')}`;
}
