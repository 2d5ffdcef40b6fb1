import { ArticlePage, articleMetadata } from '@/app/(site)/articles/ArticlePage';
import Content from '@/content/monarch.mdx';
import Provider from '@/content/monarch.provider';

export const metadata = articleMetadata('monarch');

export default function MonarchPage() {
  return <ArticlePage slug="monarch" Content={Content} Provider={Provider} />;
}
