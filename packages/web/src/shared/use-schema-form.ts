import type { TFunction } from 'i18next';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from './api';
import { type FieldConstraints, fieldConstraints, type SchemaNode } from './schema-fields';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer, type SchemaIssue } from './validation';

/**
 * The one form cycle of the app (../shared/style.md, "Form"): the values being typed, the core
 * schema's parse on submit, field errors from the schema and from the server beside their inputs,
 * anything else once above the button, and submitting → saved. Inputs take `required` and
 * `maxLength` from the same schema (`form.field(name)`), so a limit is written once, in core.
 */

/** Any core zod schema: its safeParse, and the surface schema-fields.ts reads for constraints. */
export type FormSchema<Out> = Omit<SchemaNode, 'safeParse'> & {
  safeParse(
    value: unknown,
  ): { success: true; data: Out } | { success: false; error: { issues: readonly SchemaIssue[] } };
};

/** What the user sees of a submission: beside the inputs, above the button, and on the button. */
export interface SubmissionState {
  errors: FieldErrors;
  failure: string | null;
  isSubmitting: boolean;
  isSaved: boolean;
  /** The machine code of the failure (`invite.used`), for a screen that offers a way on. */
  failureCode: string | null;
}

const idle: SubmissionState = { errors: {}, failure: null, failureCode: null, isSubmitting: false, isSaved: false };

/** A refused or failed request as the form shows it: the server's field issues, and its message. */
export function failureOf(error: unknown): Pick<SubmissionState, 'errors' | 'failure' | 'failureCode'> {
  const apiError = asApiError(error);
  return { errors: fieldErrorsFromServer(apiError.fields), failure: apiError.message, failureCode: apiError.code };
}

/** The schema's answer for `input`: the parsed value, or one message per field in the user's language. */
export function parseForm<Out>(
  schema: Pick<FormSchema<Out>, 'safeParse'>,
  input: unknown,
  t: TFunction,
): { ok: true; data: Out } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues, t) };
}

/**
 * Submitting / saved / failure around any request (a form's save, a row's "archive"). `run` answers
 * whether the action succeeded; a second run while one is under way is ignored.
 */
export function useSubmission() {
  const [state, setState] = useState<SubmissionState>(idle);
  const isRunning = useRef(false);

  async function run(action: () => Promise<unknown>): Promise<boolean> {
    if (isRunning.current) return false;
    isRunning.current = true;
    setState({ ...idle, isSubmitting: true });
    try {
      await action();
      setState({ ...idle, isSaved: true });
      return true;
    } catch (error) {
      setState({ ...idle, ...failureOf(error) });
      return false;
    } finally {
      isRunning.current = false;
    }
  }

  /** Shows errors found before sending (the schema's, or a rule the form checks itself). */
  function refuse(errors: FieldErrors, failure: string | null = null) {
    setState({ ...idle, errors, failure });
  }

  /** "Saved" is about what was sent: it goes once the user changes something again. */
  function forgetSaved() {
    setState((current) => (current.isSaved ? { ...current, isSaved: false } : current));
  }

  return { ...state, run, refuse, forgetSaved };
}

/** Keys of `Values` holding text (what a TextField or SelectField edits). */
type TextKeys<Values> = { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values];

export interface SchemaFormOptions<Values, Out, Result> {
  /** The values as the schema reads them (blank text → left out, digits → a number…); default: as they are. */
  toInput?: (values: Values) => unknown;
  /** Sends the parsed value; its answer goes to `onSaved`. */
  send: (data: Out, values: Values) => Promise<Result>;
  onSaved?: (result: Result, values: Values) => void;
  /**
   * What the inputs hold after a save: the same values (an edit form, the default), `initial` again
   * ('reset', a form that adds one record after another), or what a function makes of them.
   */
  afterSave?: 'keep' | 'reset' | ((values: Values, result: Result) => Values);
  /**
   * The schema the inputs take their constraints from, when not the one parsed: an edit form parses a
   * partial update, yet a name stays required.
   */
  constraintsFrom?: SchemaNode;
  /** A field's own words for any problem the schema finds with it ("pick at least one organization"). */
  fieldMessages?: FieldErrors;
  /**
   * Rules across fields the schema does not hold (the end after the start, the password typed twice),
   * given what the schema found; shown together with it, the schema's message first for a field.
   */
  check?: (values: Values, schemaErrors: FieldErrors) => FieldErrors;
}

export function useSchemaForm<Values extends object, Out, Result = unknown>(
  schema: FormSchema<Out>,
  initial: Values,
  options: SchemaFormOptions<Values, Out, Result>,
) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(initial);
  const submission = useSubmission();
  const constraintsSchema = options.constraintsFrom ?? schema;

  function change(next: Values | ((current: Values) => Values)) {
    setValues(next);
    submission.forgetSaved();
  }

  function set<K extends keyof Values>(name: K, value: Values[K]) {
    change((current) => ({ ...current, [name]: value }));
  }

  /** Constraints of any field of the schema, also one the form holds under another name. */
  function constraints(name: string): FieldConstraints {
    return fieldConstraints(constraintsSchema, name);
  }

  /** Everything a TextField or SelectField needs for one field: `<TextField {...form.field('name')} />`. */
  function field<K extends TextKeys<Values> & string>(name: K) {
    const { required, maxLength } = constraints(name);
    return {
      value: values[name],
      onChange: (value: Values[K]) => set(name, value),
      error: submission.errors[name],
      required,
      ...(maxLength !== undefined && { maxLength }),
    };
  }

  /** Parses, sends and settles; the server's answer when it was saved, null when it was not. */
  async function submit(): Promise<{ result: Result } | null> {
    const parsed = parseForm(schema, options.toInput ? options.toInput(values) : values, t);
    const schemaErrors = parsed.ok ? {} : { ...parsed.errors };
    for (const [name, message] of Object.entries(options.fieldMessages ?? {}))
      if (schemaErrors[name] !== undefined) schemaErrors[name] = message;
    const errors = { ...options.check?.(values, schemaErrors), ...schemaErrors };
    if (!parsed.ok || Object.keys(errors).length > 0) {
      submission.refuse(errors);
      return null;
    }
    let result: Result | undefined;
    const isSaved = await submission.run(async () => {
      result = await options.send(parsed.data, values);
    });
    if (!isSaved) return null;
    const { afterSave = 'keep' } = options;
    if (afterSave === 'reset') setValues(initial);
    else if (typeof afterSave === 'function') setValues(afterSave(values, result as Result));
    options.onSaved?.(result as Result, values);
    return { result: result as Result };
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit();
  }

  function reset(next: Values = initial) {
    setValues(next);
    submission.refuse({});
  }

  return {
    values,
    set,
    setValues: change,
    field,
    constraints,
    errors: submission.errors,
    failure: submission.failure,
    failureCode: submission.failureCode,
    isSubmitting: submission.isSubmitting,
    isSaved: submission.isSaved,
    refuse: submission.refuse,
    submit,
    onSubmit,
    reset,
  };
}

export type SchemaForm<Values extends object = Record<string, unknown>> = ReturnType<
  typeof useSchemaForm<Values, unknown, unknown>
>;
