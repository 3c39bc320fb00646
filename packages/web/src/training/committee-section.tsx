import { committeePostSuggestions, type TrainingApplication } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { SelectField } from '../shared/select-field';
import { useWrite } from '../shared/use-write';

/** 班委: who was elected to which post, among accepted applicants; the usual five posts, any left vacant. */
export function CommitteeSection({
  cohortId,
  applications,
  committee,
  mayManage,
  onChange,
}: {
  cohortId: string;
  applications: readonly TrainingApplication[];
  committee: readonly { post: string; applicationId: string }[];
  mayManage: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const accepted = applications.filter((a) => a.status === 'accepted');
  const nameOf = new Map(applications.map((a) => [a.id, a.person.name]));
  const posts = [...new Set([...committeePostSuggestions, ...committee.map((c) => c.post)])];
  const [holders, setHolders] = useState(() => new Map(committee.map((c) => [c.post, c.applicationId])));
  const write = useWrite(onChange);
  return (
    <section className="training-section" data-testid="training-committee">
      <h2>{t('training.sections.committee')}</h2>
      {mayManage && accepted.length > 0 ? (
        <form
          className="training-form"
          onSubmit={(event) => {
            event.preventDefault();
            const chosen = [...holders]
              .filter(([, id]) => id)
              .map(([post, applicationId]) => ({ post, applicationId }));
            void write.run(() => api.put(`/api/training/cohorts/${cohortId}/committee`, { posts: chosen }));
          }}
        >
          {posts.map((post) => (
            <SelectField
              key={post}
              label={post}
              value={holders.get(post) ?? ''}
              onChange={(id) => setHolders((before) => new Map(before).set(post, id))}
              options={accepted.map((a) => ({ value: a.id, label: a.person.name }))}
              placeholder={t('training.committee.nobody')}
            />
          ))}
          {write.error && <ErrorNotice message={write.error} />}
          <button
            type="submit"
            className="button button--primary"
            disabled={write.busy}
            data-testid="training-committee-save"
          >
            {t('training.committee.save')}
          </button>
        </form>
      ) : (
        <ul>
          {committee.map((c) => (
            <li key={c.post}>
              {c.post}：{nameOf.get(c.applicationId)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
