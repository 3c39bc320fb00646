import { useTranslation } from 'react-i18next';
import { movedItem } from './form-values';

/**
 * The agenda as a list of big inputs: add one at the end, remove one, move one up or down — no
 * dragging, which is hard on a cheap phone. Blank items are left out when the form is sent.
 */
export function AgendaEditor({
  items,
  onChange,
  maxLength,
  error,
}: {
  items: readonly string[];
  onChange: (items: string[]) => void;
  maxLength?: number | undefined;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const move = (from: number, to: number) => onChange(movedItem(items, from, to));
  return (
    <fieldset className="form__section agenda-editor" data-testid="meeting-agenda">
      <legend>{t('deliberation.form.agenda')}</legend>
      <ol className="agenda-editor__list">
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an item is its position; moving swaps the texts
          <li key={index} className="agenda-editor__item">
            <input
              aria-label={t('deliberation.form.agendaItem', { n: index + 1 })}
              value={item}
              maxLength={maxLength}
              onChange={(event) => onChange(items.map((old, i) => (i === index ? event.target.value : old)))}
              data-testid="meeting-agenda-item"
            />
            <span className="agenda-editor__buttons">
              <button
                type="button"
                className="button button--secondary"
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
              >
                {t('deliberation.form.agendaUp')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={index === items.length - 1}
                onClick={() => move(index, index + 1)}
              >
                {t('deliberation.form.agendaDown')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onChange(items.filter((_, i) => i !== index))}
                data-testid="meeting-agenda-remove"
              >
                {t('deliberation.form.agendaRemove')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      {error && <p className="field__error">{error}</p>}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...items, ''])}
        data-testid="meeting-agenda-add"
      >
        {t('deliberation.form.agendaAdd')}
      </button>
    </fieldset>
  );
}
