import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title ("Page · 苗圃"): WeChat shows it as the page heading. */
export function useDocumentTitle(title: string | null): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
