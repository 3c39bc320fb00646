import {
  type CultivationProgrammeSummary,
  can,
  type Meeting,
  type MeetingType,
  meetingInputSchema,
  meetingUpdateSchema,
  type OrganizationSummary,
  shanghaiDate,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { SearchSelect } from '../shared/search-select';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { AgendaEditor } from './agenda-editor';
import { blankToUndefined } from './form-values';

/**
 * One form for a new meeting and for editing one (../shared/style.md "a form is its schema"): core's
 * meetingInputSchema makes, meetingUpdateSchema edits (the type, community and organizer stay as
 * made). Few required fields — type, title, day; the rest may stay blank. A team's leader convenes
 * its own team (the organizer and community are the team's); staff pick a team or none (the
 * committee's own meeting), and may name the cultivation programme the meeting belongs to.
 */
export interface MeetingFormValues {
  typeId: string;
  organizationId: string;
  communityId: string;
  programmeId: string;
  title: string;
  heldOn: string;
  place: string;
  agenda: string[];
}

function inputOf(values: MeetingFormValues) {
  return {
    typeId: values.typeId,
    communityId: values.communityId,
    organizationId: blankToUndefined(values.organizationId),
    programmeId: blankToUndefined(values.programmeId),
    title: values.title,
    heldOn: values.heldOn,
    place: blankToUndefined(values.place),
    agenda: values.agenda.filter((item) => item.trim() !== ''),
  };
}

export function valuesOfMeeting(meeting: Meeting): MeetingFormValues {
  return {
    typeId: meeting.typeId,
    organizationId: meeting.organizationId ?? '',
    communityId: meeting.communityId,
    programmeId: '',
    title: meeting.title,
    heldOn: meeting.heldOn,
    place: meeting.place ?? '',
    agenda: meeting.agenda.map((a) => a.title),
  };
}

export function MeetingForm({
  meeting,
  onSaved,
  initialOrganizationId,
}: {
  /** The meeting edited; none for a new one. */
  meeting: Meeting | null;
  onSaved: (saved: Meeting) => void;
  initialOrganizationId?: string | undefined;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const isTeam = user.scopeKind === 'organization';
  const types = useResource<MeetingType[]>('/api/meeting-types');
  const organizations = useResource<{ items: OrganizationSummary[] }>('/api/organizations');
  const teams = organizations.resource.status === 'ready' ? organizations.resource.data.items : [];
  const communityOf = (organizationId: string) => teams.find((o) => o.id === organizationId)?.homeCommunityId;
  const ownTeamId = isTeam ? (user.scopeId ?? '') : (initialOrganizationId ?? '');
  const form = useSchemaForm<MeetingFormValues, unknown, Meeting>(
    meeting ? meetingUpdateSchema : meetingInputSchema,
    meeting
      ? valuesOfMeeting(meeting)
      : {
          typeId: '',
          organizationId: ownTeamId,
          communityId: user.scopeKind === 'community' ? (user.scopeId ?? '') : '',
          programmeId: '',
          title: '',
          heldOn: shanghaiDate(new Date()),
          place: '',
          agenda: [''],
        },
    {
      constraintsFrom: meetingInputSchema,
      toInput: (values) => {
        // An official's meetings are in their own community (a team serving it may live elsewhere: the
        // server checks it serves); otherwise a team's meeting is in its home community, the committee's
        // in the one chosen.
        const communityId =
          user.scopeKind === 'community' && user.scopeId
            ? user.scopeId
            : (communityOf(values.organizationId) ?? values.communityId);
        const input = inputOf({ ...values, communityId });
        if (!meeting) return input;
        return { title: input.title, heldOn: input.heldOn, place: values.place, agenda: input.agenda };
      },
      send: (input) =>
        meeting
          ? api.patch<Meeting>(`/api/meetings/${encodeURIComponent(meeting.id)}`, input)
          : api.post<Meeting>('/api/meetings', input),
      onSaved,
    },
  );
  const team = teams.find((o) => o.id === form.values.organizationId);
  const communities = [...new Map(teams.map((o) => [o.homeCommunityId, o.homeCommunityName])).entries()].map(
    ([value, label]) => ({ value, label }),
  );
  const typeOptions =
    types.resource.status === 'ready'
      ? types.resource.data.map((type) => ({
          value: type.id,
          // The defaults' names are the catalogue's, in the reader's language; staff's are as typed.
          label: type.key ? t(`deliberation.type.${type.key}`, { defaultValue: type.name }) : type.name,
        }))
      : [];
  return (
    <form className="form card" noValidate data-testid="meeting-form" onSubmit={form.onSubmit}>
      {!meeting && (
        <SelectField
          label={t('deliberation.form.type')}
          hint={t('deliberation.form.typeHint')}
          options={typeOptions}
          placeholder=""
          {...form.field('typeId')}
          testId="meeting-type"
        />
      )}
      <TextField
        label={t('deliberation.form.title')}
        hint={t('deliberation.form.titleHint')}
        {...form.field('title')}
        testId="meeting-title"
      />
      <TextField label={t('deliberation.form.heldOn')} type="date" {...form.field('heldOn')} testId="meeting-held-on" />
      <TextField label={t('deliberation.form.place')} {...form.field('place')} testId="meeting-place" />
      {!meeting && !isTeam && (
        <SearchSelect
          label={t('deliberation.form.organizer')}
          placeholder={t('deliberation.form.organizerNone')}
          options={teams.map((o) => ({ value: o.id, label: o.name }))}
          {...form.field('organizationId')}
          testId="meeting-organizer"
        />
      )}
      {!meeting && !isTeam && !team && user.scopeKind !== 'community' && (
        <SelectField
          label={t('deliberation.form.community')}
          options={communities}
          placeholder=""
          {...form.field('communityId')}
          error={form.errors.communityId}
          testId="meeting-community"
        />
      )}
      {!meeting && can(user, 'coaching.programme.read') && (
        <ProgrammePicker value={form.values.programmeId} onChange={(id) => form.set('programmeId', id)} />
      )}
      <AgendaEditor
        items={form.values.agenda}
        onChange={(agenda) => form.set('agenda', agenda)}
        maxLength={form.constraints('agenda').maxLength}
        error={Object.entries(form.errors).find(([name]) => name.startsWith('agenda'))?.[1]}
      />
      <FormFooter
        state={form}
        label={t(meeting ? 'deliberation.form.save' : 'deliberation.form.create')}
        isBlock
        testId="meeting-save"
      />
    </form>
  );
}

/** The cultivation programmes (民生议题讨论会, 供需协商会…) staff see; the server keeps one of the meeting's street. */
function ProgrammePicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const programmes = useResource<{ items: CultivationProgrammeSummary[] }>('/api/cultivation-programmes');
  if (programmes.resource.status !== 'ready') return null;
  return (
    <SelectField
      label={t('deliberation.form.programme')}
      placeholder={t('deliberation.form.programmeNone')}
      options={programmes.resource.data.items.map((p) => ({ value: p.id, label: p.name }))}
      value={value}
      onChange={onChange}
      testId="meeting-programme"
    />
  );
}
