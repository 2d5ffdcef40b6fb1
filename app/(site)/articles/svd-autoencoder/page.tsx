import { ArticlePage, articleMetadata } from '@/app/(site)/articles/ArticlePage';
import Content from '@/content/svd-autoencoder.mdx';
import Provider from '@/content/svd-autoencoder.provider';

export const metadata = articleMetadata('svd-autoencoder');

export default function SvdAutoencoderPage() {
  return <ArticlePage slug="svd-autoencoder" Content={Content} Provider={Provider} />;
}
