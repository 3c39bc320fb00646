import { motionChoices, type Vote } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { PaperTallyForm } from './paper-tally-form';

/** One vote: the question, how many voted so far, its slips to print and its closing; the result once closed. */
export function VoteCard({ vote, mayRun, onChanged }: { vote: Vote; mayRun: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [isClosing, setClosing] = useState(false);
  const [failure, setFailure] = useState<string>();
  // For, against and abstain have words; a choice vote's options are named by their labels.
  const label = (choice: string) =>
    (motionChoices as readonly string[]).includes(choice)
      ? t(`deliberation.vote.choice.${choice}`)
      : (vote.options.find((o) => o.id === choice)?.label ?? choice);
  const close = () => {
    setClosing(true);
    api.post(`/api/votes/${vote.id}/close`, {}).then(onChanged, (error: unknown) => {
      setFailure(asApiError(error).message);
      setClosing(false);
    });
  };
  const result = vote.result;
  return (
    <div className="vote" data-testid="vote">
      <h3>{vote.question}</h3>
      <p className="muted">
        {vote.isSecret ? t('deliberation.vote.secret') : t('deliberation.vote.open')} ·{' '}
        {t(`deliberation.rule.${vote.majorityRule}`)}
      </p>
      {failure && <ErrorNotice message={failure} />}
      {result ? (
        <div data-testid="vote-result">
          <p className="vote-outcome">
            <strong>{t(`deliberation.vote.outcome.${result.outcome}`)}</strong>
            {result.leaders.length > 0 && `：${result.leaders.map(label).join('、')}`}
          </p>
          <ul className="meeting-lines">
            {Object.entries(result.counts).map(([choice, count]) => (
              <li key={choice}>
                {label(choice)}：{count}
              </li>
            ))}
          </ul>
          <p className="muted">
            {t('deliberation.vote.cast', {
              cast: result.cast,
              eligible: result.eligible,
              quorum: result.quorumPercent,
              met: result.quorumMet ? t('deliberation.vote.quorumMet') : t('deliberation.vote.quorumNotMet'),
            })}
          </p>
          {result.objections > 0 && (
            <p>
              {t('deliberation.vote.objections', { count: result.objections })}
              {result.objectionNote ? `：${result.objectionNote}` : ''}
            </p>
          )}
        </div>
      ) : (
        <>
          <p data-testid="vote-count">
            {t('deliberation.vote.stillOpen')} ·{' '}
            {t('deliberation.vote.used', { used: vote.used, eligible: vote.eligible })}
            {vote.paperTally ? ` · ${t('deliberation.vote.paper', { ballots: vote.paperTally.ballots })}` : ''}
          </p>
          {mayRun && !vote.paperTally?.hasPhoto && (
            <PaperTallyForm vote={vote} photoOnly={vote.paperTally !== null} onSaved={onChanged} />
          )}
          {mayRun && (
            <p className="vote-actions">
              <a
                className="button"
                href={`/api/votes/${vote.id}/slips.pdf?lang=${i18n.language}`}
                target="_blank"
                rel="noreferrer"
                data-testid="slips-pdf"
              >
                {t('deliberation.vote.printSlips')}
              </a>{' '}
              <button
                type="button"
                className="button button--primary"
                onClick={close}
                disabled={isClosing}
                data-testid="vote-close"
              >
                {isClosing ? t('deliberation.vote.closing') : t('deliberation.vote.close')}
              </button>
            </p>
          )}
        </>
      )}
      {vote.paperTally?.hasPhoto && (
        <p>
          <a href={`/api/votes/${vote.id}/paper-tally/photo`} target="_blank" rel="noreferrer">
            <img
              className="tally-sheet"
              src={`/api/votes/${vote.id}/paper-tally/photo?size=thumbnail`}
              alt={t('deliberation.tally.sheet')}
              data-testid="tally-sheet"
            />
          </a>
        </p>
      )}
      {vote.openBallots && vote.openBallots.length > 0 && (
        <details>
          <summary>{t('deliberation.vote.ballots')}</summary>
          <ul className="meeting-lines">
            {vote.openBallots.map((ballot, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two voters may share a name
              <li key={index}>
                {ballot.name}：{label(ballot.choice)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
