import {
  can,
  type PersonVolunteerHours as PersonHours,
  type Standing,
  type VolunteerCertificateSummary,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { useSubmission } from '../shared/use-schema-form';
import { formatMinutes } from './hours-format';
import { HoursList, HoursTotalsView } from './hours-list';
import './volunteering.css';

/**
 * A person's volunteer service record and certificates, on the person page (volunteering slice):
 * totals by basis, entries (staff confirm those entered afterwards), certificates with their PDF
 * and as an image to long-press and save,
 * and "出具证明" for the recording organization's leader or staff (谁记录谁证明).
 */
export function PersonVolunteerHours({ personId }: { personId: string }) {
  const user = useUser();
  if (!can(user, 'volunteering.read')) return null;
  return <PersonHoursSection personId={personId} role={user} />;
}

function PersonHoursSection({ personId, role }: { personId: string; role: Standing }) {
  const { t } = useTranslation();
  const { resource, reload } = useResource<PersonHours>(`/api/people/${personId}/volunteer-hours`);
  if (resource.status !== 'ready') return null;
  const record = resource.data;
  return (
    <section className="card" aria-labelledby="person-hours-title" data-testid="person-volunteer-hours">
      <h2 id="person-hours-title">{t('volunteering.person.title')}</h2>
      <HoursTotalsView totals={record.totals} />
      <HoursList items={record.items} canConfirm={can(role, 'volunteering.confirm')} show="person" onChanged={reload} />
      <Certificates record={record} onChanged={reload} />
    </section>
  );
}

export function CertificateList({ certificates }: { certificates: VolunteerCertificateSummary[] }) {
  const { t } = useTranslation();
  if (certificates.length === 0) return <p className="muted">{t('volunteering.person.noCertificates')}</p>;
  return (
    <ul className="certificate-list" data-testid="certificate-list">
      {certificates.map((certificate) => (
        <li key={certificate.id} data-testid="certificate-row">
          <span>
            {t('volunteering.person.certificateLine', {
              number: certificate.number,
              organization: certificate.organizationName,
              date: certificate.issuedOn,
              minutes: formatMinutes(certificate.totalMinutes, t),
            })}
          </span>
          <a href={certificate.pdfUrl} target="_blank" rel="noreferrer" data-testid="certificate-pdf">
            {t('volunteering.person.print')}
          </a>
          {/* WeChat's browser often cannot open a PDF: the same certificate as an image to long-press and save. */}
          <figure className="certificate-image">
            <figcaption data-testid="certificate-image-hint">{t('volunteering.person.longPressToSave')}</figcaption>
            <img
              src={certificate.imageUrl}
              alt={t('volunteering.person.certificateImage', { number: certificate.number })}
              loading="lazy"
              width={1080}
              data-testid="certificate-image"
            />
          </figure>
        </li>
      ))}
    </ul>
  );
}

function Certificates({ record, onChanged }: { record: PersonHours; onChanged: () => void }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const issuing = useSubmission();
  const { failure, isSubmitting: isSending } = issuing;

  async function issue(organizationId: string) {
    const isIssued = await issuing.run(async () => {
      const issued = await api.post<VolunteerCertificateSummary>(
        `/api/people/${record.personId}/volunteer-certificates`,
        { organizationId },
      );
      setNotice(t('volunteering.person.issued', { number: issued.number }));
    });
    if (isIssued) onChanged();
  }

  return (
    <div className="person-certificates">
      <h3>{t('volunteering.person.certificates')}</h3>
      <CertificateList certificates={record.certificates} />
      {record.certifiableOrganizations.length > 0 && <p className="muted">{t('volunteering.person.rule')}</p>}
      {record.certifiableOrganizations.map((organization) => (
        <button
          key={organization.id}
          type="button"
          className="button button--secondary button--wrap"
          disabled={isSending}
          onClick={() => issue(organization.id)}
          data-testid="certificate-issue"
        >
          {t('volunteering.person.issue')} ·{' '}
          {t('volunteering.person.issueFor', {
            organization: organization.name,
            minutes: formatMinutes(organization.certifiableMinutes, t),
          })}
        </button>
      ))}
      {notice && (
        <p className="success" role="status" data-testid="certificate-issued">
          {notice}
        </p>
      )}
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
