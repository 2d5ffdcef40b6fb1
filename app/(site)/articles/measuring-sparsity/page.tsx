import { ArticlePage, articleMetadata } from '@/app/(site)/articles/ArticlePage';
import Content from '@/content/measuring-sparsity.mdx';
import Provider from '@/content/measuring-sparsity.provider';

export const metadata = articleMetadata('measuring-sparsity');

export default function MeasuringSparsityPage() {
  return <ArticlePage slug="measuring-sparsity" Content={Content} Provider={Provider} />;
}
