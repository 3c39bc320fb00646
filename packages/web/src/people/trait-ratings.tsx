import { type PersonTraits, type TraitKey, type TraitRating, traitKeys } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import './people.css';

const ratings = [1, 2, 3, 4, 5] as const;

/**
 * The seed's five traits (seed 003 §4.1.1), each rated with five big buttons 1–5 — one tap on a
 * phone instead of a slider or a select. Tapping the chosen rating again clears it (staff rate only
 * what they have seen). A note per rated trait.
 */
export function TraitRatings({ value, onChange }: { value: PersonTraits; onChange: (traits: PersonTraits) => void }) {
  const { t } = useTranslation();
  function set(key: TraitKey, trait: TraitRating | undefined) {
    const next: PersonTraits = { ...value };
    if (trait) next[key] = trait;
    else delete next[key];
    onChange(next);
  }
  return (
    <div className="trait-ratings" data-testid="trait-ratings">
      {traitKeys.map((key) => {
        const trait = value[key];
        return (
          <fieldset key={key} className="trait-rating" data-testid={`trait-${key}`}>
            <legend>{t(`people.traits.${key}`)}</legend>
            <div className="trait-rating__buttons">
              {ratings.map((rating) => (
                <button
                  key={rating}
                  type="button"
                  className="trait-rating__button"
                  aria-pressed={trait?.rating === rating}
                  aria-label={t('people.edit.rate', { trait: t(`people.traits.${key}`), rating })}
                  onClick={() => set(key, trait?.rating === rating ? undefined : { ...trait, rating })}
                  data-testid={`trait-${key}-${rating}`}
                >
                  {rating}
                </button>
              ))}
            </div>
            {trait && (
              <TextField
                label={t('people.edit.traitNote')}
                value={trait.note ?? ''}
                onChange={(note) => set(key, note ? { ...trait, note } : { rating: trait.rating })}
                maxLength={500}
                testId={`trait-${key}-note`}
              />
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
