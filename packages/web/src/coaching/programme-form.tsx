import {
  type CultivationProgramme,
  cultivationProgrammeInputSchema,
  cultivationProgrammeUpdateSchema,
  type ProgrammeKind,
  programmeKindStages,
  programmeKinds,
  type Stage,
  stagesOf,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FoldedForm } from '../shared/folded-form';
import { formInput } from '../shared/form-input';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/**
 * One form makes a programme (in a street) and changes one: the kind's stages are filled in when a
 * seed kind is chosen (民生议题讨论会 种子 → 小苗, 供需协商会 小苗 → 小树); a site's own kind asks its name.
 */
export function ProgrammeForm({
  streetId,
  programme,
  onSaved,
}: {
  streetId: string;
  programme?: CultivationProgramme;
  onSaved: (programme: CultivationProgramme) => void;
}) {
  const { t } = useTranslation();
  const schema = programme ? cultivationProgrammeUpdateSchema : cultivationProgrammeInputSchema;
  const form = useSchemaForm(
    schema,
    {
      name: programme?.name ?? '',
      kind: programme?.kind ?? ('livelihood_forum' as ProgrammeKind),
      kindName: programme?.kindName ?? '',
      fromStage: programme ? (programme.fromStage ?? '') : ('seed' as Stage | ''),
      toStage: programme ? (programme.toStage ?? '') : ('sapling' as Stage | ''),
      startsOn: programme?.startsOn ?? '',
      endsOn: programme?.endsOn ?? '',
      description: programme?.description ?? '',
    },
    {
      toInput: (values) =>
        programme
          ? formInput(values, cultivationProgrammeUpdateSchema, { isEdit: true })
          : formInput({ ...values, streetId }, cultivationProgrammeInputSchema),
      send: (input) =>
        programme
          ? api.patch<CultivationProgramme>(`/api/cultivation-programmes/${encodeURIComponent(programme.id)}`, input)
          : api.post<CultivationProgramme>('/api/cultivation-programmes', input),
      onSaved,
      constraintsFrom: cultivationProgrammeInputSchema,
    },
  );
  const stageOptions = [
    { value: '' as const, label: t('coaching.programmes.noStage') },
    ...stagesOf('five_stage').map((stage) => ({ value: stage, label: t(`stage.${stage}`) })),
  ];
  const chooseKind = (kind: ProgrammeKind) =>
    form.setValues((values) => ({ ...values, kind, ...(kind === 'other' ? {} : programmeKindStages[kind]) }));
  return (
    <FoldedForm
      title={programme ? t('coaching.programmes.edit') : t('coaching.programmes.new')}
      testId="programme-form"
      form={form}
      submitLabel={t('coaching.programmes.save')}
      savedLabel={t('coaching.programmes.saved')}
    >
      <TextField label={t('coaching.programmes.name')} {...form.field('name')} testId="programme-name" />
      <SelectField
        label={t('coaching.programmes.kind')}
        {...form.field('kind')}
        onChange={chooseKind}
        options={programmeKinds.map((kind) => ({ value: kind, label: t(`coaching.programmes.kinds.${kind}`) }))}
        testId="programme-kind"
      />
      {form.values.kind === 'other' && (
        <TextField label={t('coaching.programmes.kindName')} {...form.field('kindName')} />
      )}
      <SelectField label={t('coaching.programmes.fromStage')} {...form.field('fromStage')} options={stageOptions} />
      <SelectField label={t('coaching.programmes.toStage')} {...form.field('toStage')} options={stageOptions} />
      <TextField
        label={t('coaching.programmes.startsOn')}
        type="date"
        {...form.field('startsOn')}
        testId="programme-starts"
      />
      <TextField
        label={t('coaching.programmes.endsOn')}
        type="date"
        {...form.field('endsOn')}
        testId="programme-ends"
      />
      <TextField label={t('coaching.programmes.description')} multiline {...form.field('description')} />
    </FoldedForm>
  );
}
