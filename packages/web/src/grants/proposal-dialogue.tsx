import {
  can,
  type DialogueMeeting,
  type DialogueParty,
  dialogueMeetingInputSchema,
  dialogueParties,
} from '@seedbed/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { ProposalFold } from './proposal-rows';
import './grants.css';

/**
 * 多方对话会 on a proposal's page: the records, for those who follow the proposal
 * ('grants.dialogue.read'), and the record form for staff and assistants who take the notes
 * ('grants.dialogue.write'). Parties and head counts, not names (core's dialogue-schemas.ts).
 */
export function ProposalDialogueSection({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const path = `/api/grant-proposals/${encodeURIComponent(proposalId)}/dialogue-meetings`;
  const { resource, reload } = useResource<DialogueMeeting[]>(path);
  return (
    <section className="card" data-testid="proposal-dialogue">
      <h2>{t('grantReviews.dialogue.title')}</h2>
      <ResourceView resource={resource} onRetry={reload}>
        {(meetings) =>
          meetings.length === 0 ? (
            <p className="muted">{t('grantReviews.dialogue.none')}</p>
          ) : (
            <ul className="grant-dialogue-list">
              {meetings.map((meeting) => (
                <DialogueRecord key={meeting.id} meeting={meeting} />
              ))}
            </ul>
          )
        }
      </ResourceView>
      {can(user, 'grants.dialogue.write') && (
        <ProposalFold title={t('grantReviews.dialogue.record')} testId="proposal-dialogue-fold">
          <DialogueForm path={path} onRecorded={reload} />
        </ProposalFold>
      )}
    </section>
  );
}

const attendanceText = (meeting: DialogueMeeting, t: TFunction) =>
  meeting.attendance
    .map((entry) =>
      t('grantReviews.dialogue.partyCount', {
        party: t(`grantReviews.dialogue.party.${entry.party}`),
        count: entry.count,
      }),
    )
    .join('、');

function DialogueRecord({ meeting }: { meeting: DialogueMeeting }) {
  const { t } = useTranslation();
  return (
    <li className="grant-dialogue" data-testid="proposal-dialogue-record">
      <strong>{formatDate(meeting.heldOn, currentLocale())}</strong>
      <p>
        {t('grantReviews.dialogue.attendance')}：{attendanceText(meeting, t)}
      </p>
      <p className="grant-prose">
        {t('grantReviews.dialogue.questions')}：{meeting.questions}
      </p>
      {meeting.agreedChanges && (
        <p className="grant-prose">
          {t('grantReviews.dialogue.agreedChanges')}：{meeting.agreedChanges}
        </p>
      )}
    </li>
  );
}

/** Head counts as typed, one box per party; a blank box is a party that did not come. */
type Counts = Record<DialogueParty, string>;
const noCounts = Object.fromEntries(dialogueParties.map((party) => [party, ''])) as Counts;

function DialogueForm({ path, onRecorded }: { path: string; onRecorded: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    dialogueMeetingInputSchema,
    { heldOn: '', questions: '', agreedChanges: '', counts: noCounts },
    {
      toInput: ({ counts, ...rest }) => ({
        ...rest,
        attendance: dialogueParties
          .filter((party) => counts[party].trim() !== '')
          .map((party) => ({ party, count: Number(counts[party]) })),
      }),
      send: (body) => api.post(path, body),
      afterSave: 'reset',
      onSaved: onRecorded,
    },
  );
  const setCount = (party: DialogueParty, count: string) =>
    form.setValues((values) => ({ ...values, counts: { ...values.counts, [party]: count } }));
  return (
    <form className="form" noValidate onSubmit={form.onSubmit} data-testid="proposal-dialogue-form">
      <TextField
        label={t('grantReviews.dialogue.heldOn')}
        type="date"
        {...form.field('heldOn')}
        testId="proposal-dialogue-date"
      />
      <fieldset className="grant-dialogue-counts">
        <legend>{t('grantReviews.dialogue.attendance')}</legend>
        {dialogueParties.map((party) => (
          <label key={party} className="field">
            {t(`grantReviews.dialogue.party.${party}`)}
            <input
              type="number"
              min={1}
              max={500}
              inputMode="numeric"
              value={form.values.counts[party]}
              onChange={(event) => setCount(party, event.target.value)}
              data-testid={`proposal-dialogue-count-${party}`}
            />
          </label>
        ))}
        {form.errors.attendance && <p className="field__error">{t('grantReviews.dialogue.attendanceRequired')}</p>}
      </fieldset>
      <TextField
        label={t('grantReviews.dialogue.questions')}
        multiline
        {...form.field('questions')}
        testId="proposal-dialogue-questions"
      />
      <TextField
        label={t('grantReviews.dialogue.agreedChanges')}
        multiline
        {...form.field('agreedChanges')}
        testId="proposal-dialogue-changes"
      />
      <FormFooter
        state={form}
        label={t('grantReviews.dialogue.save')}
        savedLabel={t('grantReviews.dialogue.saved')}
        testId="proposal-dialogue-save"
      />
    </form>
  );
}
