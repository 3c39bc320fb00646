import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../shared/validation';
import type { ActivityFormValues } from './form-values';

/** The frame of the leader's form's optional parts: a fold (<details>) and a plain select. */

export interface PlaceOptions {
  spaces: { id: string; name: string }[];
  estates: { id: string; name: string; courtyards: { id: string; name: string }[] }[];
}

export interface SectionProps {
  values: ActivityFormValues;
  set: (patch: Partial<ActivityFormValues>) => void;
  errors: FieldErrors;
}

export function Fold({
  title,
  testId,
  children,
  open,
}: {
  title: string;
  testId: string;
  children: React.ReactNode;
  open?: boolean;
}) {
  return (
    <details className="fold" data-testid={testId} open={open}>
      <summary>{title}</summary>
      <div className="fold__body">{children}</div>
    </details>
  );
}

export function Select({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  options: { id: string; name: string }[];
  onChange: (value: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} data-testid={testId} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('activities.form.choose')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
