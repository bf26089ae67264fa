import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StudyScreen } from '@/components/StudyScreen';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Study');
  return { title: t('title') };
}

export default function StudyPage() {
  return <StudyScreen />;
}
