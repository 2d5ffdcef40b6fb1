import { ArticlePage, articleMetadata } from '@/app/(site)/articles/ArticlePage';
import Content from '@/content/bilstm-entities.mdx';
import Provider from '@/content/bilstm-entities.provider';

export const metadata = articleMetadata('bilstm-entities');

export default function BilstmEntitiesPage() {
  return <ArticlePage slug="bilstm-entities" Content={Content} Provider={Provider} />;
}
