import { ArticlePage, articleMetadata } from '@/app/(site)/articles/ArticlePage';
import Content from '@/content/sparse-attention.mdx';
import Provider from '@/content/sparse-attention.provider';

export const metadata = articleMetadata('sparse-attention');

export default function SparseAttentionPage() {
  return <ArticlePage slug="sparse-attention" Content={Content} Provider={Provider} />;
}
