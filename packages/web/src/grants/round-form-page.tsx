import { type GrantDirection, type GrantRound, type PlaceTree, type Street, shanghaiDate } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { Loading } from '../shared/loading';
import { ResourceView } from '../shared/resource-view';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { RubricSection, RulesSection, StepsSection, TickList } from './round-form-sections';
import { defaultRoundValues, type RoundFormValues, roundValuesOf, useRoundForm } from './use-round-form';
import './grants.css';

/** New round (from the seeds' defaults) or a draft edited; both save a draft and open the round's page. */
export function RoundFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  useDocumentTitle(t(id ? 'grants.form.editTitle' : 'grants.form.newTitle'));
  const streets = useResource<{ items: Street[] }>('/api/streets');
  const directions = useResource<GrantDirection[]>('/api/grant-directions');
  return (
    <article className="page page--wide" data-testid="grant-round-form-page">
      <h1>{t(id ? 'grants.form.editTitle' : 'grants.form.newTitle')}</h1>
      <ResourceView resource={streets.resource} onRetry={streets.reload}>
        {({ items }) => (
          <ResourceView resource={directions.resource} onRetry={directions.reload}>
            {(list) => {
              const live = list.filter((d) => !d.isArchived);
              if (id) return <EditRound id={id} streets={items} directions={live} />;
              const initial = defaultRoundValues(
                items[0]?.id ?? '',
                shanghaiDate(new Date()),
                live.slice(0, 2).map((d) => d.id),
              );
              return <RoundEditor streets={items} directions={live} initial={initial} roundId={null} />;
            }}
          </ResourceView>
        )}
      </ResourceView>
    </article>
  );
}

function EditRound({
  id,
  streets,
  directions,
}: {
  id: string;
  streets: readonly Street[];
  directions: readonly GrantDirection[];
}) {
  const round = useResource<GrantRound>(`/api/grant-rounds/${id}`);
  return (
    <ResourceView resource={round.resource} onRetry={round.reload}>
      {(loaded) => (
        <RoundEditor streets={streets} directions={directions} initial={roundValuesOf(loaded)} roundId={id} />
      )}
    </ResourceView>
  );
}

function RoundEditor({
  streets,
  directions,
  initial,
  roundId,
}: {
  streets: readonly Street[];
  directions: readonly GrantDirection[];
  initial: RoundFormValues;
  roundId: string | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useRoundForm(initial, roundId, (saved) => navigate(`/grants/rounds/${saved.id}`));
  const places = useResource<PlaceTree>(`/api/streets/${form.values.streetId}/places`);
  return (
    <form className="form card grant-form" data-testid="grant-round-form" noValidate onSubmit={form.onSubmit}>
      <fieldset className="form__section">
        <legend>{t('grants.form.basics')}</legend>
        <TextField label={t('grants.form.name')} {...form.field('name')} testId="grant-name" />
        <TextField label={t('grants.form.description')} multiline {...form.field('description')} />
        <TextField label={t('grants.form.funders')} {...form.field('funders')} testId="grant-funders" />
        {streets.length > 1 && !roundId && (
          <label className="field">
            {t('grants.form.street')}
            <select
              value={form.values.streetId}
              onChange={(event) =>
                form.setValues((now) => ({ ...now, streetId: event.target.value, targetCommunityIds: [] }))
              }
            >
              {streets.map((street) => (
                <option key={street.id} value={street.id}>
                  {street.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {places.resource.status === 'ready' ? (
          <TickList
            legend={t('grants.form.communities')}
            options={places.resource.data.communities}
            selected={form.values.targetCommunityIds}
            onChange={(next) =>
              // An estate stays targeted only while its community is (the server refuses one outside them).
              form.setValues((now) => ({
                ...now,
                targetCommunityIds: next,
                targetEstateIds: now.targetEstateIds.filter((estateId) =>
                  places.resource.status === 'ready'
                    ? places.resource.data.communities.some(
                        (c) => next.includes(c.id) && c.estates.some((e) => e.id === estateId),
                      )
                    : false,
                ),
              }))
            }
            error={form.errors.targetCommunityIds}
            testId="grant-communities"
          />
        ) : (
          <Loading />
        )}
        {places.resource.status === 'ready' && (
          <TickList
            legend={t('grants.form.estates')}
            options={places.resource.data.communities
              .filter((community) => form.values.targetCommunityIds.includes(community.id))
              .flatMap((community) => community.estates)}
            selected={form.values.targetEstateIds}
            onChange={(next) => form.set('targetEstateIds', next)}
            error={form.errors.targetEstateIds}
            testId="grant-estates"
          />
        )}
        <TickList
          legend={t('grants.form.directions')}
          options={directions}
          selected={form.values.directionIds}
          onChange={(next) => form.set('directionIds', next)}
          error={form.errors.directionIds}
          testId="grant-directions"
        />
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('grants.form.money')}</legend>
        <div className="grant-row">
          <TextField
            label={t('grants.form.total')}
            hint={t('grants.form.moneyHint')}
            inputMode="numeric"
            {...form.field('total')}
            error={form.errors.totalBudgetFen}
            testId="grant-total"
          />
          <TextField
            label={t('grants.form.cap')}
            inputMode="numeric"
            {...form.field('cap')}
            error={form.errors.perProposalCapFen}
            testId="grant-cap"
          />
          <TextField
            label={t('grants.form.reserve')}
            hint={t('grants.form.reserveHint')}
            inputMode="numeric"
            {...form.field('reserve')}
            error={form.errors.graduateReserveFen}
            testId="grant-reserve"
          />
          <TextField label={t('grants.form.monthsMin')} inputMode="numeric" {...form.field('monthsMin')} />
          <TextField
            label={t('grants.form.monthsMax')}
            inputMode="numeric"
            {...form.field('monthsMax')}
            error={form.errors.projectMonthsMax}
          />
        </div>
        <TextField label={t('grants.form.matching')} {...form.field('matchingNote')} />
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('grants.form.period')}</legend>
        <div className="grant-row">
          <TextField label={t('grants.form.startsOn')} type="date" {...form.field('startsOn')} testId="grant-starts" />
          <TextField label={t('grants.form.endsOn')} type="date" {...form.field('endsOn')} error={form.errors.endsOn} />
        </div>
      </fieldset>
      <StepsSection form={form} />
      <RubricSection form={form} />
      <RulesSection form={form} />
      <FormFooter state={form} label={t('grants.form.save')} testId="grant-save" />
    </form>
  );
}
