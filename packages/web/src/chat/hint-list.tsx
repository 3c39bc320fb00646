import type { ChatGroupAnalysis } from '@seedbed/core';
import { useTranslation } from 'react-i18next';

/** Coaching hints in plain Chinese, each rendered from its code and numbers (core's chatHintTemplates). */
export function HintList({ hints, testId }: { hints: ChatGroupAnalysis['hints']; testId: string }) {
  const { t } = useTranslation();
  return (
    <ul className="chat-hints" data-testid={testId}>
      {hints.map((hint) => (
        <li key={hint.code}>
          {t(`chat.hint.${hint.code.replace('chat.hint.', '') as 'one_voice'}`, {
            ...hint.values,
            unit: hint.unit ? t(`chat.unit.${hint.unit}`) : '',
          })}
        </li>
      ))}
    </ul>
  );
}
