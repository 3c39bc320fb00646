/** A checkbox with a label that is itself a big tap target. */
export function CheckField({
  label,
  checked,
  onChange,
  testId,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
}) {
  return (
    <label
      className="field"
      style={{ display: 'flex', flexDirection: 'row', alignItems: 'center', gap: 8, minHeight: 48 }}
    >
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        data-testid={testId}
        style={{ width: 24, height: 24 }}
      />
      {label}
    </label>
  );
}
