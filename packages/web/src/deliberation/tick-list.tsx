/**
 * A list of big ticks (≥ 48 px rows for older hands on a phone): the proposals put to a vote, the
 * slips handed in on paper, a term's members. `ticked` holds the ids; a disabled item cannot change.
 */
export function TickList({
  legend,
  items,
  ticked,
  onChange,
  error,
  testId,
  itemTestId,
}: {
  legend: string;
  items: readonly { id: string; label: string; isDisabled?: boolean }[];
  ticked: readonly string[];
  onChange: (next: readonly string[]) => void;
  error?: string | undefined;
  testId: string;
  itemTestId?: string;
}) {
  return (
    <fieldset className="tick-list" data-testid={testId}>
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item.id} className="vote-check">
          <input
            type="checkbox"
            disabled={item.isDisabled}
            checked={ticked.includes(item.id)}
            data-item={item.id}
            data-testid={itemTestId}
            onChange={(event) =>
              onChange(event.target.checked ? [...ticked, item.id] : ticked.filter((id) => id !== item.id))
            }
          />{' '}
          {item.label}
        </label>
      ))}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
