import type { BeneficiaryGroup, Openness } from '@seedbed/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import type { FieldErrors } from '../shared/validation';
import { Chips, ChoiceCards, NumberStepper } from './form-controls';
import type { ActivityFormValues, PlaceKind } from './form-values';

/** The optional parts of the leader's form, each folded in a <details> so the phone screen stays short. */

export interface PlaceOptions {
  spaces: { id: string; name: string }[];
  estates: { id: string; name: string; courtyards: { id: string; name: string }[] }[];
}

export interface SectionProps {
  values: ActivityFormValues;
  set: (patch: Partial<ActivityFormValues>) => void;
  errors: FieldErrors;
}

const beneficiaryGroups: BeneficiaryGroup[] = [
  'elderly',
  'children_youth',
  'disabled',
  'families_in_difficulty',
  'all_residents',
  'members_only',
];
const opennessValues: Openness[] = ['members_only', 'invited', 'open_to_all'];

function Fold({
  title,
  testId,
  children,
  open,
}: {
  title: string;
  testId: string;
  children: React.ReactNode;
  open?: boolean;
}) {
  return (
    <details className="fold" data-testid={testId} open={open}>
      <summary>{title}</summary>
      <div className="fold__body">{children}</div>
    </details>
  );
}

function Select({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  options: { id: string; name: string }[];
  onChange: (value: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} data-testid={testId} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('activities.form.choose')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PlaceSection({ values, set, errors, places }: SectionProps & { places: PlaceOptions }) {
  const { t } = useTranslation();
  const kinds: { value: PlaceKind; label: string }[] = [
    { value: 'none', label: t('activities.form.placeNone') },
    ...(places.spaces.length > 0 ? [{ value: 'space' as const, label: t('activities.form.placeSpace') }] : []),
    ...(places.estates.length > 0 ? [{ value: 'estate' as const, label: t('activities.form.placeEstate') }] : []),
    { value: 'text', label: t('activities.form.placeText') },
  ];
  const estate = places.estates.find((candidate) => candidate.id === values.estateId);
  return (
    <Fold title={t('activities.form.placeSection')} testId="section-place">
      <ChoiceCards
        legend={t('activities.form.placeKind')}
        name="placeKind"
        value={values.placeKind}
        options={kinds}
        onChange={(placeKind) => set({ placeKind })}
        testId="place-kind"
      />
      {values.placeKind === 'space' && (
        <Select
          label={t('activities.form.space')}
          value={values.spaceId}
          options={places.spaces}
          onChange={(spaceId) => set({ spaceId })}
          testId="place-space"
        />
      )}
      {values.placeKind === 'estate' && (
        <>
          <Select
            label={t('activities.form.estate')}
            value={values.estateId}
            options={places.estates}
            onChange={(estateId) => set({ estateId, courtyardId: '' })}
            testId="place-estate"
          />
          {estate && estate.courtyards.length > 0 && (
            <Select
              label={t('activities.form.courtyard')}
              value={values.courtyardId}
              options={estate.courtyards}
              onChange={(courtyardId) => set({ courtyardId })}
              testId="place-courtyard"
            />
          )}
        </>
      )}
      {values.placeKind === 'text' && (
        <TextField
          label={t('activities.form.placeTextLabel')}
          value={values.placeText}
          onChange={(placeText) => set({ placeText })}
          error={errors.placeKind}
          maxLength={200}
          testId="place-text"
        />
      )}
    </Fold>
  );
}

export function ContentSection({
  values,
  set,
  errors,
  otherOrganizations,
}: SectionProps & { otherOrganizations: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <Fold title={t('activities.form.contentSection')} testId="section-content">
      <TextField
        label={t('activities.form.content')}
        value={values.content}
        onChange={(content) => set({ content })}
        error={errors.content}
        multiline
        maxLength={5000}
        testId="activity-content"
      />
      <TextField
        label={t('activities.form.coHosts')}
        hint={t('activities.form.coHostsHint')}
        value={values.coHosts}
        onChange={(coHosts) => set({ coHosts })}
        error={errors.coHosts}
        testId="activity-cohosts"
      />
      {otherOrganizations.length > 0 && (
        <Chips
          legend={t('activities.form.jointSection')}
          values={values.jointOrganizationIds}
          options={otherOrganizations.map((o) => ({ value: o.id, label: o.name }))}
          onChange={(jointOrganizationIds) => set({ jointOrganizationIds })}
          testId="activity-joint"
        />
      )}
    </Fold>
  );
}

export function WhoSection({ values, set }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Fold title={t('activities.form.whoSection')} testId="section-who">
      <Chips
        legend={t('activities.form.beneficiaries')}
        values={values.beneficiaryGroups}
        options={beneficiaryGroups.map((group) => ({ value: group, label: t(`activities.beneficiaryGroup.${group}`) }))}
        onChange={(groups) => set({ beneficiaryGroups: groups })}
        testId="activity-beneficiaries"
      />
      <ChoiceCards
        legend={t('activities.form.openness')}
        name="openness"
        value={values.openness}
        options={opennessValues.map((value) => ({
          value,
          label: t(`activities.opennessLabel.${value}`),
          help: t(`activities.form.opennessHelp.${value}`),
        }))}
        onChange={(openness) => set({ openness })}
        testId="activity-openness"
      />
    </Fold>
  );
}

export function PeopleSection({
  values,
  set,
  errors,
  members,
}: SectionProps & { members: { personId: string; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <Fold title={t('activities.form.countSection')} testId="section-people">
      <div className="stepper-pair">
        <NumberStepper
          label={t('activities.form.organizerCount')}
          value={values.organizerCount}
          onChange={(organizerCount) => set({ organizerCount })}
          testId="organizer-count"
        />
        <NumberStepper
          label={t('activities.form.servedCount')}
          value={values.servedCount}
          onChange={(servedCount) => set({ servedCount })}
          testId="served-count"
        />
      </div>
      {members.length > 0 && (
        <Chips
          legend={t('activities.form.participants')}
          values={values.memberIds}
          options={members.map((member) => ({ value: member.personId, label: member.name }))}
          onChange={(memberIds) => set({ memberIds })}
          testId="activity-members"
        />
      )}
      <fieldset className="repeat" data-testid="activity-guests">
        <legend>{t('activities.form.guests')}</legend>
        {values.guests.map((guest, index) => (
          <div className="repeat__row" key={`guest-${index.toString()}`}>
            <TextField
              label={t('activities.form.guestName')}
              value={guest}
              onChange={(name) => set({ guests: values.guests.map((g, i) => (i === index ? name : g)) })}
              maxLength={60}
            />
            <button
              type="button"
              className="button button--link"
              onClick={() => set({ guests: values.guests.filter((_, i) => i !== index) })}
            >
              {t('activities.form.remove')}
            </button>
          </div>
        ))}
        {errors.guests && <p className="field__error">{errors.guests}</p>}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => set({ guests: [...values.guests, ''] })}
        >
          {t('activities.form.addGuest')}
        </button>
      </fieldset>
    </Fold>
  );
}

export function ReflectionSection({ values, set, errors }: SectionProps) {
  const { t } = useTranslation();
  const feedback = values.feedback.length > 0 ? values.feedback : [{ text: '', saidBy: '' }];
  const setFeedback = (index: number, patch: Partial<{ text: string; saidBy: string }>) =>
    set({ feedback: feedback.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)) });
  return (
    <Fold title={t('activities.form.reflectionSection')} testId="section-reflection">
      <TextField
        label={t('activities.form.reflection')}
        value={values.reflection}
        onChange={(reflection) => set({ reflection })}
        error={errors.reflection}
        multiline
        maxLength={5000}
        testId="activity-reflection"
      />
      {feedback.map((entry, index) => (
        <div className="repeat__block" key={`feedback-${index.toString()}`}>
          <TextField
            label={t('activities.form.feedbackText')}
            value={entry.text}
            onChange={(text) => setFeedback(index, { text })}
            error={index === 0 ? errors.feedback : undefined}
            maxLength={500}
            testId={`feedback-text-${index}`}
          />
          <TextField
            label={t('activities.form.feedbackBy')}
            value={entry.saidBy}
            onChange={(saidBy) => setFeedback(index, { saidBy })}
            maxLength={60}
          />
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => set({ feedback: [...feedback, { text: '', saidBy: '' }] })}
      >
        {t('activities.form.addFeedback')}
      </button>
      <ChoiceCards
        legend={t('activities.form.inPlan')}
        name="isPlannedInProject"
        value={values.isPlannedInProject ? 'yes' : 'no'}
        options={[
          { value: 'no', label: t('activities.form.inPlanNo') },
          { value: 'yes', label: t('activities.form.inPlanYes') },
        ]}
        onChange={(choice) => set({ isPlannedInProject: choice === 'yes' })}
        testId="activity-in-plan"
      />
      {values.isPlannedInProject && (
        <TextField
          label={t('activities.form.planItem')}
          value={values.planItemRef}
          onChange={(planItemRef) => set({ planItemRef })}
          error={errors.planItemRef}
          maxLength={100}
          testId="activity-plan-item"
        />
      )}
    </Fold>
  );
}
