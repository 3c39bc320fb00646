import { type HonourRecognition, type HonourType, honourRecognitions } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../shared/error-notice';
import { TextField } from '../shared/text-field';
import { useWrite } from '../shared/use-write';

export type HonourList = { honourTypes: HonourType[] };

export interface HonourTypeValues {
  name: string;
  recognises: HonourRecognition;
  earnedBy: string;
  decidedBy: string;
}

export const emptyHonourType: HonourTypeValues = { name: '', recognises: 'participation', earnedBy: '', decidedBy: '' };

/**
 * An honour's name and published rule — what earns it, who decides — one form for setting one up
 * and for changing it (the change is audited, so what the rule said when someone was honoured can
 * be read back). `send` posts or patches and answers the community's honours.
 */
export function HonourTypeForm({
  initial,
  title,
  submitLabel,
  send,
  onSaved,
  keepsValues = false,
}: {
  initial: HonourTypeValues;
  title: string;
  submitLabel: string;
  send: (values: HonourTypeValues) => Promise<HonourList>;
  onSaved: (list: HonourList) => void;
  /** Editing keeps what was saved in the boxes; setting up a new one empties them. */
  keepsValues?: boolean;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const write = useWrite(() => {
    if (!keepsValues) setValues(initial);
  });
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void write.run(async () => onSaved(await send(values)));
      }}
    >
      <h3>{title}</h3>
      <TextField
        label={t('allocation.honours.name')}
        value={values.name}
        onChange={(value) => setValues({ ...values, name: value })}
        maxLength={60}
        required
        testId="honour-name"
      />
      <label className="field">
        <span>{t('allocation.honours.recognises')}</span>
        <select
          value={values.recognises}
          onChange={(e) => setValues({ ...values, recognises: e.target.value as HonourRecognition })}
        >
          {honourRecognitions.map((r) => (
            <option key={r} value={r}>
              {t(`allocation.honours.recognition.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <TextField
        label={t('allocation.honours.earnedBy')}
        value={values.earnedBy}
        onChange={(value) => setValues({ ...values, earnedBy: value })}
        multiline
        maxLength={2000}
        required
        testId="honour-earned-by"
      />
      <TextField
        label={t('allocation.honours.decidedBy')}
        value={values.decidedBy}
        onChange={(value) => setValues({ ...values, decidedBy: value })}
        maxLength={200}
        required
        testId="honour-decided-by"
      />
      {write.error && <ErrorNotice message={write.error} />}
      <button type="submit" className="button button--primary" disabled={write.busy} data-testid="honour-type-save">
        {submitLabel}
      </button>
    </form>
  );
}
