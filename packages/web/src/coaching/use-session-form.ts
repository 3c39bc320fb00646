import {
  type CoachingCapability,
  type CoachingKind,
  type CoachingSession,
  coachingSessionInputSchema,
  coachingSessionUpdateInputSchema,
  shanghaiDate,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { useUser } from '../shared/session';
import { useSchemaForm } from '../shared/use-schema-form';

export const durationPresets: readonly number[] = [60, 90, 120];

/** People present are offered (and sent) for a few organizations only: a one-to-one, a small workshop. */
export const maxOrganizationsWithPeople = 3;

/**
 * The values and the save of the session form, shared by "record" (POST) and "change" (PATCH,
 * `session` given: every field prefilled from it). A change sends every list shown, which replaces
 * the old one; the people present are left alone when they are not offered.
 */
export function useSessionForm({
  session,
  initialIds,
  onSaved,
}: {
  session: CoachingSession | undefined;
  initialIds: string[];
  onSaved: (session: CoachingSession) => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const isPreset = session ? durationPresets.includes(session.durationMinutes) : true;
  return useSchemaForm(
    session ? coachingSessionUpdateInputSchema : coachingSessionInputSchema,
    {
      kind: session?.kind ?? ('open_day' as CoachingKind),
      heldOn: session?.heldOn ?? shanghaiDate(new Date()),
      startTime: session?.startTime ?? '',
      /** The chosen preset; a custom duration typed beside it wins. */
      presetMinutes: session && isPreset ? session.durationMinutes : 90,
      customMinutes: session && !isPreset ? String(session.durationMinutes) : '',
      isOnline: session?.isOnline ?? false,
      organizationIds: session?.organizations.map((o) => o.id) ?? initialIds,
      topic: session?.topic ?? '',
      capabilities: session?.capabilities ?? ([] as CoachingCapability[]),
      otherCount: session?.otherCount ? String(session.otherCount) : '',
      outcomeNotes: session?.outcomeNotes ?? '',
      staffUserIds: session?.staff.map((s) => s.id) ?? [user.id],
      personIds: session?.people.map((p) => p.id) ?? [],
    },
    {
      toInput: ({ presetMinutes, customMinutes, otherCount, startTime, outcomeNotes, topic, ...values }) => {
        const withPeople = values.organizationIds.length <= maxOrganizationsWithPeople;
        const cleared = session ? null : undefined;
        return {
          ...values,
          startTime: startTime || cleared,
          durationMinutes: customMinutes.trim() ? Number.parseInt(customMinutes, 10) : presetMinutes,
          // More than three organizations: people are not offered, so a change keeps the old list.
          personIds: withPeople ? values.personIds : session ? undefined : [],
          topic: topic.trim(),
          otherCount: otherCount.trim() ? Number.parseInt(otherCount, 10) : 0,
          outcomeNotes: outcomeNotes.trim() || cleared,
        };
      },
      send: (data) =>
        session
          ? api.patch<CoachingSession>(`/api/coaching-sessions/${encodeURIComponent(session.id)}`, data)
          : api.post<CoachingSession>('/api/coaching-sessions', data),
      onSaved,
      fieldMessages: { organizationIds: t('coaching.form.pickOrganization') },
      constraintsFrom: coachingSessionInputSchema,
    },
  );
}

export type SessionFormState = ReturnType<typeof useSessionForm>;
