import { can, type ServiceModelCard } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { useSubmission } from '../shared/use-schema-form';
import { ServiceModelAnswersForm, ServiceModelSessionForm } from './service-model-form';
import './service-model.css';

/**
 * The service-model card 服务模式 (seed 002) on an organization's page. Until the team chooses, its
 * leader sees one big 我们自愿开始梳理 button and everyone else a line saying it has not chosen
 * ("前提是组织自愿梳理": staff have no button to start it for them). Once started: its steps, the
 * answers (the leader and staff fill them, others read), and the 梳理 sessions held.
 */
export function ServiceModelSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const { resource, replace, reload } = useResource<{ card: ServiceModelCard | null }>(
    `/api/organizations/${encodeURIComponent(organizationId)}/service-model`,
  );
  if (!can(user, 'organization.service_model.read')) return null;
  const show = (card: ServiceModelCard) => replace({ card });
  return (
    <section className="section service-model" data-testid="service-model-section">
      <h2>{t('organizations.serviceModel.title')}</h2>
      <ResourceView resource={resource} onRetry={reload}>
        {({ card }) =>
          card ? (
            <ServiceModelCardView card={card} onChanged={show} />
          ) : can(user, 'organization.service_model.start') ? (
            <StartCard organizationId={organizationId} onStarted={show} />
          ) : (
            <p className="muted" data-testid="service-model-not-chosen">
              {t('organizations.serviceModel.notChosen')}
            </p>
          )
        }
      </ResourceView>
    </section>
  );
}

function StartCard({
  organizationId,
  onStarted,
}: {
  organizationId: string;
  onStarted: (card: ServiceModelCard) => void;
}) {
  const { t } = useTranslation();
  const submission = useSubmission();
  const start = () =>
    submission.run(async () =>
      onStarted(
        await api.post<ServiceModelCard>(`/api/organizations/${encodeURIComponent(organizationId)}/service-model`, {
          chosen: true,
        }),
      ),
    );
  return (
    <div className="service-model__start">
      <p>{t('organizations.serviceModel.intro')}</p>
      <p className="muted">{t('organizations.serviceModel.chooseHint')}</p>
      {submission.failure && <p className="field__error">{submission.failure}</p>}
      <button
        type="button"
        className="button button--primary button--block"
        disabled={submission.isSubmitting}
        onClick={() => void start()}
        data-testid="service-model-start"
      >
        {t('organizations.serviceModel.choose')}
      </button>
    </div>
  );
}

function ServiceModelCardView({
  card,
  onChanged,
}: {
  card: ServiceModelCard;
  onChanged: (card: ServiceModelCard) => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const locale = currentLocale();
  const mayFill = can(user, 'organization.service_model.write');
  const completed = [
    ['activity_review', card.activityReviewCompletedOn],
    ['model_review', card.modelReviewCompletedOn],
  ] as const;
  return (
    <>
      <p data-testid="service-model-progress" data-progress={card.progress}>
        <strong>{t(`organizations.serviceModel.progress.${card.progress}`)}</strong>
      </p>
      <ol className="service-model__steps">
        {completed.map(([step, on]) => (
          <li key={step} className={on ? 'service-model__step service-model__step--done' : 'service-model__step'}>
            {on
              ? t('organizations.serviceModel.completedOn', {
                  step: t(`organizations.serviceModel.steps.${step}`),
                  date: formatDate(on, locale),
                })
              : t(`organizations.serviceModel.steps.${step}`)}
          </li>
        ))}
      </ol>
      {mayFill ? (
        <ServiceModelAnswersForm card={card} onSaved={onChanged} />
      ) : (
        <dl className="service-model__answers" data-testid="service-model-answers">
          {(['whatItDoes', 'mainService', 'beneficiaries', 'stakeholders', 'fundingChannels'] as const).map((name) => (
            <div key={name}>
              <dt>{t(`organizations.serviceModel.${name}`)}</dt>
              <dd>{card[name] ?? '—'}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3>{t('organizations.serviceModel.sessions')}</h3>
      {card.sessions.length === 0 ? (
        <p className="muted">{t('organizations.serviceModel.noSessions')}</p>
      ) : (
        <ul className="service-model__sessions" data-testid="service-model-sessions">
          {card.sessions.map((session) => (
            <li key={session.id}>
              {formatDate(session.heldOn, locale)} · {t(`organizations.serviceModel.steps.${session.step}`)}
              {session.completesStep && ` · ${t('organizations.serviceModel.completes')}`}
              {session.notes && <p className="muted">{session.notes}</p>}
            </li>
          ))}
        </ul>
      )}
      {can(user, 'organization.service_model.session.record') && (
        <ServiceModelSessionForm organizationId={card.organizationId} onSaved={onChanged} />
      )}
    </>
  );
}
