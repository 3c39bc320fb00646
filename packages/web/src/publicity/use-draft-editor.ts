import { type PublicityDraft, publicityUpdateInputSchema } from '@seedbed/core';
import { type FormEvent, useMemo, useState } from 'react';
import { api, asApiError } from '../shared/api';
import { useSchemaForm } from '../shared/use-schema-form';
import { type DraftForm, formOf, patchOf } from './draft-form';

/**
 * The publicity editor's state: the draft's form (useSchemaForm on the core update schema), whether
 * it has unsaved changes, and publishing — which saves first when there are any. The server may find
 * a phone or ID number in the words: the leader then removes it or publishes anyway.
 */
export function useDraftEditor(draft: PublicityDraft, onSaved: (draft: PublicityDraft) => void) {
  const [isDirty, setDirty] = useState(false);
  const [isPublishing, setPublishing] = useState(false);
  const [publishFailure, setPublishFailure] = useState<string | null>(null);
  const [contactWarning, setContactWarning] = useState<string | null>(null);
  const initial = useMemo(() => formOf(draft), [draft]);
  const form = useSchemaForm(publicityUpdateInputSchema, initial, {
    toInput: (values) => patchOf(values, draft),
    send: (data) => api.patch<PublicityDraft>(`/api/publicity/${draft.id}`, data),
    onSaved: () => setDirty(false),
  });

  function update(change: Partial<DraftForm>) {
    form.setValues((values) => ({ ...values, ...change }));
    setDirty(true);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPublishFailure(null);
    const saved = await form.submit();
    if (saved) onSaved(saved.result);
  }

  async function togglePublished(keepContactDetails = false) {
    setPublishing(true);
    setContactWarning(null);
    setPublishFailure(null);
    if (isDirty && !(await form.submit())) {
      setPublishing(false);
      return;
    }
    try {
      const action = draft.status === 'published' ? 'unpublish' : 'publish';
      onSaved(
        await api.post<PublicityDraft>(
          `/api/publicity/${draft.id}/${action}`,
          action === 'publish' ? { keepContactDetails } : undefined,
        ),
      );
    } catch (error) {
      const problem = asApiError(error);
      if (problem.code === 'publicity.contact_details') setContactWarning(problem.message);
      else setPublishFailure(problem.message);
    }
    setPublishing(false);
  }

  return {
    form,
    values: form.values,
    update,
    isDirty,
    isSaving: form.isSubmitting,
    isBusy: form.isSubmitting || isPublishing,
    failure: form.failure ?? publishFailure,
    contactWarning,
    save,
    togglePublished,
  };
}

export type DraftEditorState = ReturnType<typeof useDraftEditor>;
