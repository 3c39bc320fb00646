import type { BeneficiaryGroup, Openness } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import { Fold, type PlaceOptions, type SectionProps, Select } from './activity-form-fold';
import { Chips, ChoiceCards } from './form-controls';
import type { PlaceKind } from './form-values';

/** The optional parts of the leader's form, each folded in a <details> so the phone screen stays short. */

const beneficiaryGroups: BeneficiaryGroup[] = [
  'elderly',
  'children_youth',
  'disabled',
  'families_in_difficulty',
  'all_residents',
  'members_only',
];
const opennessValues: Openness[] = ['members_only', 'invited', 'open_to_all'];

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

export type { PlaceOptions, SectionProps } from './activity-form-fold';
export { PeopleSection, ReflectionSection } from './activity-form-people';
