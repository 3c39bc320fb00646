import { type DomainError, type Locale, type Result, type SignInInput, signInInputSchema } from '@seedbed/core';
import { html } from 'hono/html';
import { type FormFields, formInputOf, nameAndPhoneProblems, typedPhone } from '../http/form-body';
import {
  activityHeader,
  consentButton,
  consentNotice,
  errorLine,
  type Html,
  momentLine,
  textField,
  tick,
} from '../http/public-page';
import { signInPageText } from './sign-in-page-text';

/** The activity as the sign-in page shows it (findActivityBySignInCode's answer). */
export interface SignInActivity {
  title: string;
  organizations: readonly string[];
  startsAt: string;
  endsAt: string;
  /** A planned date's code before its sign-in opens: from when it does. */
  opensAt?: string | undefined;
}

/** The form as the resident left it, to show again when something must be corrected. */
export interface SignInFormValues {
  name: string;
  phone: string;
  isChild: boolean;
  guardianConsent: boolean;
  consent: boolean;
}

/** Where on the form a problem is said: beside its field, or above all of them. */
export type SignInProblems = Partial<Record<'name' | 'phone' | 'guardian' | 'consent' | 'form', string>>;

export const emptySignInForm: SignInFormValues = {
  name: '',
  phone: '',
  isChild: false,
  guardianConsent: false,
  consent: false,
};

/** A ticked box is posted (as "yes"); an unticked one is not posted at all. */
export function signInFormValues(form: FormFields): SignInFormValues {
  return {
    name: form.get('name') ?? '',
    phone: form.get('phone') ?? '',
    isChild: form.has('child'),
    guardianConsent: form.has('guardian'),
    consent: form.has('consent'),
  };
}

/**
 * The JSON route's input (core's signInInputSchema) from the form. A child's phone field is hidden
 * on the page and ignored here, so a number typed before ticking "child" is never sent; spaces and
 * dashes inside a phone number ("138 1234 5678") are dropped.
 */
export function signInInputOf(values: SignInFormValues): Result<SignInInput> {
  const phone = typedPhone(values.phone);
  return formInputOf(signInInputSchema, {
    name: values.name,
    ...(values.isChild || phone === '' ? {} : { phone }),
    consent: values.consent,
    isChild: values.isChild,
    guardianConsent: values.isChild && values.guardianConsent,
  });
}

/** A refusal said where the resident will look for it; null when it is not about the form. */
export function signInProblemsOf(error: DomainError, message: string, locale: Locale): SignInProblems | null {
  if (error.code === 'request.invalid') return nameAndPhoneProblems(error, message, signInPageText(locale));
  if (error.code === 'activity.consent_required') return { consent: message };
  if (error.code === 'activity.guardian_consent_required') return { guardian: message };
  if (error.code === 'activity.child_phone') return { form: message };
  return null;
}

export interface SignInFormView {
  locale: Locale;
  /** The page's path and language query, where the form posts. */
  action: string;
  volunteerHref: string;
  activity: SignInActivity;
  values: SignInFormValues;
  problems: SignInProblems;
}

/**
 * The form: name, the child's tick (a child gives no phone and needs the guardian's tick), the
 * consent notice in full, then the consent tick right above the button, which stays grey and says
 * "tick first" until it is ticked — so nobody is told off after tapping 签到 (issue 16). The tick
 * rather than an "agree and sign in" button: it is the form residents know from paper and other
 * apps, and a 70-year-old sees what is missing on the button itself before tapping it.
 */
export function signInFormContent(view: SignInFormView): Html {
  const { locale, values, problems } = view;
  const t = signInPageText(locale);
  return html`${activityHeader(view.activity, locale, 'sign-in-activity')}
<form method="post" action="${view.action}" data-remember data-testid="sign-in-form">
<p class="hint">${t.intro}</p>
${problems.form && errorLine(problems.form, 'sign-in-error')}
${textField({ id: 'name', label: t.name, value: values.name, testId: 'sign-in-name', required: true, maxLength: 60, autocomplete: 'name', error: problems.name })}
<button type="button" class="forget" id="forget" hidden data-testid="sign-in-forget">${t.forget}</button>
${tick({ id: 'child', label: t.child, isChecked: values.isChild, testId: 'sign-in-child' })}
<div class="for-adult">${textField({ id: 'phone', type: 'tel', label: t.phone, value: values.phone, testId: 'sign-in-phone', maxLength: 20, autocomplete: 'tel', error: problems.phone })}</div>
<div class="for-child">${tick({ id: 'guardian', label: t.guardian, isChecked: values.guardianConsent, testId: 'sign-in-guardian' })}${problems.guardian && errorLine(problems.guardian, 'sign-in-guardian-error')}</div>
${consentNotice(t.notice, 'sign-in-notice')}
${problems.consent && errorLine(problems.consent, 'sign-in-consent-error')}
${tick({ id: 'consent', label: t.consent, isChecked: values.consent, testId: 'sign-in-consent', required: true })}
${consentButton({ waiting: t.waiting, ready: t.submit }, 'sign-in-submit')}
</form>
<p class="more"><a href="${view.volunteerHref}" data-testid="volunteer-link">${t.volunteer}</a></p>`;
}

/**
 * The answer to a sign-in, to show at the door: the name as typed, the activity and the time, in
 * big white type on dark green (public-page-style.ts, ≥ 7:1).
 */
export function signInDoneContent(locale: Locale, done: { name: string; activity: SignInActivity; at: Date }): Html {
  const t = signInPageText(locale);
  return html`<div class="done" role="status" data-testid="sign-in-done"><div class="tick" aria-hidden="true">✓</div>
<p class="what">${t.done}</p><p class="who" data-testid="sign-in-done-name">${done.name}</p>
<p class="what" data-testid="sign-in-done-activity">${done.activity.title}</p>
<p class="when" data-testid="sign-in-done-time">${momentLine(done.at, locale)}</p></div>
<p class="hint">${t.doneHint}</p>`;
}

/**
 * The activity, and why this code signs nobody in now: closed, not open yet (a planned date's code
 * opens an hour before it starts — a sheet printed early says from when), or paused as full.
 */
export function signInStateContent(
  locale: Locale,
  activity: SignInActivity,
  state: { closed: true } | { problem: string },
): Html {
  const t = signInPageText(locale);
  const closed = activity.opensAt
    ? t.notOpenYet.replace('{time}', momentLine(new Date(activity.opensAt), locale))
    : t.closed;
  return html`${activityHeader(activity, locale, 'sign-in-activity')}
${'closed' in state ? html`<p class="state" role="status" data-testid="sign-in-closed">${closed}</p>` : errorLine(state.problem, 'sign-in-error')}`;
}
