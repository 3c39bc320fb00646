import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, type SelectFieldProps } from './select-field';

/** Up to this many choices a native select is quicker; beyond it (a street's 81 organizations) one types. */
export const typeAheadAbove = 12;
/** Matches shown under the box: a phone's screen, above its keyboard. */
const shownMatches = 8;

/**
 * The options whose label holds what was typed (trimmed, any case), in their order, except those
 * already taken; an empty box offers the first ones. Shared by the pickers that search a list
 * held in the browser (this one, the coaching form's organizations).
 */
export function matchingOptions<O extends { label: string }>(
  options: readonly O[],
  typed: string,
  except: (option: O) => boolean = () => false,
): O[] {
  const needle = typed.trim().toLocaleLowerCase();
  return options.filter((option) => !except(option) && option.label.toLocaleLowerCase().includes(needle));
}

/**
 * A choice among many, by typing part of its name (issue 16: an 81-option organization select is
 * a long scroll on a phone). Takes SelectField's props and is that native select while there are
 * few options; beyond `typeAheadAbove` it is a search box with the matches as buttons under it,
 * and the chosen one shown with 更换 (change). `placeholder` is what an empty choice means ("all
 * organizations" in a filter). Test ids: `<testId>` the box (or the select), `<testId>-option`,
 * `<testId>-chosen`, `<testId>-change`.
 */
export function SearchSelect<T extends string = string>(props: SelectFieldProps<T>) {
  if (props.options.length <= typeAheadAbove) return <SelectField {...props} />;
  return <TypeAhead {...props} />;
}

function TypeAhead<T extends string>({
  label,
  value,
  onChange,
  options,
  placeholder,
  hint,
  error,
  required = false,
  testId = 'search-select',
}: SelectFieldProps<T>) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const id = useId();
  const chosen = value ? options.find((option) => option.value === value) : undefined;
  const matches = matchingOptions(options, typed);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const choose = (next: T) => {
    onChange(next);
    setTyped('');
  };
  return (
    <div className={error ? 'field field--invalid search-select' : 'field search-select'}>
      {chosen ? <span className="search-select__label">{label}</span> : <label htmlFor={id}>{label}</label>}
      {chosen ? (
        <div className="search-select__chosen">
          <strong data-testid={`${testId}-chosen`}>{chosen.label}</strong>
          <button
            type="button"
            className="button button--secondary"
            aria-label={t('picker.changeLabel', { label })}
            onClick={() => choose('' as T)}
            data-testid={`${testId}-change`}
          >
            {t('picker.change')}
          </button>
        </div>
      ) : (
        <>
          <input
            id={id}
            type="search"
            value={typed}
            placeholder={placeholder}
            required={required}
            maxLength={60}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            data-testid={testId}
            onChange={(event) => setTyped(event.target.value)}
          />
          <p className="field__hint" id={`${id}-hint`} aria-live="polite">
            {matches.length === 0
              ? t('picker.nothingFound', { typed: typed.trim() })
              : matches.length > shownMatches
                ? t('picker.more', { shown: shownMatches, count: matches.length })
                : (hint ?? t('picker.typeToFind'))}
          </p>
          <ul className="search-select__matches">
            {matches.slice(0, shownMatches).map((option) => (
              <li key={option.value}>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => choose(option.value)}
                  data-testid={`${testId}-option`}
                >
                  {option.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
