import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A link staff send themselves (usually in WeChat): shown whole, with a copy button. Where the
 * clipboard is not allowed (plain http, old WebViews) the text is selected for a long-press copy.
 */
export function CopyLink({ label, link, testId }: { label: string; link: string; testId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'manual'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopyState('copied');
    } catch {
      input.current?.select();
      setCopyState('manual');
    }
  }

  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div className="invite-link__row">
        <input
          id={id}
          ref={input}
          readOnly
          value={link}
          data-testid={testId}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button--secondary" data-testid={`${testId}-copy`} onClick={copy}>
          {t('copyLink.copy')}
        </button>
      </div>
      {copyState === 'copied' && <p className="success">{t('copyLink.copied')}</p>}
      {copyState === 'manual' && <p className="muted">{t('copyLink.copyManually')}</p>}
    </>
  );
}
