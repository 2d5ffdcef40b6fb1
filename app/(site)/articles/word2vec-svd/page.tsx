import { ArticlePage, articleMetadata } from '@/app/(site)/articles/ArticlePage';
import Content from '@/content/word2vec-svd.mdx';
import Provider from '@/content/word2vec-svd.provider';

export const metadata = articleMetadata('word2vec-svd');

export default function Word2vecSvdPage() {
  return <ArticlePage slug="word2vec-svd" Content={Content} Provider={Provider} />;
}
