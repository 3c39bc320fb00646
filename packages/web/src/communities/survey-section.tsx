import type { CommunitySurvey } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { EstatesPanel } from './estates-panel';
import { NeedsPanel } from './needs-panel';
import { ProfilePanel } from './profile-panel';
import { ResourceMapPanel } from './resource-map-panel';
import { ResourcesPanel } from './resources-panel';
import { SpacesPanel } from './spaces-panel';
import { StakeholdersPanel } from './stakeholders-panel';

const tabs = ['profile', 'estates', 'stakeholders', 'needs', 'spaces', 'resources', 'map'] as const;
type Tab = (typeof tabs)[number];

/**
 * The community survey 社区调查 on the community page, one tab per part (seed 003 §1–§5). Every save
 * answers with the whole survey, so each tab (and, through `onSaved`, the page) shows the new state at once.
 */
export function SurveySection({
  communityId,
  onSaved,
}: {
  communityId: string;
  /** Told of every save, so the page above (estate cards, figures) shows the new state too. */
  onSaved?: (survey: CommunitySurvey) => void;
}) {
  const { t } = useTranslation();
  const {
    resource,
    replace: replaceSurvey,
    reload,
  } = useResource<CommunitySurvey>(`/api/communities/${communityId}/survey`);
  const replace = (survey: CommunitySurvey) => {
    replaceSurvey(survey);
    onSaved?.(survey);
  };
  const [tab, setTab] = useState<Tab>('profile');
  return (
    <section aria-labelledby="survey-title" data-testid="community-survey">
      <h2 id="survey-title">{t('communities.title')}</h2>
      <div
        role="tablist"
        aria-label={t('communities.tabsLabel')}
        className="survey-tabs"
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}
      >
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`survey-tab-${name}`}
            aria-selected={tab === name}
            aria-controls="survey-tabpanel"
            className={tab === name ? 'button button--primary' : 'button button--secondary'}
            data-testid={`survey-tab-${name}`}
            onClick={() => setTab(name)}
          >
            {t(`communities.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="survey-tabpanel" aria-labelledby={`survey-tab-${tab}`}>
        <ResourceView resource={resource} onRetry={reload}>
          {(survey) => <Panel tab={tab} survey={survey} onSaved={replace} />}
        </ResourceView>
      </div>
    </section>
  );
}

function Panel({ tab, survey, onSaved }: { tab: Tab; survey: CommunitySurvey; onSaved: (s: CommunitySurvey) => void }) {
  switch (tab) {
    case 'profile':
      return <ProfilePanel survey={survey} onSaved={onSaved} />;
    case 'estates':
      return <EstatesPanel survey={survey} onSaved={onSaved} />;
    case 'stakeholders':
      return <StakeholdersPanel survey={survey} onSaved={onSaved} />;
    case 'needs':
      return <NeedsPanel survey={survey} onSaved={onSaved} />;
    case 'spaces':
      return <SpacesPanel survey={survey} onSaved={onSaved} />;
    case 'resources':
      return <ResourcesPanel survey={survey} onSaved={onSaved} />;
    case 'map':
      return <ResourceMapPanel survey={survey} onSaved={onSaved} />;
  }
}
