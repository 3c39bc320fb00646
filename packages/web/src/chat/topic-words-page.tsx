import {
  type ChatTopicCategory,
  type ChatTopicDictionary,
  chatTopicCategories,
  chatTopicWordInputSchema,
  defaultTopicDictionary,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import './chat.css';
import './topic-words-page.css';

/**
 * The street's topic dictionary 话题词典 `/streets/{id}/chat-topic-words` (issue 19, "a site-editable
 * dictionary: 助老, 环境, 议事, 志愿…"): the words by class, public matters against greetings and shared
 * articles; staff add and remove them. While the street has none, core's defaults are shown as such.
 */
export function ChatTopicWordsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('chatTopicWords.title'));
  const path = `/api/streets/${encodeURIComponent(id)}/chat-topic-words`;
  const { resource, reload } = useResource<ChatTopicDictionary>(path);
  const [saved, setSaved] = useState<ChatTopicDictionary | null>(null);
  const [notice, setNotice] = useState('');
  return (
    <article className="page page--narrow chat-page" data-testid="chat-topic-words-page">
      <header className="page-header">
        <h1>{t('chatTopicWords.title')}</h1>
      </header>
      <p className="muted">{t('chatTopicWords.intro')}</p>
      <ResourceView resource={resource} onRetry={reload}>
        {(loaded) => {
          const dictionary = saved ?? loaded;
          const change = (next: ChatTopicDictionary, message = '') => {
            setSaved(next);
            setNotice(message);
          };
          return (
            <>
              {dictionary.usesDefaults && (
                <p className="card chat-topic-words__defaults" data-testid="chat-topic-words-defaults">
                  {t('chatTopicWords.usesDefaults')}
                </p>
              )}
              <p role="status" className="muted">
                {notice}
              </p>
              {chatTopicCategories.map((category) => (
                <WordList key={category} category={category} dictionary={dictionary} onChange={change} />
              ))}
              <AddWord path={path} onAdded={(next) => change(next)} />
            </>
          );
        }}
      </ResourceView>
    </article>
  );
}

function WordList({
  category,
  dictionary,
  onChange,
}: {
  category: ChatTopicCategory;
  dictionary: ChatTopicDictionary;
  onChange: (next: ChatTopicDictionary, message: string) => void;
}) {
  const { t } = useTranslation();
  const own = dictionary.words.filter((word) => word.category === category);
  const defaults = dictionary.usesDefaults ? defaultTopicDictionary[category] : [];
  async function remove(id: string, word: string) {
    try {
      const next = await api.delete<ChatTopicDictionary>(`/api/chat-topic-words/${id}`);
      onChange(next, t('chatTopicWords.removed', { word }));
    } catch (error) {
      onChange(dictionary, error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <section className="card" data-testid={`chat-topic-words-${category}`}>
      <h2>{t(`chatTopicWords.category.${category}`)}</h2>
      <p className="muted">{t(`chatTopicWords.categoryHelp.${category}`)}</p>
      {own.length === 0 && defaults.length === 0 && <p>{t('chatTopicWords.none')}</p>}
      <ul className="chat-topic-words__list">
        {own.map((word) => (
          <li key={word.id}>
            <span>{word.word}</span>
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('chatTopicWords.remove', { word: word.word })}
              onClick={() => void remove(word.id, word.word)}
            >
              ✕
            </button>
          </li>
        ))}
        {defaults.map((word) => (
          <li key={word} className="muted">
            <span>{word}</span>
            <span className="chat-topic-words__default">{t('chatTopicWords.defaultWord')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AddWord({ path, onAdded }: { path: string; onAdded: (next: ChatTopicDictionary) => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    chatTopicWordInputSchema,
    { word: '', category: 'public' as ChatTopicCategory },
    {
      send: (input) => api.post<ChatTopicDictionary>(path, input),
      afterSave: 'reset',
      onSaved: onAdded,
    },
  );
  return (
    <form className="form card" noValidate onSubmit={form.onSubmit} data-testid="chat-topic-word-form">
      <TextField
        label={t('chatTopicWords.word')}
        hint={t('chatTopicWords.wordHint')}
        {...form.field('word')}
        testId="chat-topic-word"
      />
      <SelectField
        label={t('chatTopicWords.chooseCategory')}
        value={form.values.category}
        onChange={(value) => form.set('category', value)}
        options={chatTopicCategories.map((category) => ({
          value: category,
          label: t(`chatTopicWords.category.${category}`),
        }))}
        testId="chat-topic-category"
      />
      <FormFooter state={form} label={t('chatTopicWords.add')} testId="chat-topic-word-add" />
    </form>
  );
}
