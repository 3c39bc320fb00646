import { type ContestedKind, contestedKinds, type Dispute, disputeInputSchema, shanghaiDate } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useWrite } from '../shared/use-write';
import { type Choice, useSpaceChoices, useStakeholderChoices, useTeamChoices } from './choices';

/**
 * 记一条纠纷: what is fought over, its parties — the community's teams and the survey's stakeholders
 * (居委会, 物业…), never a resident by name — the space when it is one, and since when. The rule and
 * the outcome come later, on the dispute itself. Folded until opened, so the list stays first.
 */
export function DisputeNewForm({ communityId, onMade }: { communityId: string; onMade: (dispute: Dispute) => void }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const teams = useTeamChoices(communityId, isOpen);
  const stakeholders = useStakeholderChoices(communityId, isOpen);
  const spaces = useSpaceChoices(communityId, isOpen);
  const empty = {
    title: '',
    contested: 'space' as ContestedKind,
    spaceId: '',
    description: '',
    organizationIds: [] as string[],
    stakeholderIds: [] as string[],
    openedOn: shanghaiDate(new Date()),
  };
  const [values, setValues] = useState(empty);
  const write = useWrite(() => {
    setValues(empty);
    setIsOpen(false);
  });
  const input = {
    ...values,
    spaceId: values.contested === 'space' && values.spaceId ? values.spaceId : undefined,
    description: values.description.trim() || undefined,
  };
  const parsed = disputeInputSchema.safeParse(input);
  const hasParty = values.organizationIds.length + values.stakeholderIds.length > 0;
  const toggle = (field: 'organizationIds' | 'stakeholderIds', id: string) =>
    setValues((current) => ({
      ...current,
      [field]: current[field].includes(id) ? current[field].filter((x) => x !== id) : [...current[field], id],
    }));
  return (
    <details className="card" open={isOpen} onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary data-testid="dispute-new">{t('allocation.disputes.new')}</summary>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!parsed.success) return;
          void write.run(async () =>
            onMade(
              await api.post<Dispute>(`/api/communities/${encodeURIComponent(communityId)}/disputes`, parsed.data),
            ),
          );
        }}
      >
        <TextField
          label={t('allocation.disputes.disputeTitle')}
          value={values.title}
          onChange={(value) => setValues({ ...values, title: value })}
          maxLength={100}
          hint={t('allocation.disputes.disputeTitleHint')}
          required
          testId="dispute-title"
        />
        <SelectField<ContestedKind>
          label={t('allocation.disputes.whatContested')}
          value={values.contested}
          onChange={(contested) => setValues({ ...values, contested })}
          options={contestedKinds.map((kind) => ({ value: kind, label: t(`allocation.disputes.contested.${kind}`) }))}
          testId="dispute-contested"
        />
        {values.contested === 'space' && spaces.length > 0 && (
          <SelectField
            label={t('allocation.disputes.whichSpace')}
            value={values.spaceId}
            onChange={(spaceId) => setValues({ ...values, spaceId })}
            options={spaces}
            placeholder={t('allocation.disputes.noSpace')}
            testId="dispute-space"
          />
        )}
        <PartyChecks
          legend={t('allocation.disputes.teams')}
          choices={teams}
          chosen={values.organizationIds}
          onToggle={(id) => toggle('organizationIds', id)}
          testId="dispute-team"
        />
        <PartyChecks
          legend={t('allocation.disputes.stakeholders')}
          choices={stakeholders}
          chosen={values.stakeholderIds}
          onToggle={(id) => toggle('stakeholderIds', id)}
          testId="dispute-stakeholder"
        />
        {!hasParty && <p className="muted">{t('allocation.disputes.partyNeeded')}</p>}
        <TextField
          label={t('allocation.disputes.description')}
          value={values.description}
          onChange={(value) => setValues({ ...values, description: value })}
          multiline
          maxLength={5000}
          testId="dispute-description"
        />
        <TextField
          label={t('allocation.disputes.openedOn')}
          value={values.openedOn}
          onChange={(value) => setValues({ ...values, openedOn: value })}
          type="date"
          required
        />
        {write.error && <ErrorNotice message={write.error} />}
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={!parsed.success || write.busy}
          data-testid="dispute-submit"
        >
          {t('allocation.disputes.record')}
        </button>
      </form>
    </details>
  );
}

function PartyChecks({
  legend,
  choices,
  chosen,
  onToggle,
  testId,
}: {
  legend: string;
  choices: Choice[];
  chosen: string[];
  onToggle: (id: string) => void;
  testId: string;
}) {
  if (choices.length === 0) return null;
  return (
    <fieldset className="field allocation-parties">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(choice.value)}
            onChange={() => onToggle(choice.value)}
            data-testid={testId}
          />{' '}
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
