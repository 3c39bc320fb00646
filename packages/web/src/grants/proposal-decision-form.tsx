import { useRef } from 'react';
import { TextField } from '../shared/text-field';
import { type FormSchema, useSchemaForm } from '../shared/use-schema-form';

/**
 * A word on a proposal in one tap: an optional note and two big buttons (认可 / 不认可 for the
 * committee, 采纳 / 不采纳 for the team answering a comment). The button tapped is the decision.
 */
export function DecisionForm<Choice extends string, Result>({
  schema,
  choices,
  noteLabel,
  send,
  onSaved,
  testId,
}: {
  schema: FormSchema<{ decision: Choice; note: string }>;
  /** The first is the primary button. */
  choices: readonly [DecisionChoice<Choice>, DecisionChoice<Choice>];
  noteLabel: string;
  send: (body: { decision: Choice; note: string }) => Promise<Result>;
  onSaved: (result: Result) => void;
  testId: string;
}) {
  // Which button sent the form: read when it is parsed.
  const decision = useRef<Choice>(choices[0].value);
  const form = useSchemaForm(
    schema,
    { note: '' },
    {
      toInput: ({ note }) => ({ note, decision: decision.current }),
      send,
      onSaved,
    },
  );
  return (
    <form className="form" noValidate onSubmit={form.onSubmit} data-testid={testId}>
      <TextField label={noteLabel} {...form.field('note')} testId={`${testId}-note`} />
      <div className="proposal-row__pair">
        {choices.map((choice, index) => (
          <button
            key={choice.value}
            type="submit"
            className={`button button--block ${index === 0 ? 'button--primary' : 'button--secondary'}`}
            data-testid={choice.testId}
            disabled={form.isSubmitting}
            onClick={() => {
              decision.current = choice.value;
            }}
          >
            {choice.label}
          </button>
        ))}
      </div>
      {form.failure && <p className="field__error">{form.failure}</p>}
    </form>
  );
}

export interface DecisionChoice<Choice extends string> {
  value: Choice;
  label: string;
  testId: string;
}
