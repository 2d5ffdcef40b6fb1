import { ArticlePage, articleMetadata } from '@/app/(site)/articles/ArticlePage';
import Content from '@/content/forgetting-smoothing.mdx';
import Provider from '@/content/forgetting-smoothing.provider';

export const metadata = articleMetadata('forgetting-smoothing');

export default function ForgettingSmoothingPage() {
  return <ArticlePage slug="forgetting-smoothing" Content={Content} Provider={Provider} />;
}
