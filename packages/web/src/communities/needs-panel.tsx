import {
  type CommunitySurvey,
  type NeedCategory,
  needCategories,
  questionnaireAnswersSchema,
  shanghaiDate,
  surveyResponseInputSchema,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../shared/form-footer';
import { fieldConstraints } from '../shared/schema-fields';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { NeedForm } from './need-form';
import { EditableRow } from './record-actions';
import { optionalNumber, SelectField, sendSurvey, useOptions } from './survey-fields';

/** Dates of a record default to today (in China): what staff mean nine times out of ten. */
const today = () => shanghaiDate(new Date());

type Saved = (survey: CommunitySurvey) => void;

/** The needs register 需求清单 and the baseline questionnaire that feeds it (seed 003 §2). */
export function NeedsPanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  // Read once for the header and for each cell's data-label (its card on a phone).
  const label = {
    description: t('communities.need.description'),
    source: t('communities.need.source'),
    reality: t('communities.need.reality'),
    provider: t('communities.need.provider'),
    status: t('communities.need.status'),
    mentions: t('communities.need.mentions'),
    organizations: t('communities.need.organizations'),
  };
  return (
    <div className="survey-panel">
      <h3>{t('communities.need.register')}</h3>
      {survey.needs.length === 0 ? (
        <p className="muted">{t('communities.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{label.description}</th>
                <th scope="col">{label.source}</th>
                <th scope="col">{label.reality}</th>
                <th scope="col">{label.provider}</th>
                <th scope="col">{label.status}</th>
                <th scope="col">{label.mentions}</th>
                <th scope="col">{label.organizations}</th>
                <th scope="col">{t('communities.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {survey.needs.map((need) => (
                <EditableRow
                  key={need.id}
                  testId="need"
                  span={7}
                  canEdit={survey.canRecord}
                  archivePath={survey.canEditProfile ? `/api/needs/${need.id}/archive` : null}
                  onSaved={onSaved}
                  editor={(close) => <NeedForm survey={survey} record={need} onSaved={onSaved} onDone={close} />}
                >
                  <th scope="row">
                    {need.description ?? (need.category ? t(`communities.needCategory.${need.category}`) : empty)}
                    {need.description && need.category && (
                      <span className="muted"> （{t(`communities.needCategory.${need.category}`)}）</span>
                    )}
                    <div className="muted">
                      {need.recordedOn}
                      {need.raisedBy ? ` · ${need.raisedBy}` : ''}
                    </div>
                  </th>
                  <td data-label={label.source}>{t(`communities.needSource.${need.source}`)}</td>
                  <td data-label={label.reality}>{t(`communities.needReality.${need.reality}`)}</td>
                  <td data-label={label.provider}>
                    {need.provider ? t(`communities.needProvider.${need.provider}`) : empty}
                  </td>
                  <td data-label={label.status}>{t(`communities.needStatus.${need.status}`)}</td>
                  <td className="numeric" data-label={label.mentions}>
                    {need.mentions}
                  </td>
                  <td data-label={label.organizations}>
                    {need.organizations.map((o) => o.name).join(t('common.listSeparator')) || empty}
                  </td>
                </EditableRow>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {survey.canRecord && <NeedForm survey={survey} onSaved={onSaved} />}
      <Questionnaire survey={survey} onSaved={onSaved} />
    </div>
  );
}

const scales = ['neighbourTies', 'communityTrust', 'willingToVolunteer'] as const;

function Questionnaire({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    surveyResponseInputSchema,
    {
      wave: '0',
      answeredOn: today(),
      neighbourTies: '',
      communityTrust: '',
      willingToVolunteer: '',
      joined: '' as 'yes' | 'no' | '',
      topNeed: '' as NeedCategory | '',
      needDetail: '',
    },
    {
      toInput: (values) => {
        const answers: Record<string, unknown> = {};
        for (const q of scales) if (values[q]) answers[q] = optionalNumber(values[q]);
        if (values.joined) answers.joinedActivity = values.joined === 'yes';
        if (values.topNeed) answers.topNeed = values.topNeed;
        if (values.needDetail.trim()) answers.needDetail = values.needDetail.trim();
        return { wave: optionalNumber(values.wave) ?? 0, answeredOn: values.answeredOn, answers };
      },
      send: sendSurvey('post', `/api/communities/${survey.communityId}/survey-responses`),
      onSaved,
      afterSave: (values) => ({
        ...values,
        neighbourTies: '',
        communityTrust: '',
        willingToVolunteer: '',
        joined: '' as const,
        topNeed: '' as const,
        needDetail: '',
      }),
    },
  );
  const categories = useOptions(needCategories, 'communities.needCategory');
  const yesNo = [
    { value: 'yes' as const, label: t('communities.questionnaire.yes') },
    { value: 'no' as const, label: t('communities.questionnaire.no') },
  ];
  const empty = t('common.empty');

  return (
    <section aria-labelledby="questionnaire-title">
      <h3 id="questionnaire-title">{t('communities.questionnaire.title')}</h3>
      <p className="muted">{t('communities.questionnaire.intro')}</p>
      {survey.questionnaire.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="questionnaire-comparison">
            <caption>{t('communities.questionnaire.comparison')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('communities.questionnaire.wave')}</th>
                <th scope="col">{t('communities.questionnaire.responses')}</th>
                {scales.map((q) => (
                  <th scope="col" key={q}>
                    {t(`communities.questionnaire.${q}`)}
                  </th>
                ))}
                <th scope="col">{t('communities.questionnaire.joinedShare')}</th>
              </tr>
            </thead>
            <tbody>
              {survey.questionnaire.map((w) => (
                <tr key={w.wave}>
                  <th scope="row">{w.wave}</th>
                  <td className="numeric" data-label={t('communities.questionnaire.responses')}>
                    {w.responses}
                  </td>
                  {scales.map((q) => (
                    <td className="numeric" key={q} data-label={t(`communities.questionnaire.${q}`)}>
                      {w.means[q] ?? empty}
                    </td>
                  ))}
                  <td className="numeric" data-label={t('communities.questionnaire.joinedShare')}>
                    {w.joinedActivityShare === null ? empty : `${Math.round(w.joinedActivityShare * 100)}%`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {survey.canRecord && (
        <form className="form card" data-testid="questionnaire-form" noValidate onSubmit={form.onSubmit}>
          <TextField label={t('communities.questionnaire.wave')} inputMode="numeric" {...form.field('wave')} />
          <TextField label={t('communities.questionnaire.answeredOn')} type="date" {...form.field('answeredOn')} />
          {scales.map((q) => (
            <SelectField
              key={q}
              label={t(`communities.questionnaire.${q}`)}
              options={['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))}
              {...form.field(q)}
              error={form.errors.answers}
            />
          ))}
          <SelectField
            label={t('communities.questionnaire.joinedActivity')}
            options={yesNo}
            {...form.field('joined')}
          />
          <SelectField label={t('communities.questionnaire.topNeed')} options={categories} {...form.field('topNeed')} />
          <TextField
            label={t('communities.questionnaire.needDetail')}
            {...form.field('needDetail')}
            {...fieldConstraints(questionnaireAnswersSchema, 'needDetail')}
          />
          <FormFooter state={form} label={t('communities.questionnaire.submit')} testId="questionnaire-submit" />
        </form>
      )}
    </section>
  );
}
