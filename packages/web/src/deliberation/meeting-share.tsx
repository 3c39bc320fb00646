import { type Meeting, meetingUpdateSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { CopyLink } from '../shared/copy-link';
import { ErrorNotice } from '../shared/error-notice';
import { FoldedForm } from '../shared/folded-form';
import { TextField } from '../shared/text-field';
import { useSchemaForm, useSubmission } from '../shared/use-schema-form';

/**
 * The meeting's public summary, shared like a publicity draft: the chair writes an optional summary
 * for the public and taps 分享; the link /m/{code} (server-rendered, no JavaScript needed) shows the
 * record without any resident's name. Sharing again keeps the same link.
 */
export function MeetingShare({ meeting, onChanged }: { meeting: Meeting; onChanged: (meeting: Meeting) => void }) {
  const { t, i18n } = useTranslation();
  const sharing = useSubmission();
  const summary = useSchemaForm(
    meetingUpdateSchema,
    { publicSummary: meeting.publicSummary ?? '' },
    {
      send: (input) => api.patch<Meeting>(`/api/meetings/${encodeURIComponent(meeting.id)}`, input),
      onSaved: onChanged,
    },
  );
  const share = () =>
    sharing.run(async () => {
      const { shareCode } = await api.post<{ shareCode: string }>(
        `/api/meetings/${encodeURIComponent(meeting.id)}/share`,
      );
      onChanged({ ...meeting, shareCode });
    });
  const link = meeting.shareCode ? `${window.location.origin}/m/${meeting.shareCode}` : null;
  return (
    <section className="card" data-testid="meeting-share">
      <h2>{t('deliberation.share.title')}</h2>
      <p className="muted">{t('deliberation.share.intro')}</p>
      <FoldedForm
        title={t('deliberation.share.summary')}
        testId="meeting-public-summary-form"
        form={summary}
        submitLabel={t('deliberation.share.summarySave')}
      >
        <TextField
          label={t('deliberation.share.summary')}
          multiline
          {...summary.field('publicSummary')}
          testId="meeting-public-summary"
        />
      </FoldedForm>
      {link ? (
        <>
          <CopyLink label={t('deliberation.share.link')} link={link} testId="meeting-share-copy" />
          <p className="meeting-share-link">
            <a href={`${link}?lang=${i18n.language}`} target="_blank" rel="noreferrer" data-testid="meeting-share-link">
              {t('deliberation.share.open')}
            </a>
          </p>
        </>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={sharing.isSubmitting}
          onClick={() => void share()}
          data-testid="meeting-share-button"
        >
          {t('deliberation.share.share')}
        </button>
      )}
      {sharing.failure && <ErrorNotice message={sharing.failure} />}
    </section>
  );
}
