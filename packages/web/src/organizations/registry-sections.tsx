import { can, type OrganizationRegistry, subTeamInputSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { ChangeDocument } from './change-document';
import { FilingConfirmation, FilingForm, useFilesAsCommittee } from './filing-section';
import { InterviewForm } from './interview-form';
import { ChangeForm, RelationForm, ServedCommunityForms } from './registry-forms';
import { ChatCountForm, ChatGroupForm, SubTeamMemberForm } from './team-forms';

/** The registry of an organization: history, served communities, sub-teams, chat groups, relations, interviews. */
export function RegistrySections({
  organizationId,
  streetId,
  homeCommunityId,
}: {
  organizationId: string;
  streetId: string;
  homeCommunityId: string;
}) {
  const { resource, reload } = useResource<OrganizationRegistry>(`/api/organizations/${organizationId}/registry`);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(registry) => (
        <RegistryView
          registry={registry}
          organizationId={organizationId}
          streetId={streetId}
          homeCommunityId={homeCommunityId}
          onChanged={reload}
        />
      )}
    </ResourceView>
  );
}

function RegistryView({
  registry,
  organizationId,
  streetId,
  homeCommunityId,
  onChanged,
}: {
  registry: OrganizationRegistry;
  organizationId: string;
  streetId: string;
  homeCommunityId: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const mayInterview = can(user, 'organization.interview.record');
  const filesAsCommittee = useFilesAsCommittee(homeCommunityId);
  const locale = currentLocale();
  const date = (value: string | null) => formatDate(value, locale) ?? t('common.empty');
  return (
    <>
      <section className="card" data-testid="registry-history">
        <h2>{t('organizations.history.title')}</h2>
        {registry.dissolvedOn && <p>{t('organizations.history.dissolvedOn', { date: date(registry.dissolvedOn) })}</p>}
        {registry.changes.length === 0 ? (
          <p className="muted">{t('organizations.none')}</p>
        ) : (
          <ol className="timeline">
            {registry.changes.map((c) => (
              <li key={c.id} className="timeline__entry">
                {date(c.changedOn)} · {t(`organizations.history.field.${c.field}`)}：
                {c.field === 'orientation'
                  ? t(`orientation.${c.value as 'self_benefit'}`)
                  : c.field === 'filing_status'
                    ? t(`filingStatus.${c.value as 'none'}`)
                    : t(`organizationStatus.${c.value as 'active'}`)}
                {c.reason && `（${c.reason}）`}
                {c.documentRef && (
                  <div className="muted">{t('organizations.history.document', { ref: c.documentRef })}</div>
                )}
                <FilingConfirmation
                  organizationId={organizationId}
                  homeCommunityId={homeCommunityId}
                  change={c}
                  onChanged={onChanged}
                />
                <ChangeDocument
                  organizationId={organizationId}
                  change={c}
                  mayAttachFiling={filesAsCommittee}
                  onChanged={onChanged}
                />
              </li>
            ))}
          </ol>
        )}
        <h3>{t('organizations.served.title')}</h3>
        <ul>
          {registry.servedCommunities.map((s) => (
            <li key={s.communityId}>
              {s.name} {s.since && t('organizations.served.since', { date: date(s.since) })}{' '}
              {s.until && t('organizations.served.until', { date: date(s.until) })}
            </li>
          ))}
        </ul>
        {registry.memberHistory?.some((m) => m.leftOn) && (
          <details>
            <summary>{t('organizations.members.history')}</summary>
            <ul>
              {registry.memberHistory.map((m) => (
                <li key={m.membershipId}>
                  {m.name}（{t(`memberRole.${m.role}`)}）
                  {m.joinedOn && t('organizations.members.joined', { date: date(m.joinedOn) })}{' '}
                  {m.leftOn && t('organizations.members.left', { date: date(m.leftOn) })}
                </li>
              ))}
            </ul>
          </details>
        )}
        {filesAsCommittee && <FilingForm organizationId={organizationId} onDone={onChanged} />}
        {registry.canRecord && (
          <>
            <ChangeForm organizationId={organizationId} onDone={onChanged} />
            <ServedCommunityForms organizationId={organizationId} registry={registry} onDone={onChanged} />
          </>
        )}
      </section>

      <section className="card" data-testid="sub-teams">
        <h2>{t('organizations.subTeams.title')}</h2>
        {registry.subTeams.length === 0 && <p className="muted">{t('organizations.none')}</p>}
        <ul>
          {registry.subTeams.map((team) => (
            <li key={team.id} data-testid="sub-team-row">
              <strong>{team.name}</strong> {t('organizations.subTeams.members', { count: team.memberCount })}
              {team.members && team.members.length > 0 && (
                <div className="muted">
                  {team.members
                    .map((m) => (m.role === 'leader' ? `${m.name}（${t('memberRole.leader')}）` : m.name))
                    .join(t('common.listSeparator'))}
                </div>
              )}
            </li>
          ))}
        </ul>
        {registry.canManageMembers && <SubTeamAdd organizationId={organizationId} onDone={onChanged} />}
        {registry.canManageMembers && (
          <SubTeamMemberForm organizationId={organizationId} registry={registry} onDone={onChanged} />
        )}
      </section>

      <ChatGroupsSection registry={registry} organizationId={organizationId} onChanged={onChanged} date={date} />

      <section className="card" data-testid="relations">
        <h2>{t('organizations.relations.title')}</h2>
        {registry.relations.length === 0 && <p className="muted">{t('organizations.none')}</p>}
        <ul>
          {registry.relations.map((r) => (
            <li key={r.id}>
              {t(`organizations.relations.kind.${r.kind}`)}{' '}
              {r.isOpenable ? (
                <a href={`/organizations/${r.organizationId}`}>{r.organizationName}</a>
              ) : (
                <span data-testid="relation-unlinked">{r.organizationName}</span>
              )}
              {r.direction === 'incoming' && ` ${t('organizations.relations.incoming')}`}
              {r.since && ` · ${t('organizations.served.since', { date: date(r.since) })}`}
              {r.until && ` · ${t('organizations.served.until', { date: date(r.until) })}`}
              {r.note && <div className="muted">{r.note}</div>}
            </li>
          ))}
        </ul>
        {registry.canRecord && <RelationForm organizationId={organizationId} streetId={streetId} onDone={onChanged} />}
      </section>

      {(registry.interviews.length > 0 || mayInterview) && (
        <section className="card" data-testid="interviews">
          <h2>{t('organizations.interviews.title')}</h2>
          {registry.interviews.map((i) => (
            <article key={i.id}>
              <p className="muted">
                {date(i.interviewedOn)} · {t('organizations.interviews.by', { name: i.interviewer })}
              </p>
              <dl>
                {(['origin', 'development', 'activities', 'difficulties', 'hopes', 'notes'] as const).map((key) =>
                  i[key] ? (
                    <div key={key}>
                      <dt>{t(`organizations.interviews.${key}`)}</dt>
                      <dd>{i[key]}</dd>
                    </div>
                  ) : null,
                )}
              </dl>
            </article>
          ))}
          {registry.interviews.length === 0 && <p className="muted">{t('organizations.none')}</p>}
          {mayInterview && <InterviewForm organizationId={organizationId} onDone={onChanged} />}
        </section>
      )}
    </>
  );
}

/** One text field and a button: the shortest form there is (a leader on a phone). */
function SubTeamAdd({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    subTeamInputSchema,
    { name: '' },
    {
      send: (data) => api.post(`/api/organizations/${organizationId}/sub-teams`, data),
      onSaved: onDone,
      afterSave: 'reset',
    },
  );
  return (
    <form className="form" data-testid="sub-team-add" noValidate onSubmit={form.onSubmit}>
      <TextField label={t('organizations.subTeams.name')} {...form.field('name')} />
      <FormFooter state={form} label={t('organizations.subTeams.add')} testId="sub-team-add-submit" />
    </form>
  );
}

/**
 * The registry's chat groups: the list with the sizes counted by hand, for those who may not read the
 * 群聊 section (which lists the same groups with their indicators and last count — one list a page),
 * and the quick forms (a group, a count) for the team and staff.
 */
function ChatGroupsSection({
  registry,
  organizationId,
  onChanged,
  date,
}: {
  registry: OrganizationRegistry;
  organizationId: string;
  onChanged: () => void;
  /** the registry's way of writing a day */
  date: (value: string | null) => string;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const isListedAbove = can(user, 'chat.figures.read');
  if (isListedAbove && !registry.canManageMembers) return null;
  return (
    <section className="card" data-testid="chat-groups">
      <h2>{t('organizations.chatGroups.title')}</h2>
      {isListedAbove ? (
        <p className="muted">{t('organizations.chatGroups.listedAbove')}</p>
      ) : (
        <>
          {registry.chatGroups.length === 0 && <p className="muted">{t('organizations.none')}</p>}
          <ul>
            {registry.chatGroups.map((g) => (
              <li key={g.id} data-testid="chat-group-row">
                <strong>{g.name}</strong> · {t(`chat.layer.${g.layer}`)}
                {g.counts.length > 0 && (
                  <div className="muted">
                    {t('organizations.chatGroups.counts')}：
                    {g.counts.map((c) => `${date(c.countedOn)} ${c.memberCount}`).join(' → ')}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {registry.canManageMembers && (
        <>
          <ChatGroupForm organizationId={organizationId} registry={registry} onDone={onChanged} />
          <ChatCountForm organizationId={organizationId} registry={registry} onDone={onChanged} />
        </>
      )}
    </section>
  );
}
