import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { ArticleReader } from '@/components/ArticleReader';
import { loadArticle, loadIndex } from '@/lib/corpus/data';
import { isLang } from '@/lib/corpus/types';

export const dynamicParams = false;

export async function generateStaticParams() {
  const index = await loadIndex();
  return index.articles.map((a) => ({ article: a.id }));
}

type Props = { params: Promise<{ article: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ article }, locale] = await Promise.all([params, getLocale()]);
  const data = await loadArticle(article);
  return { title: data.title[isLang(locale) ? locale : 'en'] };
}

export default async function ReadPage({ params }: Props) {
  const { article } = await params;
  return <ArticleReader article={await loadArticle(article)} />;
}
