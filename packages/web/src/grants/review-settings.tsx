import type { DecisionTableView } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { formatDateTime } from '../shared/format';

/** Above the decision table: 展示评审's share of the total, and releasing the scores to the teams (once). */
export function ReviewSettings({ view, onChanged }: { view: DecisionTableView; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [weight, setWeight] = useState(String(view.presentationWeightPercent));
  const [failure, setFailure] = useState<string | null>(null);

  async function run(send: () => Promise<unknown>) {
    setFailure(null);
    try {
      await send();
      onChanged();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  const isReleased = view.releasedAt !== null;
  return (
    <section className="card grant-row" data-testid="grant-review-settings">
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() =>
            api.put(`/api/grant-rounds/${view.roundId}/presentation-weight`, {
              presentationWeightPercent: Number(weight),
            }),
          );
        }}
      >
        <div className="field grant-weight">
          <label>
            {t('grantReviews.table.presentation')}
            <input
              type="number"
              min={0}
              max={100}
              inputMode="numeric"
              value={weight}
              disabled={isReleased}
              onChange={(event) => setWeight(event.target.value)}
              data-testid="grant-presentation-weight"
            />
          </label>
        </div>
        <button type="submit" className="button" disabled={isReleased} data-testid="grant-presentation-weight-save">
          {t('grantReviews.table.savePresentation')}
        </button>
      </form>
      <div>
        {isReleased ? (
          <p data-testid="grant-review-released">
            {t('grantReviews.setup.releasedAt', { at: formatDateTime(view.releasedAt, locale) })}
          </p>
        ) : (
          <>
            <p className="muted">{t('grantReviews.setup.releaseHint')}</p>
            <button
              type="button"
              className="button"
              onClick={() => void run(() => api.post(`/api/grant-rounds/${view.roundId}/release-reviews`))}
              data-testid="grant-review-release"
            >
              {t('grantReviews.setup.release')}
            </button>
          </>
        )}
      </div>
      {failure && <ErrorNotice message={failure} />}
    </section>
  );
}
