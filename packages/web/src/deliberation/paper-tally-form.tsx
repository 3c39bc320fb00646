import { abstainChoice, type BallotSlip, motionChoices, paperTallyInputSchema, type Vote } from '@seedbed/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { PhotoCaptureField } from '../shared/photo-capture-field';
import { sentPhotoSide, shrinkPhoto } from '../shared/shrink-photo';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { sendPaperTally, type TallyProgress } from './paper-tally-send';
import { TickList } from './tick-list';

interface TallyValues {
  slipIds: readonly string[];
  /** Typed counts per choice, as text (digits only are sent). */
  counts: Readonly<Record<string, string>>;
  photo: File | null;
}

/**
 * The chair's paper tally on a phone: tick who handed in a paper ballot (their slips are then used,
 * so nobody votes twice), the count per choice, and a photo of the sheet, shrunk on the phone. The
 * counts are written first, then the photo (paper-tally-send.ts): a photo that fails keeps the
 * counts and says so, and pressing again sends only the photo — never two tallies.
 * `photoOnly`: the vote has its tally, and the sheet is still to come.
 */
export function PaperTallyForm({ vote, photoOnly, onSaved }: { vote: Vote; photoOnly: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  /** This phone's tally between presses (kept already when only the photo is missing). */
  const progress = useRef<TallyProgress>({ wasSent: photoOnly, isKept: photoOnly });
  const choices =
    vote.kind === 'motion'
      ? motionChoices.map((choice) => ({ key: choice, label: t(`deliberation.vote.choice.${choice}`) }))
      : [
          ...vote.options.map((option) => ({ key: option.id, label: option.label })),
          { key: abstainChoice, label: t('deliberation.vote.choice.abstain') },
        ];
  const form = useSchemaForm(paperTallyInputSchema, { slipIds: [], counts: {}, photo: null } as TallyValues, {
    toInput: ({ slipIds, counts }) => ({
      // With the tally kept already only the photo is sent: a stand-in slip lets the parse pass.
      slipIds: photoOnly ? ['00000000-0000-4000-8000-000000000000'] : slipIds,
      counts: Object.fromEntries(
        Object.entries(counts)
          .filter(([, typed]) => typed.trim() !== '')
          .map(([choice, typed]) => [choice, /^\d+$/.test(typed.trim()) ? Number(typed.trim()) : -1]),
      ),
    }),
    check: ({ photo }) => (photo ? {} : { photo: t('deliberation.tally.photoNeeded') }),
    send: async (data, { photo }) =>
      sendPaperTally(progress.current, data, photo, {
        tally: (input) => api.post<Vote>(`/api/votes/${vote.id}/paper-tally`, input),
        photo: async (file) =>
          api.post(`/api/votes/${vote.id}/paper-tally/photo`, await shrinkPhoto(file, sentPhotoSide.sheet)),
      }),
    onSaved: ({ photoFailure }) => {
      if (photoFailure === null) onSaved();
      else form.refuse({}, t('deliberation.tally.photoFailed', { message: photoFailure }));
    },
  });
  const { slipIds, counts, photo } = form.values;
  const counted = Object.values(counts).reduce((sum, typed) => sum + (Number(typed) || 0), 0);
  return (
    <details className="folded-form" open={photoOnly} data-testid="tally-details">
      <summary>{t('deliberation.tally.title')}</summary>
      <form className="form" noValidate onSubmit={form.onSubmit} data-testid="tally-form">
        {!photoOnly && (
          <>
            <p className="muted">{t('deliberation.tally.intro')}</p>
            <SlipTicks
              voteId={vote.id}
              ticked={slipIds}
              onChange={(next) => form.set('slipIds', next)}
              error={form.errors.slipIds}
            />
            <fieldset className="tally-counts">
              <legend>{t('deliberation.tally.counts')}</legend>
              {choices.map((choice) => (
                <TextField
                  key={choice.key}
                  label={choice.label}
                  inputMode="numeric"
                  value={counts[choice.key] ?? ''}
                  onChange={(typed) => form.set('counts', { ...counts, [choice.key]: typed })}
                  error={form.errors[`counts.${choice.key}`]}
                  testId={`tally-count-${choice.key}`}
                />
              ))}
              {form.errors.counts && <p className="field__error">{form.errors.counts}</p>}
              <p className="muted" data-testid="tally-total">
                {t('deliberation.tally.total', { counts: counted, slips: slipIds.length })}
              </p>
            </fieldset>
          </>
        )}
        <PhotoCaptureField
          label={t('deliberation.tally.photo')}
          photo={photo}
          chosenLabel={(name) => t('deliberation.tally.photoChosen', { name })}
          onChange={(next) => form.set('photo', next)}
          error={form.errors.photo}
          testId="tally-photo"
        />
        <FormFooter
          state={form}
          label={t('deliberation.tally.save')}
          savingLabel={t('deliberation.tally.saving')}
          savedLabel={t('deliberation.tally.saved')}
          isBlock
          testId="tally-save"
        />
      </form>
    </details>
  );
}

/** The vote's unused slips as big ticks, by name (a used slip — voted by phone — cannot be ticked). */
function SlipTicks({
  voteId,
  ticked,
  onChange,
  error,
}: {
  voteId: string;
  ticked: readonly string[];
  onChange: (next: readonly string[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const slips = useResource<{ question: string; slips: BallotSlip[] }>(
    `/api/votes/${encodeURIComponent(voteId)}/slips`,
  );
  const list = slips.resource.status === 'ready' ? slips.resource.data.slips : [];
  return (
    <TickList
      legend={t('deliberation.tally.slips')}
      items={list.map((slip) => ({
        id: slip.id,
        label: slip.isUsed ? `${slip.name}（${t('deliberation.tally.votedByPhone')}）` : slip.name,
        isDisabled: slip.isUsed,
      }))}
      ticked={ticked}
      onChange={onChange}
      error={error}
      testId="tally-slips"
      itemTestId="tally-slip"
    />
  );
}
