import { can, type HonourType, honourAwardInputSchema, shanghaiDate } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { SearchSelect } from '../shared/search-select';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useWrite } from '../shared/use-write';
import { usePersonChoices, useTeamChoices } from './choices';
import type { HonourList } from './honour-type-form';

/**
 * 颁发表彰: to a team, or to a resident picked by name — offered only to roles that may read
 * residents' names (person.read); the residents' page and other readers never see who. The reason
 * and the day go with it.
 */
export function HonourAwardForm({ type, onSaved }: { type: HonourType; onSaved: (list: HonourList) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const mayPickResident = can(user, 'person.read');
  const [to, setTo] = useState<'team' | 'resident'>('team');
  const teams = useTeamChoices(type.communityId);
  const residents = usePersonChoices(type.communityId, mayPickResident && to === 'resident');
  const empty = { recipientId: '', reason: '', awardedOn: shanghaiDate(new Date()) };
  const [values, setValues] = useState(empty);
  const write = useWrite(() => setValues(empty));
  const input = {
    ...(to === 'team'
      ? { organizationId: values.recipientId || undefined }
      : { personId: values.recipientId || undefined }),
    reason: values.reason,
    awardedOn: values.awardedOn,
  };
  const parsed = honourAwardInputSchema.safeParse(input);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!parsed.success) return;
        void write.run(async () =>
          onSaved(await api.post<HonourList>(`/api/honour-types/${type.id}/awards`, parsed.data)),
        );
      }}
    >
      <h3>{t('allocation.honours.award')}</h3>
      {mayPickResident && (
        <fieldset className="field allocation-parties">
          <legend>{t('allocation.honours.awardTo')}</legend>
          {(['team', 'resident'] as const).map((kind) => (
            <label key={kind} className="check">
              <input
                type="radio"
                name={`award-to-${type.id}`}
                checked={to === kind}
                onChange={() => {
                  setTo(kind);
                  setValues({ ...values, recipientId: '' });
                }}
                data-testid={`award-to-${kind}`}
              />{' '}
              {t(kind === 'team' ? 'allocation.honours.toTeam' : 'allocation.honours.toResident')}
            </label>
          ))}
        </fieldset>
      )}
      <SearchSelect
        label={t(to === 'team' ? 'allocation.honours.team' : 'allocation.honours.resident')}
        value={values.recipientId}
        onChange={(recipientId) => setValues({ ...values, recipientId })}
        options={to === 'team' ? teams : residents}
        placeholder={t('allocation.honours.choose')}
        required
        testId="award-recipient"
      />
      <TextField
        label={t('allocation.honours.reason')}
        value={values.reason}
        onChange={(value) => setValues({ ...values, reason: value })}
        multiline
        maxLength={500}
        required
        testId="award-reason"
      />
      <TextField
        label={t('allocation.honours.awardedOn')}
        value={values.awardedOn}
        onChange={(value) => setValues({ ...values, awardedOn: value })}
        type="date"
        required
      />
      {write.error && <ErrorNotice message={write.error} />}
      <button
        type="submit"
        className="button button--primary"
        disabled={!parsed.success || write.busy}
        data-testid="award-submit"
      >
        {t('allocation.honours.award')}
      </button>
    </form>
  );
}
