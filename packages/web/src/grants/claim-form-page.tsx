import {
  type ClaimInput,
  claimInputSchema,
  type GrantAgreement,
  type GrantClaim,
  parseYuan,
  shanghaiDate,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { sentPhotoSide, shrinkPhoto } from '../shared/shrink-photo';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import './grants.css';

/**
 * 报销 on a phone (the treasurer, the leader): the budget line as big buttons, the amount typed in
 * yuan and read by string (¥35.50 → 3550 fen, never a float), what it bought, who paid it (the
 * account's holder unless changed), the day (today unless changed), and the receipt photographed
 * and shrunk on the phone. The claim is written first, then the photo: a photo that fails leaves
 * the claim kept and says so, and the photo can be added again from the claim.
 */
export function ClaimFormPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('grants.money.form.title'));
  const { resource, reload } = useResource<GrantAgreement>(`/api/grant-agreements/${encodeURIComponent(id)}`);
  return (
    <article className="page page--narrow" data-testid="grant-claim-form">
      <header className="page-header">
        <h1>{t('grants.money.form.title')}</h1>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {(agreement) => <ClaimForm agreement={agreement} />}
      </ResourceView>
    </article>
  );
}

function ClaimForm({ agreement }: { agreement: GrantAgreement }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [lineKey, setLineKey] = useState<string | null>(
    agreement.lines.length === 1 ? (agreement.lines[0]?.key ?? null) : null,
  );
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [advancedByName, setAdvancedByName] = useState(user.displayName);
  const [spentOn, setSpentOn] = useState(() => shanghaiDate(new Date()));
  const [photo, setPhoto] = useState<File | null>(null);
  const [amountError, setAmountError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const back = `/grants/agreements/${encodeURIComponent(agreement.id)}`;

  const submit = async () => {
    setFailure(undefined);
    const amountFen = parseYuan(amount);
    setAmountError(amountFen === null ? t('grants.money.form.amountInvalid') : undefined);
    const parsed = claimInputSchema.safeParse({ lineKey, amountFen, description, advancedByName, spentOn });
    if (!parsed.success) return;
    setSaving(true);
    try {
      const claim = await api.post<GrantClaim>(
        `/api/grant-agreements/${encodeURIComponent(agreement.id)}/claims`,
        parsed.data satisfies ClaimInput,
      );
      if (photo) {
        try {
          await api.post(`/api/grant-claims/${claim.id}/receipts`, await shrinkPhoto(photo, sentPhotoSide.photo));
        } catch (error) {
          setFailure(t('grants.money.form.photoFailed', { message: asApiError(error).message }));
          setSaving(false);
          return;
        }
      }
      void navigate(back);
    } catch (error) {
      setFailure(asApiError(error).message);
      setSaving(false);
    }
  };

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset className="grant-line-choice">
        <legend>{t('grants.money.form.line')}</legend>
        {agreement.lines.map((line) => (
          <button
            key={line.key}
            type="button"
            className={
              line.key === lineKey ? 'button button--primary button--block' : 'button button--secondary button--block'
            }
            aria-pressed={line.key === lineKey}
            onClick={() => setLineKey(line.key)}
            data-testid="grant-claim-line"
          >
            {line.label}
          </button>
        ))}
      </fieldset>
      <TextField
        label={t('grants.money.form.amount')}
        hint={t('grants.money.form.amountHint')}
        value={amount}
        onChange={setAmount}
        error={amountError}
        required
        testId="grant-claim-amount"
      />
      <TextField
        label={t('grants.money.form.what')}
        value={description}
        onChange={setDescription}
        maxLength={200}
        required
        testId="grant-claim-what"
      />
      <TextField
        label={t('grants.money.form.whoAdvanced')}
        value={advancedByName}
        onChange={setAdvancedByName}
        maxLength={60}
        required
        testId="grant-claim-who"
      />
      <TextField
        label={t('grants.money.form.date')}
        type="date"
        value={spentOn}
        onChange={setSpentOn}
        testId="grant-claim-date"
      />
      <div className="field">
        <label className="button button--secondary button--block">
          {t('grants.money.form.photo')}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            hidden
            data-testid="grant-claim-photo"
            onChange={(event) => setPhoto(event.target.files?.[0] ?? null)}
          />
        </label>
        {photo && <p className="muted">{t('grants.money.form.photoChosen', { name: photo.name })}</p>}
      </div>
      {failure && <ErrorNotice message={failure} />}
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={saving || !lineKey || !amount || !description}
        data-testid="grant-claim-save"
      >
        {saving ? t('grants.money.form.saving') : t('grants.money.form.save')}
      </button>
    </form>
  );
}
