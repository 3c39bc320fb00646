import { can, type GrantDirection, grantDirectionInputSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import './grants.css';

/**
 * 资助方向: the deployment's list rounds choose from (issue 17: configurable — 残障友好, 老龄友好…).
 * Staff add, rename and archive; a direction is never deleted, since rounds point at it.
 */
export function DirectionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('grants.directions.title'));
  const user = useUser();
  const mayManage = can(user, 'grants.direction.manage');
  const { resource, reload } = useResource<GrantDirection[]>('/api/grant-directions');
  return (
    <article className="page" data-testid="grant-directions-page">
      <header className="page-header">
        <h1>{t('grants.directions.title')}</h1>
        <Link to="/grants/rounds">{t('grants.list.title')}</Link>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {(directions) => (
          <>
            {directions.map((direction) =>
              mayManage ? (
                <DirectionForm key={direction.id} direction={direction} onSaved={reload} />
              ) : (
                <p key={direction.id}>{direction.name}</p>
              ),
            )}
            {mayManage && <DirectionForm direction={null} onSaved={reload} />}
          </>
        )}
      </ResourceView>
    </article>
  );
}

/** One direction renamed or archived, or (without one) a new direction added; the same schema form. */
function DirectionForm({ direction, onSaved }: { direction: GrantDirection | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    grantDirectionInputSchema,
    { name: direction?.name ?? '', isArchived: direction?.isArchived ?? false },
    {
      send: (input) =>
        direction ? api.put(`/api/grant-directions/${direction.id}`, input) : api.post('/api/grant-directions', input),
      onSaved: () => onSaved(),
      afterSave: direction ? 'keep' : 'reset',
    },
  );
  return (
    <form className="form card grant-row" noValidate onSubmit={form.onSubmit} data-testid="grant-direction">
      <TextField
        label={direction ? t('grants.directions.name') : t('grants.directions.add')}
        {...form.field('name')}
        testId="grant-direction-name"
      />
      {direction && (
        <label className="check">
          <input
            type="checkbox"
            checked={form.values.isArchived}
            onChange={(event) => form.set('isArchived', event.target.checked)}
            data-testid="grant-direction-archived"
          />
          {t('grants.directions.archived')}
        </label>
      )}
      <FormFooter
        state={form}
        label={t(direction ? 'grants.directions.save' : 'grants.directions.create')}
        testId="grant-direction-save"
      />
    </form>
  );
}
