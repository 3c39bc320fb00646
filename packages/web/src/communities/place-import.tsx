import type { FieldIssue, PlaceImportResult, PlaceTree } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { useSubmission } from '../shared/use-schema-form';

/**
 * 下载模板 and 导入: the sheet goes up as it is; a refused sheet lists every problem the server
 * found, each naming its row and column, and nothing was imported.
 */
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function PlaceImport({ streetId, onImported }: { streetId: string; onImported: (tree: PlaceTree) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<FieldIssue[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const submission = useSubmission();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setProblems([]);
    setSummary(null);
    let result: PlaceImportResult | undefined;
    await submission.run(async () => {
      try {
        // The type the server expects, whatever the browser guessed from the file name.
        const sheet = new Blob([file], { type: xlsxType });
        result = await api.post<PlaceImportResult>(`/api/streets/${streetId}/places/import`, sheet);
      } catch (error) {
        if (error instanceof ApiError) setProblems(error.fields);
        throw error;
      }
    });
    if (result) {
      setSummary(t('communities.places.imported', result));
      onImported(result.tree);
    }
  }

  return (
    <section className="card" aria-labelledby="place-import-title" data-testid="place-import">
      <h2 id="place-import-title">{t('communities.places.importTitle')}</h2>
      <p className="muted">{t('communities.places.importIntro')}</p>
      <p>
        <a className="button button--secondary" href="/api/places/template.xlsx" download data-testid="place-template">
          {t('communities.places.downloadTemplate')}
        </a>
      </p>
      <form className="form form--inline" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor="place-import-file">{t('communities.places.chooseFile')}</label>
          <input
            id="place-import-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="place-import-file"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <FormFooter
          state={submission}
          label={t('communities.places.import')}
          savingLabel={t('communities.places.importing')}
          testId="place-import-submit"
          isReady={file !== null}
        />
      </form>
      {summary && (
        <p role="status" data-testid="place-import-summary">
          {summary}
        </p>
      )}
      {problems.length > 0 && (
        <>
          <h3>{t('communities.places.importErrors')}</h3>
          <ul className="place-import__problems" data-testid="place-import-problems">
            {problems.map((problem) => (
              <li key={problem.path}>{problem.message}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
