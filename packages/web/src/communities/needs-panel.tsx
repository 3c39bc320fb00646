import {
  type CommunitySurvey,
  type NeedCategory,
  needCategories,
  needInputSchema,
  needProviders,
  needRealities,
  needSources,
  shanghaiDate,
  surveyResponseInputSchema,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import { FormFooter } from './form-footer';
import { NeedEditForm } from './link-edit-forms';
import { EditableRow } from './record-actions';
import { optionalNumber, optionalText, SelectField, useOptions, useSurveySubmit } from './survey-fields';

/** Dates of a record default to today (in China): what staff mean nine times out of ten. */
const today = () => shanghaiDate(new Date());

type Saved = (survey: CommunitySurvey) => void;

/** The needs register 需求清单 and the baseline questionnaire that feeds it (seed 003 §2). */
export function NeedsPanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  return (
    <div className="survey-panel">
      <h3>{t('survey.need.register')}</h3>
      {survey.needs.length === 0 ? (
        <p className="muted">{t('survey.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('survey.need.description')}</th>
                <th scope="col">{t('survey.need.source')}</th>
                <th scope="col">{t('survey.need.reality')}</th>
                <th scope="col">{t('survey.need.provider')}</th>
                <th scope="col">{t('survey.need.status')}</th>
                <th scope="col">{t('survey.need.mentions')}</th>
                <th scope="col">{t('survey.need.organizations')}</th>
                <th scope="col">{t('survey.actions')}</th>
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
                  editor={(close) => <NeedEditForm record={need} survey={survey} onSaved={onSaved} onDone={close} />}
                >
                  <th scope="row">
                    {need.description ?? (need.category ? t(`survey.needCategory.${need.category}`) : empty)}
                    {need.description && need.category && (
                      <span className="muted"> （{t(`survey.needCategory.${need.category}`)}）</span>
                    )}
                    <div className="muted">
                      {need.recordedOn}
                      {need.raisedBy ? ` · ${need.raisedBy}` : ''}
                    </div>
                  </th>
                  <td>{t(`survey.needSource.${need.source}`)}</td>
                  <td>{t(`survey.needReality.${need.reality}`)}</td>
                  <td>{need.provider ? t(`survey.needProvider.${need.provider}`) : empty}</td>
                  <td>{t(`survey.needStatus.${need.status}`)}</td>
                  <td className="numeric">{need.mentions}</td>
                  <td>{need.organizations.map((o) => o.name).join(t('common.listSeparator')) || empty}</td>
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

function NeedForm({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<NeedCategory | ''>('');
  const [raisedBy, setRaisedBy] = useState('');
  const [source, setSource] = useState<(typeof needSources)[number] | ''>('');
  const [reality, setReality] = useState<(typeof needRealities)[number] | ''>('');
  const [provider, setProvider] = useState<(typeof needProviders)[number] | ''>('');
  const [recordedOn, setRecordedOn] = useState(today);
  const form = useSurveySubmit(onSaved);
  const categories = useOptions(needCategories, 'survey.needCategory');
  const sources = useOptions(needSources, 'survey.needSource');
  const realities = useOptions(needRealities, 'survey.needReality');
  const providers = useOptions(needProviders, 'survey.needProvider');

  async function submit() {
    const parsed = needInputSchema.safeParse({
      description: optionalText(description),
      category: category || undefined,
      raisedBy: optionalText(raisedBy),
      source: source || undefined,
      reality: reality || undefined,
      provider: provider || undefined,
      recordedOn,
    });
    if (await form.send('post', `/api/communities/${survey.communityId}/needs`, parsed)) {
      setDescription('');
      setRaisedBy('');
    }
  }

  return (
    <form className="form card" data-testid="need-form" noValidate onSubmit={form.handler(submit)}>
      <h3>{t('survey.need.newTitle')}</h3>
      <TextField
        label={t('survey.need.description')}
        value={description}
        onChange={setDescription}
        error={form.errors.description}
        maxLength={500}
        testId="need-description"
      />
      <SelectField
        label={t('survey.need.category')}
        value={category}
        options={categories}
        onChange={setCategory}
        error={form.errors.category}
        testId="need-category"
      />
      <TextField
        label={t('survey.need.raisedBy')}
        value={raisedBy}
        onChange={setRaisedBy}
        error={form.errors.raisedBy}
        maxLength={100}
      />
      <SelectField
        label={t('survey.need.source')}
        value={source}
        options={sources}
        onChange={setSource}
        error={form.errors.source}
        required
        testId="need-source"
      />
      <SelectField
        label={t('survey.need.reality')}
        value={reality}
        options={realities}
        onChange={setReality}
        error={form.errors.reality}
      />
      <SelectField
        label={t('survey.need.provider')}
        value={provider}
        options={providers}
        onChange={setProvider}
        error={form.errors.provider}
      />
      <TextField
        label={t('survey.need.recordedOn')}
        type="date"
        value={recordedOn}
        onChange={setRecordedOn}
        error={form.errors.recordedOn}
        required
        testId="need-recorded-on"
      />
      <FormFooter {...form} label={t('survey.add')} testId="need-submit" />
    </form>
  );
}

const scales = ['neighbourTies', 'communityTrust', 'willingToVolunteer'] as const;

function Questionnaire({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const [wave, setWave] = useState('0');
  const [answeredOn, setAnsweredOn] = useState(today);
  const [scaleValues, setScaleValues] = useState<Record<(typeof scales)[number], string>>({
    neighbourTies: '',
    communityTrust: '',
    willingToVolunteer: '',
  });
  const [joined, setJoined] = useState<'yes' | 'no' | ''>('');
  const [topNeed, setTopNeed] = useState<NeedCategory | ''>('');
  const [needDetail, setNeedDetail] = useState('');
  const form = useSurveySubmit(onSaved);
  const categories = useOptions(needCategories, 'survey.needCategory');
  const yesNo = [
    { value: 'yes' as const, label: t('survey.questionnaire.yes') },
    { value: 'no' as const, label: t('survey.questionnaire.no') },
  ];
  const empty = t('common.empty');

  async function submit() {
    const answers: Record<string, unknown> = {};
    for (const q of scales) if (scaleValues[q]) answers[q] = optionalNumber(scaleValues[q]);
    if (joined) answers.joinedActivity = joined === 'yes';
    if (topNeed) answers.topNeed = topNeed;
    if (needDetail.trim()) answers.needDetail = needDetail.trim();
    const parsed = surveyResponseInputSchema.safeParse({ wave: optionalNumber(wave) ?? 0, answeredOn, answers });
    if (await form.send('post', `/api/communities/${survey.communityId}/survey-responses`, parsed)) {
      setScaleValues({ neighbourTies: '', communityTrust: '', willingToVolunteer: '' });
      setJoined('');
      setTopNeed('');
      setNeedDetail('');
    }
  }

  return (
    <section aria-labelledby="questionnaire-title">
      <h3 id="questionnaire-title">{t('survey.questionnaire.title')}</h3>
      <p className="muted">{t('survey.questionnaire.intro')}</p>
      {survey.questionnaire.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="questionnaire-comparison">
            <caption>{t('survey.questionnaire.comparison')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('survey.questionnaire.wave')}</th>
                <th scope="col">{t('survey.questionnaire.responses')}</th>
                {scales.map((q) => (
                  <th scope="col" key={q}>
                    {t(`survey.questionnaire.${q}`)}
                  </th>
                ))}
                <th scope="col">{t('survey.questionnaire.joinedShare')}</th>
              </tr>
            </thead>
            <tbody>
              {survey.questionnaire.map((w) => (
                <tr key={w.wave}>
                  <th scope="row">{w.wave}</th>
                  <td className="numeric">{w.responses}</td>
                  {scales.map((q) => (
                    <td className="numeric" key={q}>
                      {w.means[q] ?? empty}
                    </td>
                  ))}
                  <td className="numeric">
                    {w.joinedActivityShare === null ? empty : `${Math.round(w.joinedActivityShare * 100)}%`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {survey.canRecord && (
        <form className="form card" data-testid="questionnaire-form" noValidate onSubmit={form.handler(submit)}>
          <TextField
            label={t('survey.questionnaire.wave')}
            inputMode="numeric"
            value={wave}
            onChange={setWave}
            error={form.errors.wave}
          />
          <TextField
            label={t('survey.questionnaire.answeredOn')}
            type="date"
            value={answeredOn}
            onChange={setAnsweredOn}
            error={form.errors.answeredOn}
            required
          />
          {scales.map((q) => (
            <SelectField
              key={q}
              label={t(`survey.questionnaire.${q}`)}
              value={scaleValues[q]}
              options={['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))}
              onChange={(value) => setScaleValues((old) => ({ ...old, [q]: value }))}
              error={form.errors.answers}
            />
          ))}
          <SelectField
            label={t('survey.questionnaire.joinedActivity')}
            value={joined}
            options={yesNo}
            onChange={setJoined}
          />
          <SelectField
            label={t('survey.questionnaire.topNeed')}
            value={topNeed}
            options={categories}
            onChange={setTopNeed}
          />
          <TextField
            label={t('survey.questionnaire.needDetail')}
            value={needDetail}
            onChange={setNeedDetail}
            maxLength={500}
          />
          <FormFooter {...form} label={t('survey.questionnaire.submit')} testId="questionnaire-submit" />
        </form>
      )}
    </section>
  );
}
