import { ArticlePage, articleMetadata } from '@/components/prose/ArticlePage';
import Content from '@/content/svd-autoencoder.mdx';

export const metadata = articleMetadata('svd-autoencoder');

export default function SvdAutoencoderPage() {
  return <ArticlePage slug="svd-autoencoder" Content={Content} />;
}
